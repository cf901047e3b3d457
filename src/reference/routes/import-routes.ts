import { z } from 'zod';
import { DomainError, type AnyDb, type ZodApp } from '../../platform/index.js';
import { knownColumns, recordKinds, type RecordKind } from '../domain/records.js';
import { importReferenceData } from '../import-reference-data.js';
import { importReport } from './schemas.js';

/** Reference files may be larger than ordinary request bodies. */
const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

const kind = z.enum(recordKinds as [RecordKind, ...RecordKind[]]);

/** One example row per kind, for the downloadable templates. */
const exampleRows: Readonly<Record<RecordKind, readonly string[]>> = {
  institutions: [
    '999A001',
    'Voorbeeldcollege',
    'VBC',
    'Utrecht',
    'https://voorbeeldcollege.example',
    'info@voorbeeldcollege.example',
    'ja',
  ],
  locations: ['999A001', '999X001', 'Voorbeeldcollege Centrum', 'Stationsplein 1', '3511 AB', 'Utrecht', 'Utrecht', 'ja'],
  qualifications: ['27141', 'Apothekersassistent', '4', 'Zorg en welzijn', '23450', 'Apothekersassistent', '2026-08-01', '', 'nee'],
  'core-tasks': ['27141', 'B1-K1', 'Biedt farmaceutische patiëntenzorg'],
  'work-processes': ['27141', 'B1-K1-W1', 'Voorbeeld werkproces'],
  electives: ['K9999', 'Voorbeeld keuzedeel', '240', '4', '2026-08-01', 'ja'],
  'qualification-electives': ['27141', 'K9999'],
};

function csvLine(values: readonly string[]): string {
  return values.map((v) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(';');
}

/** Upload of reference data (platform administrators) and CSV templates (public). */
export function registerImportRoutes(app: ZodApp, db: AnyDb): void {
  app.post(
    '/api/reference/imports',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['reference'],
        summary: 'Import reference data from CSV (one kind per file) or JSON; with dryRun=true, a preview that writes nothing',
        description:
          'Every row is checked before anything is written. When any row is wrong the answer is 422 with an `errors` list ' +
          '(row, field, code, message) and nothing is written. Importing the same file twice changes nothing the second time.',
        consumes: ['text/csv', 'application/json'],
        querystring: z.object({
          kind: kind.optional().describe('Kind of records in a CSV file or JSON list'),
          dryRun: z
            .enum(['true', 'false'])
            .default('false')
            .transform((v) => v === 'true'),
        }),
        body: z.unknown(),
        response: { 200: importReport },
      },
    },
    async (request) => {
      const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      const format = type === 'text/csv' || type === 'text/plain' ? 'csv' : type === 'application/json' ? 'json' : undefined;
      if (!format) throw new DomainError('unsupported-media-type', 'Send the file as text/csv or application/json');
      if (format === 'csv' && typeof request.body !== 'string') throw new DomainError('bad-request', 'The CSV file is missing');
      return importReferenceData({
        db,
        principal: request.principal,
        requestId: request.id,
        file: { format, kind: request.query.kind, content: request.body },
        dryRun: request.query.dryRun,
      });
    },
  );

  app.get(
    '/api/reference/imports/templates/:kind',
    {
      schema: {
        tags: ['reference'],
        summary: 'A CSV template (header and one example row) for one kind of reference record',
        params: z.object({ kind }),
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const k = request.params.kind;
      const body = `${csvLine(knownColumns[k])}\n${csvLine(exampleRows[k])}\n`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="doorpakken-${k}.csv"`)
        .send(`\uFEFF${body}`);
    },
  );
}
