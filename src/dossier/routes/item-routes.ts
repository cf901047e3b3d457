import { z } from 'zod';
import { DomainError, requirePerson, type ZodApp } from '../../platform/index.js';
import { addItem } from '../add-item.js';
import { itemDetailsSchemas, itemKinds, type selfDeclarableKinds } from '../domain/items.js';
import { editItem } from '../edit-item.js';
import type { DossierEnv } from '../env.js';
import { importCredential } from '../import-credential.js';
import { removeItem } from '../remove-item.js';
import { accessLog } from '../store/access-log.js';
import { overviewFigures } from '../store/dossier.js';
import { filesInOrder } from '../store/files.js';
import { decodeCursor, encodeCursor, findItem, timeline } from '../store/items.js';
import { syncAcceptedCredentials } from '../sync-accepted-credentials.js';
import { verifyItem } from '../verify-item.js';
import { accessEntryJson, toAccessEntryJson } from './access-log-routes.js';
import { itemJson, ownItemJson, toFileFactsJson, toItemJson } from './views.js';

const itemParams = z.object({ id: z.uuid() });
const text = (max: number) => z.string().trim().min(1).max(max);

function newItemVariant<K extends (typeof selfDeclarableKinds)[number]>(kind: K) {
  return z
    .object({
      kind: z.literal(kind),
      title: text(300),
      description: z.string().trim().max(10_000).nullable().optional(),
      details: itemDetailsSchemas[kind].optional(),
      fileIds: z.array(z.uuid()).max(50).optional(),
    })
    .strict();
}

/** A self-declared item: the kind decides which details fit. */
const newItemBody = z.discriminatedUnion('kind', [
  newItemVariant('diploma'),
  newItemVariant('skill'),
  newItemVariant('work-experience'),
  newItemVariant('work-placement'),
  newItemVariant('portfolio'),
]);

/** The learner's own dossier: overview, timeline, items, credential imports. */
export function registerItemRoutes(app: ZodApp, env: DossierEnv): void {
  app.get(
    '/api/dossier',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Overview of my dossier: counts per kind, collections, active shares, the latest reads by others',
        response: {
          200: z.object({
            ownerName: z.string(),
            counts: z.record(z.enum(itemKinds), z.number().int()),
            totalItems: z.number().int(),
            files: z.object({ count: z.number().int(), bytes: z.number().int() }),
            collections: z.array(z.object({ id: z.uuid(), name: z.string(), itemCount: z.number().int() })),
            activeShares: z.number().int(),
            recentAccess: z.array(accessEntryJson),
          }),
        },
      },
    },
    async (request) => {
      const person = requirePerson(request.principal);
      const owner = person.personId;
      await syncAcceptedCredentials(env, owner);
      const [{ counts, files, collections, activeShares }, recent] = await Promise.all([
        overviewFigures(env.db, owner),
        accessLog(env.db, owner, { limit: 5 }),
      ]);
      const full = Object.fromEntries(itemKinds.map((k) => [k, counts[k] ?? 0])) as Record<(typeof itemKinds)[number], number>;
      return {
        ownerName: person.displayName,
        counts: full,
        totalItems: Object.values(full).reduce((a, b) => a + b, 0),
        files,
        collections,
        activeShares,
        recentAccess: recent.map(toAccessEntryJson),
      };
    },
  );

  app.get(
    '/api/dossier/items',
    {
      schema: {
        tags: ['dossier'],
        summary: 'My timeline, newest first (keyset paging: pass nextCursor as cursor)',
        querystring: z.object({
          kind: z.enum(itemKinds).optional(),
          collection: z.uuid().optional(),
          cursor: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(25),
        }),
        response: { 200: z.object({ items: z.array(itemJson), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const person = requirePerson(request.principal);
      const { kind, collection, cursor, limit } = request.query;
      const after = cursor ? decodeCursor(cursor) : undefined;
      if (cursor && !after) {
        throw new DomainError('validation-failed', 'Unknown cursor', {
          errors: [{ path: '/querystring/cursor', code: 'invalid', message: 'not a cursor of this list' }],
        });
      }
      if (!cursor) await syncAcceptedCredentials(env, person.personId);
      const rows = await timeline(env.db, person.personId, { kind, collectionId: collection, after, limit: limit + 1 });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(toItemJson),
        nextCursor: rows.length > limit && last ? encodeCursor({ datedAt: last.dated_at.toISOString(), id: last.id }) : null,
      };
    },
  );

  app.post(
    '/api/dossier/items',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Add a self-declared item (diploma, skill, work experience, work placement, portfolio item)',
        body: newItemBody,
        response: { 201: itemJson },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const row = await addItem({
        env,
        principal: request.principal,
        requestId: request.id,
        kind: body.kind,
        title: body.title,
        description: body.description ?? null,
        details: body.details ?? {},
        fileIds: body.fileIds ?? [],
      });
      return reply.code(201).send(toItemJson(row));
    },
  );

  app.get(
    '/api/dossier/items/:id',
    {
      schema: {
        tags: ['dossier'],
        summary: 'One item of my dossier, with the names of its files',
        params: itemParams,
        response: { 200: ownItemJson },
      },
    },
    async (request) => {
      const person = requirePerson(request.principal);
      const row = await findItem(env.db, person.personId, request.params.id);
      if (!row) throw new DomainError('not-found', 'No item with this id in your dossier');
      const files = await filesInOrder(env.db, person.personId, row.file_ids);
      return { ...toItemJson(row), files: files.map(toFileFactsJson) };
    },
  );

  app.patch(
    '/api/dossier/items/:id',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Change a self-declared item (attested and signed items cannot be changed: 409)',
        params: itemParams,
        body: z
          .object({
            title: text(300).optional(),
            description: z.string().trim().max(10_000).nullable().optional(),
            details: z.record(z.string(), z.unknown()).optional(),
            fileIds: z.array(z.uuid()).max(50).optional(),
          })
          .strict(),
        response: { 200: itemJson },
      },
    },
    async (request) =>
      toItemJson(
        await editItem({ env, principal: request.principal, requestId: request.id, itemId: request.params.id, changes: request.body }),
      ),
  );

  app.delete(
    '/api/dossier/items/:id',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Remove an item (not one an institution attested: 409)',
        params: itemParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeItem({ env, principal: request.principal, requestId: request.id, itemId: request.params.id });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/dossier/items/:id/verify',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Verify a signed credential again (signature, dates, revocation status)',
        params: itemParams,
        body: z.object({}).strict().optional(),
        response: { 200: itemJson },
      },
    },
    async (request) => toItemJson(await verifyItem({ env, principal: request.principal, itemId: request.params.id })),
  );

  app.post(
    '/api/dossier/credentials',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Import a credential (JSON document, compact VC-JWT, or an http(s) URL); it is verified first',
        body: z.union([
          z.object({ credential: z.record(z.string(), z.unknown()) }).strict(),
          z
            .object({
              jwt: z
                .string()
                .trim()
                .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/)
                .max(200_000),
            })
            .strict(),
          z.object({ url: z.url({ protocol: /^https?$/ }).max(2000) }).strict(),
        ]),
        response: { 201: itemJson },
      },
    },
    async (request, reply) => {
      const row = await importCredential({ env, principal: request.principal, requestId: request.id, source: request.body });
      return reply.code(201).send(toItemJson(row));
    },
  );
}
