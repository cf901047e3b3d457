import { z } from 'zod';
import { requirePerson, type ZodApp } from '../../platform/index.js';
import type { DossierEnv } from '../env.js';
import { removeCollection } from '../remove-collection.js';
import { saveCollection } from '../save-collection.js';
import { listCollections, type CollectionRow } from '../store/collections.js';

const collectionJson = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  itemIds: z.array(z.uuid()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

function toCollectionJson(row: CollectionRow): z.infer<typeof collectionJson> {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    itemIds: row.itemIds,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

const name = z.string().trim().min(1).max(200);
const description = z.string().trim().max(2000).nullable();
const itemIds = z.array(z.uuid()).max(1000);

/** Collections group items, e.g. "CV voor logistieke banen". */
export function registerCollectionRoutes(app: ZodApp, env: DossierEnv): void {
  app.get(
    '/api/dossier/collections',
    { schema: { tags: ['dossier'], summary: 'My collections', response: { 200: z.array(collectionJson) } } },
    async (request) => (await listCollections(env.db, requirePerson(request.principal).personId)).map(toCollectionJson),
  );

  app.post(
    '/api/dossier/collections',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Create a collection',
        body: z.object({ name, description: description.optional(), itemIds: itemIds.optional() }).strict(),
        response: { 201: collectionJson },
      },
    },
    async (request, reply) => {
      const saved = await saveCollection({
        env,
        principal: request.principal,
        requestId: request.id,
        name: request.body.name,
        description: request.body.description ?? null,
        itemIds: request.body.itemIds ?? [],
      });
      return reply.code(201).send(toCollectionJson(saved));
    },
  );

  app.patch(
    '/api/dossier/collections/:id',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Change a collection (name, description, items in order)',
        params: z.object({ id: z.uuid() }),
        body: z.object({ name: name.optional(), description: description.optional(), itemIds: itemIds.optional() }).strict(),
        response: { 200: collectionJson },
      },
    },
    async (request) =>
      toCollectionJson(
        await saveCollection({
          env,
          principal: request.principal,
          requestId: request.id,
          collectionId: request.params.id,
          name: request.body.name,
          description: request.body.description,
          itemIds: request.body.itemIds,
        }),
      ),
  );

  app.delete(
    '/api/dossier/collections/:id',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Remove a collection (its items stay; shares of the collection end)',
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeCollection({ env, principal: request.principal, requestId: request.id, collectionId: request.params.id });
      return reply.code(204).send(null);
    },
  );
}
