/** The `page` member of a Spring Data PagedModel. `number` is 0-based. */
export interface PageMetadata {
  size: number;
  number: number;
  totalElements: number;
  totalPages: number;
}

/** A page of a list endpoint, as Spring Data's PagedModel serialises it. */
export interface Paged<T> {
  content: T[];
  page: PageMetadata;
}

/** What a paged list asks for; `page` is 0-based, `q` is free search text. */
export interface PageRequest {
  page: number;
  size: number;
  q?: string;
}

export const defaultPageSize = 20;

/** `path` with the given query parameters, leaving out undefined and blank ones. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const text = String(value).trim();
    if (text !== '') query.set(name, text);
  }
  const encoded = query.toString();
  return encoded ? `${path}?${encoded}` : path;
}

/** A list the server answered either as a PagedModel or as a plain array (a single page). */
export function asPaged<T>(body: Paged<T> | T[]): Paged<T> {
  if (!Array.isArray(body)) return body;
  return { content: body, page: { size: body.length, number: 0, totalElements: body.length, totalPages: 1 } };
}
