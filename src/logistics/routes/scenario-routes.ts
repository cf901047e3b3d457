import { z } from 'zod';
import { authorize, DomainError, type AnyDb, type Principal, type ZodApp } from '../../platform/index.js';
import { findInstitutions } from '../../reference/index.js';
import { createScenario } from '../create-scenario.js';
import { deleteScenario } from '../delete-scenario.js';
import { computeScenario } from '../domain/engine.js';
import { scenarioInputsSchema } from '../domain/inputs.js';
import { duplicateScenario } from '../duplicate-scenario.js';
import { importStudentNumbers } from '../import-student-numbers.js';
import { studentNumberColumns } from '../import/read-student-numbers.js';
import { loadScenario } from '../load-scenario.js';
import { logisticsPolicy } from '../policy.js';
import { scenarioCsv } from '../report/scenario-csv.js';
import { scenarioPdf } from '../report/scenario-pdf.js';
import { saveScenario } from '../save-scenario.js';
import { listScenarios, type ScenarioRecord, type ScenarioSummary } from '../store/scenarios.js';
import { SCENARIO_BODY_LIMIT } from './engine-routes.js';
import { scenarioDetail, scenarioSummary, studentNumberReport } from './schemas.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const institutionParams = z.object({ institutionId: z.uuid() });
const scenarioParams = z.object({ id: z.uuid() });
const name = z.string().trim().min(1).max(120);
const description = z.string().trim().max(2000).nullable();

