/** How one domain error code leaves the server. */
export interface ErrorCodeSpec {
  readonly status: number;
  /** One-line meaning, shown as the problem's `title`. */
  readonly title: string;
}

const codes = new Map<string, ErrorCodeSpec>();

/** Platform-wide codes; modules add their own with {@link registerErrorCodes}. */
export const platformErrorCodes = {
  'bad-request': { status: 400, title: 'The request is malformed' },
  'validation-failed': { status: 400, title: 'The request does not satisfy the schema' },
  unauthenticated: { status: 401, title: 'Authentication is required' },
  forbidden: { status: 403, title: 'You are not allowed to do this' },
  'not-found': { status: 404, title: 'The resource does not exist' },
  'method-not-allowed': { status: 405, title: 'The method is not allowed on this resource' },
  conflict: { status: 409, title: 'The request conflicts with the current state' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'The content type is not supported' },
  'unprocessable-content': { status: 422, title: 'The content cannot be processed' },
  'csrf-failed': { status: 403, title: 'The CSRF token is missing or invalid' },
  'import-malformed': { status: 400, title: 'The file cannot be read' },
  'import-rejected': { status: 422, title: 'The file has errors; nothing was written' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'service-unavailable': { status: 503, title: 'The service is temporarily unavailable' },
  internal: { status: 500, title: 'An unexpected error occurred' },
} as const satisfies Record<string, ErrorCodeSpec>;

/** A platform error code. */
export type PlatformErrorCode = keyof typeof platformErrorCodes;

/** Adds a module's error codes to the one table; a code registered twice with another meaning is a bug. */
export function registerErrorCodes(table: Readonly<Record<string, ErrorCodeSpec>>): void {
  for (const [code, spec] of Object.entries(table)) {
    const existing = codes.get(code);
    if (existing && (existing.status !== spec.status || existing.title !== spec.title)) {
      throw new Error(`Error code ${code} registered twice with different meanings`);
    }
    codes.set(code, spec);
  }
}
registerErrorCodes(platformErrorCodes);

/** The spec of a code, falling back to `internal` for unknown codes. */
export function errorCodeSpec(code: string): ErrorCodeSpec {
  return codes.get(code) ?? platformErrorCodes.internal;
}

/** Every registered code, for the problem-type documentation page. */
export function allErrorCodes(): ReadonlyArray<[string, ErrorCodeSpec]> {
  return [...codes.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** One invalid field in a request, with a JSON-pointer-like path and (when known) a stable code. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** An expected failure with a stable code; becomes an RFC 9457 problem at the edge. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: string,
    readonly detail?: string,
    readonly extras: { readonly errors?: readonly FieldError[]; readonly [key: string]: unknown } = {},
  ) {
    super(detail ?? errorCodeSpec(code).title);
  }
}

/** RFC 9457 problem details as we send them. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  requestId?: string;
  errors?: readonly FieldError[];
  [key: string]: unknown;
}

/** The stable `type` URI of a code (relative, resolved against the server). */
export function problemType(code: string): string {
  return `/problems/${code}`;
}

/** Builds the problem document for a domain error. */
export function toProblem(error: DomainError, instance: string | undefined, requestId: string | undefined): ProblemDocument {
  const spec = errorCodeSpec(error.code);
  const { errors, ...rest } = error.extras;
  return {
    ...rest,
    type: problemType(error.code),
    title: spec.title,
    status: spec.status,
    ...(error.detail ? { detail: error.detail } : {}),
    ...(instance ? { instance } : {}),
    code: error.code,
    ...(requestId ? { requestId } : {}),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}
