import { useState } from 'react';
import { defaultPageSize, type PageRequest } from '../api/paged';

/** The search text and page of a server-paged list; a new search or page size starts at the first page. */
export function usePageRequest() {
  const [request, setRequest] = useState<PageRequest>({ page: 0, size: defaultPageSize, q: '' });
  return {
    request,
    search: (q: string) => setRequest((current) => ({ ...current, q: q.trim(), page: 0 })),
    paginate: (page: number, size: number) =>
      setRequest((current) => ({ ...current, size, page: size === current.size ? page : 0 })),
  };
}