function view(s: ScenarioSummary, principal: Principal) {
  return {
    id: s.id,
    institutionId: s.institutionId,
    name: s.name,
    description: s.description,
    kind: s.kind,
    basedOnId: s.basedOnId,
    ownerName: s.ownerName,
    mine: principal.kind === 'person' && s.ownerPersonId === principal.personId,
    shared: s.shared,
    cellCount: s.cellCount,
    version: s.version,
    isDemo: s.isDemo,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

function detail(s: ScenarioRecord, principal: Principal) {
  return { ...view(s, principal), inputs: s.inputs, canChange: logisticsPolicy.change(principal, s) };
}

function fileName(s: ScenarioSummary, extension: string): string {
  const slug = s.name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `scenario-${slug || s.id}.${extension}`;
}

/** Scenarios: list, create, read, save, share, duplicate, delete, import student numbers, export. */
export function registerScenarioRoutes(app: ZodApp, db: AnyDb): void {
  if (!app.hasContentTypeParser(XLSX_TYPE)) {
    app.addContentTypeParser(XLSX_TYPE, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  }

  app.get(
    '/api/logistics/institutions/:institutionId/scenarios',
    {
      schema: {
        tags: ['logistics'],
        summary: "An institution's scenarios the caller may see: shared ones and their own",
        params: institutionParams,
        response: { 200: z.array(scenarioSummary) },
      },
    },
    async (request) => {
      const { institutionId } = request.params;
      authorize(request.principal, logisticsPolicy.planAt(request.principal, institutionId));
      const viewer = request.principal.kind === 'person' ? request.principal.personId : null;
      return (await listScenarios(db, institutionId, viewer)).map((s) => view(s, request.principal));
    },
  );

  app.post(
    '/api/logistics/institutions/:institutionId/scenarios',
    {
      bodyLimit: SCENARIO_BODY_LIMIT,
      schema: {
        tags: ['logistics'],
        summary: 'Create a scenario (a baseline or a variant); without inputs it starts from the defaults',
        params: institutionParams,
        body: z
          .object({
            name,
            description: description.optional(),
            kind: z.enum(['baseline', 'variant']).default('variant'),
            shared: z.boolean().default(false),
            inputs: scenarioInputsSchema.optional(),
          })
          .strict(),
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const created = await createScenario({
        db,
        principal: request.principal,
        requestId: request.id,
        institutionId: request.params.institutionId,
        name: request.body.name,
        description: request.body.description ?? null,
        kind: request.body.kind,
        shared: request.body.shared,
        inputs: request.body.inputs,
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/logistics/scenarios/:id',
    {
      schema: { tags: ['logistics'], summary: 'One scenario with its inputs', params: scenarioParams, response: { 200: scenarioDetail } },
    },
    async (request) => detail(await loadScenario(db, request.principal, request.params.id, 'read'), request.principal),
  );

  app.put(
    '/api/logistics/scenarios/:id',
    {
      bodyLimit: SCENARIO_BODY_LIMIT,
      schema: {
        tags: ['logistics'],
        summary: 'Save a scenario (name, description, sharing within the institution, inputs)',
        description: '`version` is the version that was edited; when someone saved in between the answer is 409.',
        params: scenarioParams,
        body: z
          .object({
            version: z.number().int().min(1),
            name: name.optional(),
            description: description.optional(),
            shared: z.boolean().optional(),
            inputs: scenarioInputsSchema.optional(),
          })
          .strict(),
        response: { 200: z.object({ version: z.number().int() }) },
      },
    },
    async (request) => {
      const { version, ...patch } = request.body;
      return saveScenario({ db, principal: request.principal, requestId: request.id, scenarioId: request.params.id, version, patch });
    },
  );

  app.post(
    '/api/logistics/scenarios/:id/duplicate',
    {
      schema: {
        tags: ['logistics'],
        summary: 'Copy a scenario into a new private variant of the caller',
        params: scenarioParams,
        body: z.object({ name: name.optional() }).strict(),
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const created = await duplicateScenario({
        db,
        principal: request.principal,
        requestId: request.id,
        scenarioId: request.params.id,
        name: request.body.name,
      });
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/api/logistics/scenarios/:id',
    { schema: { tags: ['logistics'], summary: 'Delete a scenario', params: scenarioParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteScenario({ db, principal: request.principal, requestId: request.id, scenarioId: request.params.id });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/logistics/scenarios/:id/student-numbers',
    {
      bodyLimit: SCENARIO_BODY_LIMIT,
      schema: {
        tags: ['logistics'],
        summary: 'Import student numbers per cell from CSV or Excel (.xlsx); with dryRun=true a preview that saves nothing',
        description:
          'Columns: crebo, leerweg (BOL/BBL), leerjaar, studenten. Every row is checked first; when any row is wrong the answer is ' +
          '422 with every row error and nothing changes.',
        consumes: ['text/csv', XLSX_TYPE],
        params: scenarioParams,
        querystring: z.object({
          dryRun: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true'),
        }),
        body: z.unknown(),
        response: { 200: studentNumberReport },
      },
    },
    async (request) => {
      const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      const format = type === 'text/csv' || type === 'text/plain' ? 'csv' : type === XLSX_TYPE ? 'xlsx' : undefined;
      if (!format) throw new DomainError('unsupported-media-type', `Send the file as text/csv or ${XLSX_TYPE}`);
      const body: unknown = request.body;
      if (format === 'csv' && typeof body !== 'string') throw new DomainError('bad-request', 'The CSV file is missing');
      if (format === 'xlsx' && !Buffer.isBuffer(body)) throw new DomainError('bad-request', 'The Excel file is missing');
      return importStudentNumbers({
        db,
        principal: request.principal,
        requestId: request.id,
        scenarioId: request.params.id,
        format,
        content: body as string | Buffer,
        dryRun: request.query.dryRun,
      });
    },
  );

  app.get(
    '/api/logistics/student-numbers/template.csv',
    { schema: { tags: ['logistics'], summary: 'A CSV template for student numbers', produces: ['text/csv'] } },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="studentaantallen.csv"')
        .send(`\uFEFF${studentNumberColumns.join(';')}\n25604;BOL;1;96\n`),
  );

  app.get(
    '/api/logistics/scenarios/:id/report.csv',
    { schema: { tags: ['logistics'], summary: "A scenario's cells and totals as CSV", params: scenarioParams, produces: ['text/csv'] } },
    async (request, reply) => {
      const scenario = await loadScenario(db, request.principal, request.params.id, 'read');
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(scenario, 'csv')}"`)
        .send(scenarioCsv(scenario.inputs, computeScenario(scenario.inputs)));
    },
  );

  app.get(
    '/api/logistics/scenarios/:id/report.pdf',
    { schema: { tags: ['logistics'], summary: 'A scenario report as PDF', params: scenarioParams, produces: ['application/pdf'] } },
    async (request, reply) => {
      const scenario = await loadScenario(db, request.principal, request.params.id, 'read');
      const [institution] = await findInstitutions(db, { ids: [scenario.institutionId] });
      const pdf = await scenarioPdf(
        { scenarioName: scenario.name, institutionName: institution?.name ?? '', isDemo: scenario.isDemo, generatedAt: new Date() },
        scenario.inputs,
        computeScenario(scenario.inputs),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName(scenario, 'pdf')}"`)
        .send(pdf);
    },
  );
}
