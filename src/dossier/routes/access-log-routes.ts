import { z } from 'zod';
import { requirePerson, type ZodApp } from '../../platform/index.js';
import type { DossierEnv } from '../env.js';
import { accessLog, type AccessRow } from '../store/access-log.js';

const accessKinds = ['share-open', 'share-download', 'share-file', 'share-open-failed', 'institution-read'] as const;

export const accessEntryJson = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  kind: z.enum(accessKinds),
  shareId: z.uuid().nullable(),
  recipientName: z.string().nullable(),
  institution: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
  reason: z.string().nullable().describe('Why an open failed: revoked or expired'),
  itemCount: z.number().int(),
});

export function toAccessEntryJson(row: AccessRow): z.infer<typeof accessEntryJson> {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    kind: row.kind,
    shareId: row.share_id,
    recipientName: row.recipient_name,
    institution: row.institution_id ? { id: row.institution_id, name: row.institution_name } : null,
    reason: row.reason,
    itemCount: row.item_count,
  };
}

/** "Wie heeft mijn gegevens bekeken": every read of the dossier by someone else. */
export function registerAccessLogRoutes(app: ZodApp, env: DossierEnv): void {
  app.get(
    '/api/dossier/access-log',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Who looked at my data: share opens, downloads, failed opens, institution reads (newest first)',
        querystring: z.object({
          kind: z.enum(accessKinds).optional(),
          from: z.iso.datetime({ offset: true }).optional(),
          to: z.iso.datetime({ offset: true }).optional(),
          share: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ entries: z.array(accessEntryJson) }) },
      },
    },
    async (request) => {
      const person = requirePerson(request.principal);
      const q = request.query;
      const rows = await accessLog(env.db, person.personId, {
        kind: q.kind,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        shareId: q.share,
        limit: q.limit,
      });
      return { entries: rows.map(toAccessEntryJson) };
    },
  );
}
