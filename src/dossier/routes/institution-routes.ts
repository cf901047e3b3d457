import { z } from 'zod';
import { authorize, requirePerson, type ZodApp } from '../../platform/index.js';
import { answerCorrection } from '../answer-correction.js';
import { type institutionKinds, itemDetailsSchemas } from '../domain/items.js';
import type { DossierEnv } from '../env.js';
import { dossierPolicy } from '../policy.js';
import { pushInstitutionItem } from '../push-institution-item.js';
import { listInstitutionShares, readInstitutionShare } from '../read-institution-share.js';
import { requestCorrection } from '../request-correction.js';
import { institutionCorrectionRequests, ownCorrectionRequests } from '../store/corrections.js';
import { itemJson, toItemJson } from './views.js';

const correctionJson = z.object({
  id: z.uuid(),
  itemId: z.uuid(),
  itemTitle: z.string(),
  institutionId: z.uuid(),
  institutionName: z.string().nullable(),
  message: z.string(),
  status: z.enum(['open', 'corrected', 'declined']),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
});

type CorrectionRow = Awaited<ReturnType<typeof ownCorrectionRequests>>[number];

function toCorrectionJson(r: CorrectionRow): z.infer<typeof correctionJson> {
  return {
    id: r.id,
    itemId: r.item_id,
    itemTitle: r.item_title,
    institutionId: r.institution_id,
    institutionName: r.institution_name,
    message: r.message,
    status: r.status,
    answer: r.answer,
    answeredAt: r.answered_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
  };
}

function pushVariant<K extends (typeof institutionKinds)[number]>(kind: K) {
  return z
    .object({
      kind: z.literal(kind),
      title: z.string().trim().min(1).max(300),
      description: z.string().trim().max(10_000).nullable().optional(),
      details: itemDetailsSchemas[kind].optional(),
    })
    .strict();
}

const pushBody = z.discriminatedUnion('kind', [pushVariant('result'), pushVariant('work-placement'), pushVariant('diploma')]);

/** Institutions: systems push results and placements; staff read shares and answer correction requests. */
export function registerInstitutionRoutes(app: ZodApp, env: DossierEnv): void {
  app.post(
    '/api/dossier/items/:id/correction-requests',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Ask the institution that attested an item to correct it',
        params: z.object({ id: z.uuid() }),
        body: z.object({ message: z.string().trim().min(1).max(2000) }).strict(),
        response: { 201: correctionJson },
      },
    },
    async (request, reply) => {
      const row = await requestCorrection({
        env,
        principal: request.principal,
        requestId: request.id,
        itemId: request.params.id,
        message: request.body.message,
      });
      return reply.code(201).send(toCorrectionJson({ ...row, institution_name: null }));
    },
  );

  app.get(
    '/api/dossier/correction-requests',
    { schema: { tags: ['dossier'], summary: 'My correction requests and their answers', response: { 200: z.array(correctionJson) } } },
    async (request) => (await ownCorrectionRequests(env.db, requirePerson(request.principal).personId)).map(toCorrectionJson),
  );

  app.get(
    '/api/dossier/institution/correction-requests',
    {
      schema: {
        tags: ['dossier (institution)'],
        summary: 'Correction requests about items my institution attested (staff)',
        response: { 200: z.array(correctionJson.extend({ learnerName: z.string() })) },
      },
    },
    async (request) => {
      const institutions = dossierPolicy.staffInstitutions(request.principal);
      authorize(request.principal, institutions.size > 0, 'Only institution staff see correction requests');
      const rows = await institutionCorrectionRequests(env.db, [...institutions]);
      return rows.map((r) => ({ ...toCorrectionJson(r), learnerName: r.display_name }));
    },
  );

  app.post(
    '/api/dossier/institution/correction-requests/:id/answer',
    {
      schema: {
        tags: ['dossier (institution)'],
        summary: 'Answer a correction request (staff of the attesting institution)',
        params: z.object({ id: z.uuid() }),
        body: z.object({ status: z.enum(['corrected', 'declined']), answer: z.string().trim().min(1).max(2000) }).strict(),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await answerCorrection({
        env,
        principal: request.principal,
        requestId: request.id,
        correctionId: request.params.id,
        status: request.body.status,
        answer: request.body.answer,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/dossier/institution/shares',
    {
      schema: {
        tags: ['dossier (institution)'],
        summary: 'Dossier shares learners addressed to my institution (staff)',
        response: {
          200: z.array(z.object({ id: z.uuid(), learnerName: z.string(), expiresAt: z.string(), createdAt: z.string() })),
        },
      },
    },
    async (request) =>
      (await listInstitutionShares(env, request.principal)).map((s) => ({
        id: s.id,
        learnerName: s.display_name,
        expiresAt: s.expires_at.toISOString(),
        createdAt: s.created_at.toISOString(),
      })),
  );

  app.get(
    '/api/dossier/institution/shares/:id',
    {
      schema: {
        tags: ['dossier (institution)'],
        summary: 'Read a share addressed to my institution (the read is shown to the learner)',
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ learnerName: z.string(), items: z.array(itemJson) }) },
      },
    },
    async (request) => {
      const read = await readInstitutionShare(env, request.principal, request.params.id);
      return { learnerName: read.ownerName, items: read.items.map(toItemJson) };
    },
  );

  app.put(
    '/api/dossier/institution/learners/:learnerId/items/:externalId',
    {
      schema: {
        tags: ['dossier (institution)'],
        summary:
          'Put a result, work placement or diploma into a learner’s dossier (idempotent by your own id; client credentials, dossier:write)',
        security: [{ clientCredentials: [] }],
        params: z.object({
          learnerId: z.uuid(),
          externalId: z
            .string()
            .min(1)
            .max(200)
            .regex(/^[A-Za-z0-9._:-]+$/),
        }),
        body: pushBody,
        response: { 200: itemJson, 201: itemJson },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const result = await pushInstitutionItem({
        env,
        principal: request.principal,
        requestId: request.id,
        learnerId: request.params.learnerId,
        externalId: request.params.externalId,
        kind: body.kind,
        title: body.title,
        description: body.description ?? null,
        details: body.details ?? {},
      });
      return reply.code(result.created ? 201 : 200).send(toItemJson(result.row));
    },
  );
}
