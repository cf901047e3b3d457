import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DomainError, type AnyDb, type ZodApp } from '../../platform/index.js';
import { importCatalogFile } from '../import-catalog-file.js';
import { offeringColumns, unitColumns } from '../import/tabular-row.js';

/** Catalogue files may be larger than ordinary request bodies. */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const counts = z.object({ created: z.number().int(), updated: z.number().int(), published: z.number().int(), unchanged: z.number().int() });

const exampleRows = [
  [
    'APO-FZ1',
    'Farmaceutische patiëntenzorg',
    'course',
    '',
    '',
    'Recepten beoordelen en patiënten adviseren.',
    '240',
    '10',
    '27141',
    '',
    'B1-K1, B1-K1-W1',
    'Beoordeelt een recept | Geeft uitleg',
    'BOL, BBL',
    'ja',
    'certificaat',
    'APO-FZ1-2027-1',
    'vast',
    '2027-02-01',
    '2027-04-16',
    'op locatie',
    '901X001',
    '895,00',
    '24',
    '2026-10-01',
    '2027-01-18',
  ],
  [
    'APO-FZ1',
    'Farmaceutische patiëntenzorg',
    'course',
    '',
    '',
    'Recepten beoordelen en patiënten adviseren.',
    '240',
    '10',
    '27141',
    '',
    'B1-K1, B1-K1-W1',
    'Beoordeelt een recept | Geeft uitleg',
    'BOL, BBL',
    'ja',
    'certificaat',
    'APO-FZ1-FLEX',
    'flexibel',
    '',
    '',
    'online',
    '',
    '895,00',
    '',
    '',
    '',
  ],
];

function csvLine(values: readonly string[]): string {
  return values.map((v) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(';');
}

/** Import of units and offerings from CSV, Excel or OEAPI JSON, and the CSV template. */
export function registerImportRoutes(app: ZodApp, db: AnyDb): Promise<void> {
  return app.register((scope: FastifyInstance, _options, done) => {
    const zapp = scope as unknown as ZodApp;
    scope.addContentTypeParser(
      [XLSX, 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
      (_request, body, next) => next(null, body),
    );
    zapp.post(
      '/api/catalog/workspace/:institutionId/imports',
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags: ['catalog editing'],
          summary: 'Import units and offerings from CSV, Excel (.xlsx) or OEAPI JSON; with dryRun=true, a preview that writes nothing',
          description:
            'The content type says the format: text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (or ' +
            'application/octet-stream) for .xlsx, application/json for OEAPI JSON. Every row is checked before anything is written; ' +
            'when any row is wrong the answer is 422 with every error (row, column, reason) and nothing is written. Importing the same ' +
            'file twice changes nothing the second time. With publish=true new and changed items are published at once.',
          consumes: ['text/csv', XLSX, 'application/json'],
          params: z.object({ institutionId: z.uuid() }),
          querystring: z.object({
            dryRun: z.enum(['true', 'false']).default('false'),
            publish: z.enum(['true', 'false']).default('false'),
          }),
          body: z.unknown(),
          response: { 200: z.object({ dryRun: z.boolean(), rows: z.number().int(), units: counts, offerings: counts }) },
        },
      },
      async (request) => {
        const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
        const body = request.body;
        const file =
          type === 'text/csv' || type === 'text/plain'
            ? typeof body === 'string'
              ? ({ format: 'csv', content: body } as const)
              : undefined
            : type === XLSX || type === 'application/octet-stream'
              ? Buffer.isBuffer(body)
                ? ({ format: 'xlsx', content: body } as const)
                : undefined
              : type === 'application/json'
                ? ({ format: 'oeapi', content: body } as const)
                : null;
        if (file === null)
          throw new DomainError('unsupported-media-type', 'Send a CSV file (text/csv), an Excel workbook (.xlsx) or OEAPI JSON');
        if (file === undefined) throw new DomainError('import-malformed', 'The file is missing');
        return importCatalogFile({
          db,
          principal: request.principal,
          requestId: request.id,
          institutionId: request.params.institutionId,
          file,
          dryRun: request.query.dryRun === 'true',
          publish: request.query.publish === 'true',
        });
      },
    );
    zapp.get(
      '/api/catalog/imports/template.csv',
      {
        schema: {
          tags: ['catalog editing'],
          summary: 'A CSV template for importing units and offerings (header and example rows)',
          produces: ['text/csv'],
        },
      },
      async (_request, reply) =>
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="doorpakken-onderwijseenheden.csv"')
          .send(`\uFEFF${[csvLine([...unitColumns, ...offeringColumns]), ...exampleRows.map(csvLine)].join('\n')}\n`),
    );
    done();
  }) as unknown as Promise<void>;
}
