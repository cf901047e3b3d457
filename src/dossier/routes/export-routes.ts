import { z } from 'zod';
import { DomainError, requirePerson, SESSION_COOKIE, type ZodApp } from '../../platform/index.js';
import { deleteDossier } from '../delete-dossier.js';
import type { DossierEnv } from '../env.js';
import { exportJsonLd, exportZip } from '../export-dossier.js';
import { renderDossierPdf } from '../render-dossier-pdf.js';
import { findCollection } from '../store/collections.js';

/** Data rights: export everything, delete everything. */
export function registerExportRoutes(app: ZodApp, env: DossierEnv): void {
  app.get(
    '/api/dossier/export.jsonld',
    {
      schema: {
        tags: ['dossier'],
        summary: 'My whole dossier as JSON-LD (European Learning Model terms where they fit)',
        produces: ['application/ld+json'],
      },
    },
    async (request, reply) => {
      const person = requirePerson(request.principal);
      const document = await exportJsonLd(env, { id: person.personId, name: person.displayName });
      return reply
        .type('application/ld+json')
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="dossier.jsonld"')
        .send(JSON.stringify(document, null, 2));
    },
  );

  app.get(
    '/api/dossier/export.zip',
    {
      schema: {
        tags: ['dossier'],
        summary: 'My whole dossier as a zip: dossier.jsonld plus every file (streamed)',
        produces: ['application/zip'],
      },
    },
    async (request, reply) => {
      const person = requirePerson(request.principal);
      const stream = await exportZip(env, { id: person.personId, name: person.displayName });
      return reply
        .type('application/zip')
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="dossier.zip"')
        .send(stream);
    },
  );

  app.get(
    '/api/dossier/export.pdf',
    {
      schema: {
        tags: ['dossier'],
        summary: 'My dossier, or one collection, as a readable PDF',
        querystring: z.object({ collection: z.uuid().optional(), lang: z.enum(['nl', 'en']).default('nl') }),
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const person = requirePerson(request.principal);
      const { collection, lang } = request.query;
      const found = collection ? await findCollection(env.db, person.personId, collection) : undefined;
      if (collection && !found) throw new DomainError('not-found', 'No collection with this id in your dossier');
      const pdf = await renderDossierPdf(env, { ownerId: person.personId, ownerName: person.displayName, collection: found, lang });
      return reply
        .type('application/pdf')
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="dossier.pdf"')
        .send(pdf);
    },
  );

  app.delete(
    '/api/dossier',
    {
      schema: {
        tags: ['dossier'],
        summary:
          'Delete my whole dossier: items, files, collections, shares (every link stops working at once), access log; with `account`, my account too (signed out everywhere). Cannot be undone.',
        body: z.object({ confirm: z.literal('VERWIJDER MIJN DOSSIER'), account: z.boolean().default(false) }).strict(),
        response: { 200: z.object({ revokedShares: z.number().int(), accountErased: z.boolean() }) },
      },
    },
    async (request, reply) => {
      const result = await deleteDossier({ env, principal: request.principal, requestId: request.id, account: request.body.account });
      if (result.accountErased) reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return result;
    },
  );
}
