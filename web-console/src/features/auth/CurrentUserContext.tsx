import { createContext, useContext } from 'react';
import type { CurrentUser } from './currentUser';

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only pages rendered inside the sign-in gate may ask. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser needs the SignInGate above it');
  return user;
}
