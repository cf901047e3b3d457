import { z } from 'zod';
import { allRoles } from '../../access/principal.js';

/** One role of the logged-in person, with the name of its institution or team. */
export const grantSchema = z.object({
  role: z.enum(allRoles as [string, ...string[]]),
  scope: z.enum(['platform', 'institution', 'team']),
  scopeId: z.string().nullable(),
  scopeName: z.string().nullable(),
});

/** Response of GET /api/session. */
export const sessionResponse = z.discriminatedUnion('authenticated', [
  z.object({
    authenticated: z.literal(true),
    demoIdentityProvider: z.boolean(),
    csrfToken: z.string(),
    person: z.object({ id: z.string(), name: z.string() }),
    grants: z.array(grantSchema),
  }),
  z.object({ authenticated: z.literal(false), demoIdentityProvider: z.boolean(), csrfToken: z.string() }),
]);
z.globalRegistry.add(sessionResponse, { id: 'Session' });
