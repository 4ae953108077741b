/** One per-field error of a problem document, as shown next to a form field. */
export interface FieldError {
  field?: string;
  detail: string;
}

/** An RFC 9457 problem document, normalised so every field the console reads is present. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors: FieldError[];
}

/**
 * The one error the API client throws. Built from an `application/problem+json` body when the
 * server sends one, otherwise from whatever the response (or the failed connection) tells us.
 */
export class ApiError extends Error implements Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors: FieldError[];

  constructor(problem: Problem, options?: ErrorOptions) {
    super(problem.detail ?? problem.title, options);
    this.name = 'ApiError';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.errors = problem.errors;
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const body = await response.text().catch(() => '');
    const title = response.statusText || `HTTP ${response.status}`;
    const json = isJson(response) ? parseObject(body) : undefined;
    if (json) {
      return new ApiError({
        type: text(json.type) ?? 'about:blank',
        // `error` and `message` come from Spring's non-problem error body.
        title: text(json.title) ?? text(json.error) ?? title,
        status: typeof json.status === 'number' ? json.status : response.status,
        detail: text(json.detail) ?? text(json.message),
        instance: text(json.instance),
        errors: fieldErrors(json.errors),
      });
    }
    return new ApiError({
      type: 'about:blank',
      title,
      status: response.status,
      detail: plainTextDetail(response, body) ?? `The server answered ${statusLine(response)}.`,
      errors: [],
    });
  }

  /** The request never got an answer: the server is down or unreachable. */
  static network(cause: unknown): ApiError {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return new ApiError(
      { type: 'about:blank', title: 'Network error', status: 0, detail: `The server could not be reached (${reason}).`, errors: [] },
      { cause },
    );
  }
}

type JsonObject = Record<string, unknown>;

function isJson(response: Response): boolean {
  return /[/+]json\b/.test(response.headers.get('Content-Type') ?? '');
}

function parseObject(body: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Accepts a list of `{field|pointer, detail|message}` objects or a `{field: message}` map. */
function fieldErrors(value: unknown): FieldError[] {
  if (Array.isArray(value)) {
    return value.filter(isObject).flatMap((error) => {
      const detail = text(error.detail) ?? text(error.message);
      return detail ? [{ field: text(error.field) ?? text(error.pointer), detail }] : [];
    });
  }
  if (isObject(value)) {
    return Object.entries(value).flatMap(([field, message]) => {
      const detail = text(message);
      return detail ? [{ field, detail }] : [];
    });
  }
  return [];
}

function statusLine(response: Response): string {
  return response.statusText ? `${response.status} ${response.statusText}` : `HTTP ${response.status}`;
}

/** A short plain-text body is usually a readable message; HTML error pages are not. */
function plainTextDetail(response: Response, body: string): string | undefined {
  const short = body.trim();
  const isPlain = (response.headers.get('Content-Type') ?? '').startsWith('text/plain');
  return isPlain && short !== '' && short.length <= 300 ? short : undefined;
}
