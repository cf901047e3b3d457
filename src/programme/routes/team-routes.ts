import { z } from 'zod';
import { authorize, listRoleAssignments, teamRoles, type AnyDb, type ZodApp } from '../../platform/index.js';
import { grantTeamRole } from '../grant-team-role.js';
import { programmePolicy } from '../policy.js';
import { revokeTeamRole } from '../revoke-team-role.js';

const teamParams = z.object({ id: z.uuid() });
const member = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  role: z.string(),
  createdAt: z.string(),
});

/** Membership of the programme's theme teams (aanvoerder, verbinder, teamlid, …). */
export function registerTeamRoutes(app: ZodApp, db: AnyDb): void {
  app.get(
    '/api/programme/teams/:id/members',
    {
      schema: { tags: ['programme'], summary: "A team's members and their roles", params: teamParams, response: { 200: z.array(member) } },
    },
    async (request) => {
      authorize(request.principal, programmePolicy.readTeamMembers(request.principal, request.params.id));
      return listRoleAssignments(db, 'team', request.params.id);
    },
  );

  app.post(
    '/api/programme/teams/:id/members',
    {
      schema: {
        tags: ['programme'],
        summary: 'Give a person (found by the e-mail address they logged in with) a role in a team',
        params: teamParams,
        body: z.object({ email: z.email().max(320), role: z.enum(teamRoles) }).strict(),
        response: { 201: z.object({ personId: z.uuid(), name: z.string() }) },
      },
    },
    async (request, reply) => {
      const granted = await grantTeamRole({
        db,
        principal: request.principal,
        requestId: request.id,
        teamId: request.params.id,
        email: request.body.email,
        role: request.body.role,
      });
      return reply.code(201).send(granted);
    },
  );

  app.delete(
    '/api/programme/teams/:id/members/:assignmentId',
    {
      schema: {
        tags: ['programme'],
        summary: 'Take a role in a team away',
        params: teamParams.extend({ assignmentId: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeTeamRole({
        db,
        principal: request.principal,
        requestId: request.id,
        teamId: request.params.id,
        assignmentId: request.params.assignmentId,
      });
      return reply.code(204).send(null);
    },
  );
}
