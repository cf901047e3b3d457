import { z } from 'zod';
import { authorize, DomainError, offsetLimit, pageOf, pageQuery, type AnyDb, type ZodApp } from '../../platform/index.js';
import { createItem } from '../create-item.js';
import { deleteItem } from '../delete-item.js';
import { ITEM_STATUSES, VERSIONED_KINDS, type ItemKind, type VersionedKind } from '../domain/codes.js';
import { inputSchemas, patchSchemaOf, recordProblems } from '../domain/records.js';
import { referenceProblems, wantedBy } from '../domain/references.js';
import { catalogPolicy } from '../policy.js';
import { publishItem } from '../publish-item.js';
import { retireItem } from '../retire-item.js';
import { findItem, itemHistory, listItems, loadReferenceContext, toContent, type ItemRow } from '../store/items.js';
import { updateItem } from '../update-item.js';

const problem = z.object({
  field: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
const standardIssue = z.object({
  ruleset: z.string(),
  rulesetVersion: z.number().int(),
  rule: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

const summary = z.object({
  id: z.uuid(),
  code: z.string(),
  label: z.string().describe('Title, name or (for offerings) code'),
  status: z.enum(ITEM_STATUSES),
  version: z.number().int(),
  hasPendingChanges: z.boolean(),
  updatedAt: z.string(),
  isDemo: z.boolean(),
});

function labelOf(kind: ItemKind, row: ItemRow): string {
  const content = row.pending ?? row;
  const value =
    kind === 'sessions' ? content['name'] : kind === 'offerings' ? (content['code'] ?? row['code']) : (content['title'] ?? row['title']);
  return String(value ?? row['code']);
}

const params = z.object({ institutionId: z.uuid() });
const itemParams = z.object({ institutionId: z.uuid(), id: z.uuid() });
const tag = ['catalog editing'];

/**
 * The catalogue editors' workspace of one institution: programmes, units, offerings and academic
 * sessions with their drafts, pending changes, publication and retirement. People need the
 * catalog_editor role at that institution; systems a client-credentials token with `catalog:write`.
 */
export function registerWorkspaceRoutes(app: ZodApp, db: AnyDb): void {
  for (const kind of ['programmes', 'units', 'offerings', 'sessions'] as const) registerKind(app, db, kind);
}

function registerKind(app: ZodApp, db: AnyDb, kind: ItemKind): void {
  const base = `/api/catalog/workspace/:institutionId/${kind}`;
  const schema = inputSchemas[kind];
  const versioned = (VERSIONED_KINDS as readonly string[]).includes(kind);
  const detail = z.object({
    id: z.uuid(),
    status: z.enum(ITEM_STATUSES),
    version: z.number().int(),
    content: schema.describe('The working copy: pending changes when there are any, else what is stored'),
    published: schema.nullable().describe('What learners see now (null for drafts and sessions)'),
    hasPendingChanges: z.boolean(),
    publishedAt: z.string().nullable(),
    retiredAt: z.string().nullable(),
    updatedAt: z.string(),
    problems: z.array(problem).describe('What stops the working copy from being published'),
    standardIssues: z.array(standardIssue).describe('How the unit breaks the agreed standard (units only)'),
    isDemo: z.boolean(),
  });

  app.get(
    base,
    {
      schema: {
        tags: tag,
        summary: `The institution's ${kind}, newest change first`,
        params,
        querystring: pageQuery.extend({
          status: z.enum(ITEM_STATUSES).optional(),
          q: z.string().trim().max(100).optional().describe('Part of the title or code'),
        }),
        response: { 200: pageOf(summary) },
      },
    },
    async (request) => {
      const { institutionId } = request.params;
      authorize(request.principal, catalogPolicy.readWorkspace(request.principal, institutionId));
      const { rows, total } = await listItems(db, kind, institutionId, {
        status: request.query.status,
        q: request.query.q,
        ...offsetLimit(request.query),
      });
      return {
        items: rows.map((row) => ({
          id: row.id,
          code: String(row['code']),
          label: labelOf(kind, row),
          status: row.status,
          version: row.version,
          hasPendingChanges: row.pending !== null,
          updatedAt: row.updated_at.toISOString(),
          isDemo: row.is_demo,
        })),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    base,
    {
      schema: {
        tags: tag,
        summary: `Create a ${kind === 'sessions' ? 'session' : `draft (${kind})`}`,
        params,
        body: schema,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const created = await createItem({
        db,
        principal: request.principal,
        requestId: request.id,
        institutionId: request.params.institutionId,
        kind,
        content: request.body,
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${base}/:id`,
    {
      schema: {
        tags: tag,
        summary: `One of the institution's ${kind}: working copy, published version and what blocks publishing`,
        params: itemParams,
        response: { 200: detail },
      },
    },
    async (request) => {
      const { institutionId, id } = request.params;
      authorize(request.principal, catalogPolicy.readWorkspace(request.principal, institutionId));
      const row = await findItem(db, kind, institutionId, id);
      if (!row) throw new DomainError('not-found', 'No such item at this institution');
      const stored = toContent(kind, row);
      const content = row.pending ?? stored;
      const context = await loadReferenceContext(db, institutionId, wantedBy(content));
      const problems = [...recordProblems(kind, content), ...referenceProblems(kind, content, context, { publishing: true })];
      return {
        id: row.id,
        status: row.status,
        version: row.version,
        content: content as never,
        published: (versioned && row.status !== 'draft' ? stored : null) as never,
        hasPendingChanges: row.pending !== null,
        publishedAt: row.published_at?.toISOString() ?? null,
        retiredAt: row.retired_at?.toISOString() ?? null,
        updatedAt: row.updated_at.toISOString(),
        problems,
        standardIssues: kind === 'units' ? (row['standard_issues'] as z.infer<typeof standardIssue>[]) : [],
        isDemo: row.is_demo,
      };
    },
  );

  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags: tag,
        summary: `Change one of the institution's ${kind} (a published item keeps its changes pending until published)`,
        params: itemParams,
        body: patchSchemaOf(schema as z.ZodObject),
        response: { 200: z.object({ status: z.enum(ITEM_STATUSES), pending: z.boolean(), changed: z.array(z.string()) }) },
      },
    },
    async (request) =>
      updateItem({
        db,
        principal: request.principal,
        requestId: request.id,
        institutionId: request.params.institutionId,
        kind,
        id: request.params.id,
        patch: request.body,
      }),
  );

  app.delete(
    `${base}/:id`,
    {
      schema: {
        tags: tag,
        summary: kind === 'sessions' ? 'Delete an unused session' : 'Delete a draft that was never published (published items are retired)',
        params: itemParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteItem({
        db,
        principal: request.principal,
        requestId: request.id,
        institutionId: request.params.institutionId,
        kind,
        id: request.params.id,
      });
      return reply.code(204).send(null);
    },
  );

  if (!versioned) return;
  const versionedKind = kind as VersionedKind;

  app.post(
    `${base}/:id/publish`,
    {
      schema: {
        tags: tag,
        summary: `Publish a draft or the pending changes (${kind}) as a new version`,
        params: itemParams,
        response: { 200: z.object({ version: z.number().int() }) },
      },
    },
    async (request) =>
      publishItem({
        db,
        principal: request.principal,
        requestId: request.id,
        institutionId: request.params.institutionId,
        kind: versionedKind,
        id: request.params.id,
      }),
  );

  app.post(
    `${base}/:id/retire`,
    {
      schema: {
        tags: tag,
        summary: `Retire a published item (${kind}); it leaves search and the OEAPI lists but keeps its history`,
        params: itemParams,
        response: { 200: z.object({ retiredOfferings: z.number().int() }) },
      },
    },
    async (request) =>
      retireItem({
        db,
        principal: request.principal,
        requestId: request.id,
        institutionId: request.params.institutionId,
        kind: versionedKind,
        id: request.params.id,
      }),
  );

  app.get(
    `${base}/:id/history`,
    {
      schema: {
        tags: tag,
        summary: `The published versions of an item (${kind}), newest first`,
        params: itemParams,
        response: {
          200: z.array(
            z.object({
              version: z.number().int(),
              action: z.string(),
              actorType: z.string(),
              at: z.string(),
              content: z.record(z.string(), z.unknown()),
            }),
          ),
        },
      },
    },
    async (request) => {
      const { institutionId, id } = request.params;
      authorize(request.principal, catalogPolicy.readWorkspace(request.principal, institutionId));
      if (!(await findItem(db, kind, institutionId, id))) throw new DomainError('not-found', 'No such item at this institution');
      const rows = await itemHistory(db, id);
      return rows.map((r) => ({
        version: r.version,
        action: r.action,
        actorType: r.actor_type,
        at: r.created_at.toISOString(),
        content: r.snapshot,
      }));
    },
  );
}
