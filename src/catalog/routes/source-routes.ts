import { z } from 'zod';
import { authorize, type AnyDb, type JobQueue, type ZodApp } from '../../platform/index.js';
import { addSource } from '../add-source.js';
import { changeSource } from '../change-source.js';
import { catalogPolicy } from '../policy.js';
import { removeSource } from '../remove-source.js';
import { requestHarvest } from '../request-harvest.js';
import { listSources, runsOf } from '../store/harvest.js';

const tags = ['federated catalogue'];
const params = z.object({ id: z.uuid() });

const source = z.object({
  id: z.uuid(),
  name: z.string(),
  baseUrl: z.string(),
  enabled: z.boolean(),
  status: z.enum(['never', 'ok', 'failed']),
  lastAttemptAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  lastErrorCode: z.string().nullable(),
  lastError: z.string().nullable(),
  itemCount: z.number().int().describe('Published units harvested from this source'),
});

/** The sources of the federated national catalogue (platform administrators). */
export function registerSourceRoutes(app: ZodApp, db: AnyDb, jobs: JobQueue): void {
  app.get(
    '/api/catalog/sources',
    {
      schema: {
        tags,
        summary: 'The OEAPI endpoints the national catalogue harvests, with their state',
        response: { 200: z.array(source) },
      },
    },
    async (request) => {
      authorize(request.principal, catalogPolicy.manageSources(request.principal));
      return (await listSources(db)).map((s) => ({
        id: s.id,
        name: s.name,
        baseUrl: s.base_url,
        enabled: s.enabled,
        status: s.status,
        lastAttemptAt: s.last_attempt_at?.toISOString() ?? null,
        lastSuccessAt: s.last_success_at?.toISOString() ?? null,
        lastErrorCode: s.last_error_code,
        lastError: s.last_error,
        itemCount: s.item_count,
      }));
    },
  );

  app.post(
    '/api/catalog/sources',
    {
      schema: {
        tags,
        summary: 'Add an institution’s OEAPI v6 endpoint (its base URL, ending in /oeapi/v6 or similar)',
        body: z
          .object({
            name: z.string().trim().min(1).max(200),
            baseUrl: z.url({ protocol: /^https?$/ }).max(500),
            enabled: z.boolean().default(true),
          })
          .strict(),
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addSource({ db, principal: request.principal, requestId: request.id, ...request.body })),
  );

  app.patch(
    '/api/catalog/sources/:id',
    {
      schema: {
        tags,
        summary: 'Rename, enable or disable a source',
        params,
        body: z.object({ name: z.string().trim().min(1).max(200).optional(), enabled: z.boolean().optional() }).strict(),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changeSource({ db, principal: request.principal, requestId: request.id, sourceId: request.params.id, patch: request.body });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/catalog/sources/:id',
    { schema: { tags, summary: 'Remove a source and what was harvested from it', params, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeSource({ db, principal: request.principal, requestId: request.id, sourceId: request.params.id });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/catalog/sources/:id/harvest',
    {
      schema: {
        tags,
        summary: 'Harvest a source now (a background job); full=true reads everything instead of only the changes',
        params,
        querystring: z.object({ full: z.enum(['true', 'false']).default('false') }),
        response: { 202: z.object({ jobId: z.string().nullable() }) },
      },
    },
    async (request, reply) =>
      reply.code(202).send(
        await requestHarvest({
          db,
          jobs,
          principal: request.principal,
          requestId: request.id,
          sourceId: request.params.id,
          full: request.query.full === 'true',
        }),
      ),
  );

  app.get(
    '/api/catalog/sources/:id/runs',
    {
      schema: {
        tags,
        summary: 'The latest harvests of a source',
        params,
        response: {
          200: z.array(
            z.object({
              startedAt: z.string(),
              finishedAt: z.string(),
              mode: z.enum(['full', 'incremental']),
              outcome: z.enum(['ok', 'failed']),
              errorCode: z.string().nullable(),
              error: z.string().nullable(),
              counts: z.record(z.string(), z.number()),
            }),
          ),
        },
      },
    },
    async (request) => {
      authorize(request.principal, catalogPolicy.manageSources(request.principal));
      return (await runsOf(db, request.params.id)).map((r) => ({
        startedAt: r.started_at.toISOString(),
        finishedAt: r.finished_at.toISOString(),
        mode: r.mode,
        outcome: r.outcome,
        errorCode: r.error_code,
        error: r.error,
        counts: r.counts,
      }));
    },
  );
}
