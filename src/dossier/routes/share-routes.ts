import { z } from 'zod';
import { requirePerson, type ZodApp } from '../../platform/index.js';
import { createShare } from '../create-share.js';
import { downloadSharedFile } from '../download-shared-file.js';
import { itemKinds, provenances } from '../domain/items.js';
import type { DossierEnv } from '../env.js';
import { openShare } from '../open-share.js';
import { buildPresentation } from '../domain/presentation.js';
import { revokeShare } from '../revoke-share.js';
import { listShares, type ShareRow } from '../store/shares.js';
import { sendStoredFile } from './file-routes.js';
import { fileFactsJson, provenanceJson, toFileFactsJson, toItemJson } from './views.js';

const shareJson = z.object({
  id: z.uuid(),
  collectionId: z.uuid().nullable(),
  itemIds: z.array(z.uuid()),
  recipientName: z.string().nullable(),
  institutionId: z.uuid().nullable(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
  openCount: z.number().int(),
  lastOpenedAt: z.string().nullable(),
  createdAt: z.string(),
});

function toShareJson(row: ShareRow, now = new Date()): z.infer<typeof shareJson> {
  return {
    id: row.id,
    collectionId: row.collection_id,
    itemIds: row.item_ids,
    recipientName: row.recipient_name,
    institutionId: row.institution_id,
    expiresAt: row.expires_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
    status: row.revoked_at ? 'revoked' : row.expires_at <= now ? 'expired' : 'active',
    openCount: row.open_count,
    lastOpenedAt: row.last_opened_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{32}$/) });

/** What a recipient sees of one item: no ids of files or internal fields. */
const sharedItemJson = z.object({
  id: z.uuid(),
  kind: z.enum(itemKinds),
  title: z.string(),
  description: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  provenance: provenanceJson.extend({ kind: z.enum(provenances) }),
  datedAt: z.string(),
  files: z.array(fileFactsJson).describe('Evidence files, downloadable through /api/shared/{token}/files/{fileId}'),
});

/** Sharing: the learner's shares, and the public pages a share link opens. */
export function registerShareRoutes(app: ZodApp, env: DossierEnv, opensPerMinute: number): void {
  app.get(
    '/api/dossier/shares',
    { schema: { tags: ['dossier'], summary: 'My shares (active, expired and revoked)', response: { 200: z.array(shareJson) } } },
    async (request) => (await listShares(env.db, requirePerson(request.principal).personId)).map((r) => toShareJson(r)),
  );

  app.post(
    '/api/dossier/shares',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Share items or one collection until a date; the link (with its token) is returned only now',
        body: z
          .object({
            itemIds: z.array(z.uuid()).min(1).max(1000).optional(),
            collectionId: z.uuid().optional(),
            expiresAt: z.iso.datetime({ offset: true }),
            recipientName: z.string().trim().min(1).max(200).optional(),
            institutionId: z.uuid().optional().describe('Share with the staff of an institution (they see it in their list)'),
          })
          .strict()
          .refine((b) => (b.itemIds === undefined) !== (b.collectionId === undefined), {
            message: 'give either itemIds or collectionId',
            path: ['itemIds'],
          }),
        response: { 201: z.object({ id: z.uuid(), token: z.string(), url: z.string(), expiresAt: z.string() }) },
      },
    },
    async (request, reply) => {
      const created = await createShare({
        env,
        principal: request.principal,
        requestId: request.id,
        itemIds: request.body.itemIds,
        collectionId: request.body.collectionId,
        expiresAt: new Date(request.body.expiresAt),
        recipientName: request.body.recipientName,
        institutionId: request.body.institutionId,
      });
      reply.header('cache-control', 'no-store');
      return reply.code(201).send({ ...created, expiresAt: created.expiresAt.toISOString() });
    },
  );

  app.delete(
    '/api/dossier/shares/:id',
    {
      schema: { tags: ['dossier'], summary: 'Revoke a share', params: z.object({ id: z.uuid() }), response: { 204: z.null() } },
    },
    async (request, reply) => {
      await revokeShare({ env, principal: request.principal, requestId: request.id, shareId: request.params.id });
      return reply.code(204).send(null);
    },
  );

  const rateLimit = { max: opensPerMinute, timeWindow: '1 minute' };

  app.get(
    '/api/shared/:token',
    {
      config: { rateLimit },
      schema: {
        tags: ['dossier (public)'],
        summary: 'Open a share link: the learner’s name and the shared items with their provenance (410 when expired or revoked)',
        params: tokenParams,
        response: {
          200: z.object({
            ownerName: z.string(),
            recipientName: z.string().nullable(),
            expiresAt: z.string(),
            items: z.array(sharedItemJson),
          }),
        },
      },
    },
    async (request, reply) => {
      const opened = await openShare({ env, token: request.params.token, access: 'share-open' });
      reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex');
      return {
        ownerName: opened.ownerName,
        recipientName: opened.recipientName,
        expiresAt: opened.expiresAt.toISOString(),
        items: opened.items.map(({ item: row, files: facts }) => {
          const item = toItemJson(row);
          const files = facts.map(toFileFactsJson);
          return {
            id: item.id,
            kind: item.kind,
            title: item.title,
            description: item.description,
            details: item.details,
            provenance: item.provenance,
            datedAt: item.datedAt,
            files,
          };
        }),
      };
    },
  );

  app.get(
    '/api/shared/:token/presentation',
    {
      config: { rateLimit },
      schema: {
        tags: ['dossier (public)'],
        summary: 'Download the shared items: a W3C verifiable presentation of the signed credentials plus the other items (JSON)',
        params: tokenParams,
        querystring: z.object({ format: z.enum(['vp', 'json']).default('vp') }),
        produces: ['application/vp+ld+json', 'application/json'],
      },
    },
    async (request, reply) => {
      const opened = await openShare({ env, token: request.params.token, access: 'share-download' });
      const document = buildPresentation({
        ownerName: opened.ownerName,
        shareUrl: `${env.publicUrl}/gedeeld`,
        items: opened.items.map(({ item: row }) => ({
          item: toItemJson(row),
          credential: row.credential,
          jwt: row.credential_jwt,
        })),
        format: request.query.format,
      });
      return reply
        .type(request.query.format === 'vp' ? 'application/vp+ld+json' : 'application/json')
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="dossier-${request.query.format}.json"`)
        .send(JSON.stringify(document, null, 2));
    },
  );

  app.get(
    '/api/shared/:token/files/:fileId',
    {
      config: { rateLimit },
      schema: {
        tags: ['dossier (public)'],
        summary: 'Download an evidence file of a shared item (404 for any other file; 410 when the link expired or was revoked)',
        params: tokenParams.extend({ fileId: z.uuid() }),
        produces: ['application/octet-stream'],
      },
    },
    async (request, reply) => {
      const file = await downloadSharedFile({ env, token: request.params.token, fileId: request.params.fileId });
      return sendStoredFile(env, file, 'attachment', reply.header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex'));
    },
  );
}
