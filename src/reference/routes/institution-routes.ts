import { z } from 'zod';
import {
  authorize,
  clientScopes,
  DomainError,
  institutionRoles,
  listApiClients,
  listRoleAssignments,
  type AnyDb,
  type ZodApp,
} from '../../platform/index.js';
import { grantInstitutionRole } from '../grant-institution-role.js';
import { referencePolicy } from '../policy.js';
import { registerApiClient } from '../register-api-client.js';
import { revokeApiClient } from '../revoke-api-client.js';
import { revokeInstitutionRole } from '../revoke-institution-role.js';
import { findInstitutionRecord } from '../store/queries.js';
import { updateInstitution } from '../update-institution.js';
import { apiClient, institutionRecord, roleAssignment } from './schemas.js';

const institutionParams = z.object({ id: z.uuid() });
const nullableText = (max: number) => z.string().trim().min(1).max(max).nullable().optional();

/** An institution's own administration: its record, who holds which role there, and its machine clients. */
export function registerInstitutionRoutes(app: ZodApp, db: AnyDb): void {
  app.get(
    '/api/institutions/:id',
    {
      schema: {
        tags: ['institutions'],
        summary: "An institution's administrative record (staff, its own systems and platform administrators)",
        params: institutionParams,
        response: { 200: institutionRecord },
      },
    },
    async (request) => {
      const { id } = request.params;
      authorize(request.principal, referencePolicy.readInstitutionRecord(request.principal, id));
      const row = await findInstitutionRecord(db, id);
      if (!row) throw new DomainError('not-found', 'No institution with this id');
      return {
        id: row.id,
        code: row.code,
        name: row.name,
        shortName: row.short_name,
        city: row.city,
        website: row.website,
        contactEmail: row.contact_email,
        isDemo: row.is_demo,
        updatedAt: row.updated_at.toISOString(),
      };
    },
  );

  app.patch(
    '/api/institutions/:id',
    {
      schema: {
        tags: ['institutions'],
        summary: "Change an institution's name, website or contact address",
        params: institutionParams,
        body: z
          .object({
            name: z.string().trim().min(1).max(200).optional(),
            shortName: nullableText(60),
            city: nullableText(100),
            website: z
              .url({ protocol: /^https?$/ })
              .nullable()
              .optional(),
            contactEmail: z.email().nullable().optional(),
          })
          .strict(),
        response: { 200: z.object({ changed: z.array(z.string()) }) },
      },
    },
    async (request) =>
      updateInstitution({ db, principal: request.principal, requestId: request.id, institutionId: request.params.id, patch: request.body }),
  );

  app.get(
    '/api/institutions/:id/staff',
    {
      schema: {
        tags: ['institutions'],
        summary: 'Everyone holding a role at the institution',
        params: institutionParams,
        response: { 200: z.array(roleAssignment) },
      },
    },
    async (request) => {
      authorize(request.principal, referencePolicy.administerInstitution(request.principal, request.params.id));
      return listRoleAssignments(db, 'institution', request.params.id);
    },
  );

  app.post(
    '/api/institutions/:id/staff',
    {
      schema: {
        tags: ['institutions'],
        summary: 'Give a person (found by the e-mail address they logged in with) a role at the institution',
        params: institutionParams,
        body: z.object({ email: z.email().max(320), role: z.enum(institutionRoles) }).strict(),
        response: { 201: z.object({ personId: z.uuid(), name: z.string() }) },
      },
    },
    async (request, reply) => {
      const granted = await grantInstitutionRole({
        db,
        principal: request.principal,
        requestId: request.id,
        institutionId: request.params.id,
        email: request.body.email,
        role: request.body.role,
      });
      return reply.code(201).send(granted);
    },
  );

  app.delete(
    '/api/institutions/:id/staff/:assignmentId',
    {
      schema: {
        tags: ['institutions'],
        summary: 'Take a role at the institution away',
        params: institutionParams.extend({ assignmentId: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeInstitutionRole({
        db,
        principal: request.principal,
        requestId: request.id,
        institutionId: request.params.id,
        assignmentId: request.params.assignmentId,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/institutions/:id/api-clients',
    {
      schema: {
        tags: ['institutions'],
        summary: "The institution's machine clients (OAuth2 client credentials), without secrets",
        params: institutionParams,
        response: { 200: z.array(apiClient) },
      },
    },
    async (request) => {
      authorize(request.principal, referencePolicy.administerInstitution(request.principal, request.params.id));
      return listApiClients(db, request.params.id);
    },
  );

  app.post(
    '/api/institutions/:id/api-clients',
    {
      schema: {
        tags: ['institutions'],
        summary: 'Register a system of the institution; the answer holds the client secret, shown only this once',
        params: institutionParams,
        body: z
          .object({ name: z.string().trim().min(1).max(100), scopes: z.array(z.enum(clientScopes)).min(1).max(clientScopes.length) })
          .strict(),
        response: { 201: z.object({ id: z.uuid(), clientId: z.string(), clientSecret: z.string() }) },
      },
    },
    async (request, reply) => {
      const client = await registerApiClient({
        db,
        principal: request.principal,
        requestId: request.id,
        institutionId: request.params.id,
        name: request.body.name,
        scopes: [...new Set(request.body.scopes)],
      });
      return reply.code(201).header('cache-control', 'no-store').send(client);
    },
  );

  app.delete(
    '/api/institutions/:id/api-clients/:clientRecordId',
    {
      schema: {
        tags: ['institutions'],
        summary: 'Revoke a machine client; its tokens stop working within 30 seconds',
        params: institutionParams.extend({ clientRecordId: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeApiClient({
        db,
        principal: request.principal,
        requestId: request.id,
        institutionId: request.params.id,
        clientRecordId: request.params.clientRecordId,
      });
      return reply.code(204).send(null);
    },
  );
}
