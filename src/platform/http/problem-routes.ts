import { z } from 'zod';
import { allErrorCodes, DomainError, errorCodeSpec } from '../errors/problem.js';
import type { ZodApp } from './server.js';

const problemTypeDoc = z.object({ type: z.string(), code: z.string(), status: z.number().int(), title: z.string() });

/** Documents every problem `type`, so that the URIs in problem documents resolve to something useful. */
export function registerProblemRoutes(app: ZodApp): void {
  app.get(
    '/problems',
    { schema: { tags: ['platform'], summary: 'List every problem type the API can return', response: { 200: z.array(problemTypeDoc) } } },
    async () => allErrorCodes().map(([code, spec]) => ({ type: `/problems/${code}`, code, status: spec.status, title: spec.title })),
  );
  app.get(
    '/problems/:code',
    {
      schema: {
        tags: ['platform'],
        summary: 'Describe one problem type',
        params: z.object({ code: z.string().regex(/^[a-z0-9.-]{1,80}$/) }),
        response: { 200: problemTypeDoc },
      },
    },
    async (request) => {
      const known = allErrorCodes().some(([code]) => code === request.params.code);
      if (!known) throw new DomainError('not-found', `Unknown problem type ${request.params.code}`);
      const spec = errorCodeSpec(request.params.code);
      return { type: `/problems/${request.params.code}`, code: request.params.code, status: spec.status, title: spec.title };
    },
  );
}
