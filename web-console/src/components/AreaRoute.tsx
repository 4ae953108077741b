import type { ReactNode } from 'react';
import { isVisible, type Area } from '../areas';
import { useCurrentUser } from '../features/auth/CurrentUserContext';
import { Forbidden } from './Forbidden';

/** A page of an area, or a plain refusal for someone the area is not meant for (a typed-in URL). */
export function AreaRoute({ area, page }: { area: Area; page: ReactNode }) {
  const user = useCurrentUser();
  return isVisible(area, user) ? page : <Forbidden title={area.title} />;
}
