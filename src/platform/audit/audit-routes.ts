import { z } from 'zod';
import { requirePerson } from '../access/policy.js';
import type { AnyDb } from '../db/database.js';
import type { ZodApp } from '../http/server.js';
import { listOwnAuditEvents } from './list-own-audit-events.js';

const ownEvent = z.object({
  id: z.string(),
  occurredAt: z.string(),
  actorType: z.string(),
  action: z.string(),
  subjectType: z.string(),
  institutionId: z.string().nullable(),
});

/** Lets a person read the audit trail of their own data. */
export function registerAuditRoutes(app: ZodApp, db: AnyDb): void {
  app.get(
    '/api/me/audit-events',
    {
      schema: {
        tags: ['identity'],
        summary: 'The audit trail of my own data (who did what, when), newest first',
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          after: z.uuid().optional().describe('Id of the last event of the previous page'),
        }),
        response: { 200: z.object({ items: z.array(ownEvent) }) },
      },
    },
    async (request) => {
      const person = requirePerson(request.principal);
      return { items: await listOwnAuditEvents(db, { personId: person.personId, limit: request.query.limit, after: request.query.after }) };
    },
  );
}
