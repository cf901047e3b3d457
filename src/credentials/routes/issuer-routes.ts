import { z } from 'zod';
import { authorize, DomainError, type ZodApp } from '../../platform/index.js';
import { imageField } from '../domain/achievement.js';
import { ensureIssuer, type Issuer } from '../ensure-issuer.js';
import { urls, type CredentialsEnv } from '../env.js';
import { credentialsPolicy } from '../policy.js';
import { rotateIssuerKeys } from '../rotate-issuer-keys.js';
import { findIssuer, keyRow, listKeys } from '../store/issuers.js';
import { updateIssuer } from '../update-issuer.js';

const institutionParams = z.object({ institutionId: z.uuid() });

const keyView = z.object({
  id: z.string(),
  algorithm: z.enum(['Ed25519', 'RS256']),
  controller: z.string().describe('The issuer identifier (did:key) of this key generation'),
  verificationMethod: z.string(),
  createdAt: z.string(),
  retiredAt: z.string().nullable(),
});

export const issuerView = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  institutionCode: z.string(),
  name: z.string(),
  url: z.string().nullable(),
  email: z.string().nullable(),
  image: z.string().nullable(),
  description: z.string().nullable(),
  did: z.string().describe('The issuer identifier new credentials carry'),
  profileUrl: z.string().describe('Public profile with every key, current and retired'),
  keys: z.array(keyView),
});

async function viewOf(env: CredentialsEnv, issuer: Issuer): Promise<z.infer<typeof issuerView>> {
  const keys = await listKeys(env.db, issuer.id);
  const current = keys.find((k) => k.algorithm === 'Ed25519' && k.retired_at === null);
  return {
    id: issuer.id,
    institutionId: issuer.institution_id,
    institutionCode: issuer.institution_code,
    name: issuer.name,
    url: issuer.url,
    email: issuer.email,
    image: issuer.image,
    description: issuer.description,
    did: current?.controller ?? '',
    profileUrl: urls.issuer(env, issuer.id),
    keys: keys.map((k) => ({
      id: k.id,
      algorithm: k.algorithm,
      controller: k.controller,
      verificationMethod: k.verification_method,
      createdAt: k.created_at.toISOString(),
      retiredAt: k.retired_at?.toISOString() ?? null,
    })),
  };
}

const nullableText = (max: number) => z.string().trim().min(1).max(max).nullable().optional();

/** The issuer profile and its keys, for the institution's credential issuers and administrators. */
export function registerIssuerRoutes(app: ZodApp, env: CredentialsEnv): void {
  app.get(
    '/api/credentials/institutions/:institutionId/issuer',
    {
      schema: {
        tags: ['credentials'],
        summary: "The institution's issuer profile and keys (set up with a first key generation on first use)",
        params: institutionParams,
        response: { 200: issuerView },
      },
    },
    async (request) => {
      const { institutionId } = request.params;
      authorize(request.principal, credentialsPolicy.manageIssuer(request.principal, institutionId));
      return viewOf(env, await ensureIssuer({ env, institutionId, actor: request.principal, requestId: request.id }));
    },
  );

  app.patch(
    '/api/credentials/institutions/:institutionId/issuer',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Change the issuer profile that new credentials carry',
        params: institutionParams,
        body: z
          .object({
            name: z.string().trim().min(1).max(200).optional(),
            url: z
              .url({ protocol: /^https?$/ })
              .max(500)
              .nullable()
              .optional(),
            email: z.email().max(320).nullable().optional(),
            image: imageField.nullable().optional(),
            description: nullableText(2000),
          })
          .strict(),
        response: { 200: z.object({ changed: z.array(z.string()) }) },
      },
    },
    async (request) =>
      updateIssuer({
        env,
        principal: request.principal,
        requestId: request.id,
        institutionId: request.params.institutionId,
        patch: request.body,
      }),
  );

  app.post(
    '/api/credentials/institutions/:institutionId/issuer/rotate-keys',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Start a new key generation; credentials signed with older keys stay verifiable',
        params: institutionParams,
        response: { 200: issuerView },
      },
    },
    async (request) => {
      const { institutionId } = request.params;
      await rotateIssuerKeys({ env, principal: request.principal, requestId: request.id, institutionId });
      const issuer = await ensureIssuer({ env, institutionId, actor: request.principal, requestId: request.id });
      return viewOf(env, issuer);
    },
  );

  app.get(
    '/credentials/issuers/:issuerId',
    {
      schema: {
        tags: ['credentials (public)'],
        summary: 'Public issuer profile with every signing key it ever used (for verifiers)',
        params: z.object({ issuerId: z.uuid() }),
        response: {
          200: z.object({
            id: z.string(),
            type: z.array(z.string()),
            name: z.string(),
            url: z.string().optional(),
            email: z.string().optional(),
            description: z.string().optional(),
            otherIdentifier: z.array(z.object({ type: z.string(), identifier: z.string(), identifierType: z.string() })),
            verificationMethod: z.array(
              z.object({
                id: z.string(),
                type: z.string(),
                controller: z.string(),
                publicKeyMultibase: z.string().optional(),
                publicKeyJwk: z.record(z.string(), z.unknown()).optional(),
                created: z.string(),
                retired: z.string().optional(),
              }),
            ),
          }),
        },
      },
    },
    async (request, reply) => {
      const issuer = await findIssuer(env.db, request.params.issuerId);
      if (!issuer) throw new DomainError('not-found', 'No issuer with this id');
      const keys = await listKeys(env.db, issuer.id);
      reply.header('cache-control', 'public, max-age=300').header('access-control-allow-origin', '*');
      return {
        id: urls.issuer(env, issuer.id),
        type: ['Profile'],
        name: issuer.name,
        ...(issuer.url ? { url: issuer.url } : {}),
        ...(issuer.email ? { email: issuer.email } : {}),
        ...(issuer.description ? { description: issuer.description } : {}),
        otherIdentifier: [{ type: 'IdentifierEntry', identifier: issuer.institution_code, identifierType: 'identifier' }],
        verificationMethod: keys.map((k) => ({
          id: k.verification_method,
          type: k.algorithm === 'Ed25519' ? 'Multikey' : 'JsonWebKey',
          controller: k.controller,
          ...(k.public_key_multibase ? { publicKeyMultibase: k.public_key_multibase } : { publicKeyJwk: k.public_jwk }),
          created: k.created_at.toISOString(),
          ...(k.retired_at ? { retired: k.retired_at.toISOString() } : {}),
        })),
      };
    },
  );

  app.get(
    '/credentials/keys/:keyId',
    {
      schema: {
        tags: ['credentials (public)'],
        summary: 'One public key as a JWK (the `kid` of RS256 VC-JWTs)',
        params: z.object({ keyId: z.string().regex(/^(ed25519|rs256)-[A-Za-z0-9_-]{12}$/) }),
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request, reply) => {
      const key = await keyRow(env.db, request.params.keyId);
      if (!key) throw new DomainError('not-found', 'No key with this id');
      reply.header('cache-control', 'public, max-age=86400').header('access-control-allow-origin', '*');
      return key.public_jwk;
    },
  );
}
