import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { DomainError, toProblem, type FieldError } from '../errors/problem.js';
import { classifyZodIssue } from '../imports/tabular.js';

const byFastifyCode: Readonly<Record<string, string>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad-request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad-request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad-request',
  FST_CSRF_INVALID_TOKEN: 'csrf-failed',
  FST_CSRF_MISSING_SECRET: 'csrf-failed',
  FST_ERR_VALIDATION: 'validation-failed',
};

const byStatus: Readonly<Record<number, string>> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable-content',
  429: 'rate-limited',
  503: 'service-unavailable',
};

function fieldPath(context: string | undefined, instancePath: string | undefined): string {
  const where = context ?? 'body';
  return instancePath && instancePath !== '/' ? `${where}${instancePath}` : where;
}

/** Turns any thrown error into a DomainError with a client-safe message. */
export function toDomainError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext;
    const errors: FieldError[] = error.validation.map((v) => {
      // The provider keeps the zod issue's code as `keyword` and its other properties as `params`.
      const issue = { ...v.params, code: v.keyword, message: v.message, path: [] } as unknown as z.core.$ZodIssue;
      const { code, params } = classifyZodIssue(issue);
      return { path: fieldPath(context, v.instancePath), message: v.message ?? 'is invalid', code, ...(params ? { params } : {}) };
    });
    const first = errors[0];
    return new DomainError('validation-failed', first ? `${first.path}: ${first.message}` : undefined, { errors });
  }
  if (isResponseSerializationError(error)) return new DomainError('internal');
  const fe = error as Partial<FastifyError>;
  if (fe.code && byFastifyCode[fe.code]) {
    const code = byFastifyCode[fe.code] ?? 'bad-request';
    const detail =
      fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (error instanceof SyntaxError && fe.statusCode === 400)
        ? 'The body is not valid JSON'
        : fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
          ? 'The body is empty but the content type says JSON'
          : fe.message;
    return new DomainError(code, detail);
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    if (error instanceof SyntaxError) return new DomainError('bad-request', 'The body is not valid JSON');
    return new DomainError(byStatus[fe.statusCode] ?? 'bad-request', fe.message);
  }
  return new DomainError('internal');
}

/** Sends a problem document for a domain error. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: DomainError): FastifyReply {
  const problem = toProblem(error, request.url.split('?')[0], String(request.id));
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').serializer(JSON.stringify).send(problem);
}

/** Installs the error and not-found handlers: every failure leaves as RFC 9457 problem+json. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const domainError = toDomainError(error);
    if (domainError.code === 'internal') request.log.error({ err: error }, 'unhandled error');
    else request.log.info({ code: domainError.code }, 'request failed');
    return sendProblem(request, reply, domainError);
  });
}
