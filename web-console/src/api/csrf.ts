/** Spring Security's safe methods: every other method needs the CSRF token. */
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** The cookie the gateway sets and the header it expects the same value back in. */
export const xsrfCookieName = 'XSRF-TOKEN';
export const xsrfHeaderName = 'X-XSRF-TOKEN';

export function changesState(method: string | undefined): boolean {
  return !safeMethods.has((method ?? 'GET').toUpperCase());
}

/** The value of one cookie in a `document.cookie` string, decoded; undefined when absent. */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const pair of cookies.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    const value = pair.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/** The CSRF token the gateway handed this browser, read when needed: it may change after sign-in. */
export function currentXsrfToken(): string | undefined {
  return readCookie(document.cookie, xsrfCookieName);
}
