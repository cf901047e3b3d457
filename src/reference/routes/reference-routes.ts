import { z } from 'zod';
import { DomainError, offsetLimit, pageOf, pageQuery, type AnyDb, type ZodApp } from '../../platform/index.js';
import { codePatterns } from '../domain/codes.js';
import { findDomains, findElective, findElectives, findInstitutions, findQualification, findQualifications } from '../store/queries.js';
import { electiveDetail, electiveSummary, institutionDetail, qualificationDetail, qualificationSummary } from './schemas.js';

const niveau = z.coerce.number().int().min(1).max(4);

/** Public reads of the qualification structure and the institutions. */
export function registerReferenceRoutes(app: ZodApp, db: AnyDb): void {
  app.get(
    '/api/reference/qualifications',
    {
      schema: {
        tags: ['reference'],
        summary: 'Kwalificaties, filtered and paged',
        querystring: pageQuery.extend({
          q: z.string().trim().max(100).optional().describe('Part of the title, dossier title or crebo'),
          niveau: niveau.optional(),
          domain: z.string().max(100).optional(),
        }),
        response: { 200: pageOf(qualificationSummary) },
      },
    },
    async (request) => {
      const { q, niveau: level, domain, page, pageSize } = request.query;
      const result = await findQualifications(db, { q, niveau: level, domain, ...offsetLimit(request.query) });
      return { ...result, page, pageSize };
    },
  );

  app.get(
    '/api/reference/qualifications/:crebo',
    {
      schema: {
        tags: ['reference'],
        summary: 'One kwalificatie with its core tasks, work processes and fitting keuzedelen',
        params: z.object({ crebo: z.string().regex(codePatterns.crebo, 'must be a five-digit crebo code') }),
        response: { 200: qualificationDetail },
      },
    },
    async (request) => {
      const found = await findQualification(db, request.params.crebo);
      if (!found) throw new DomainError('not-found', `No kwalificatie with crebo ${request.params.crebo}`);
      return found;
    },
  );

  app.get(
    '/api/reference/electives',
    {
      schema: {
        tags: ['reference'],
        summary: 'Keuzedelen, filtered and paged',
        querystring: pageQuery.extend({
          q: z.string().trim().max(100).optional().describe('Part of the title or code'),
          niveau: niveau.optional(),
          sbu: z.coerce.number().int().positive().max(10_000).optional(),
        }),
        response: { 200: pageOf(electiveSummary) },
      },
    },
    async (request) => {
      const { q, niveau: level, sbu, page, pageSize } = request.query;
      const result = await findElectives(db, { q, niveau: level, sbu, ...offsetLimit(request.query) });
      return { ...result, page, pageSize };
    },
  );

  app.get(
    '/api/reference/electives/:code',
    {
      schema: {
        tags: ['reference'],
        summary: 'One keuzedeel with the kwalificaties it fits',
        params: z.object({ code: z.string().regex(codePatterns.elective, 'must look like K0123') }),
        response: { 200: electiveDetail },
      },
    },
    async (request) => {
      const found = await findElective(db, request.params.code);
      if (!found) throw new DomainError('not-found', `No keuzedeel with code ${request.params.code}`);
      return found;
    },
  );

  app.get(
    '/api/reference/domains',
    {
      schema: {
        tags: ['reference'],
        summary: 'The domains of the qualification structure, with the number of kwalificaties in each',
        response: { 200: z.array(z.object({ domain: z.string(), qualifications: z.number().int() })) },
      },
    },
    async () => findDomains(db),
  );

  app.get(
    '/api/reference/institutions',
    {
      schema: {
        tags: ['reference'],
        summary: 'Institutions with their locations',
        querystring: z.object({ q: z.string().trim().max(100).optional().describe('Part of the name, code or city') }),
        response: { 200: z.array(institutionDetail) },
      },
    },
    async (request) => findInstitutions(db, { q: request.query.q }),
  );

  app.get(
    '/api/reference/institutions/:id',
    {
      schema: {
        tags: ['reference'],
        summary: 'One institution with its locations',
        params: z.object({ id: z.uuid() }),
        response: { 200: institutionDetail },
      },
    },
    async (request) => {
      const [found] = await findInstitutions(db, { ids: [request.params.id] });
      if (!found) throw new DomainError('not-found', 'No institution with this id');
      return found;
    },
  );
}
