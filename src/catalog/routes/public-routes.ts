import { z } from 'zod';
import { DomainError, tablesOf, type AnyDb, type ZodApp } from '../../platform/index.js';
import { effectiveSort, searchQuery } from '../domain/search.js';
import { offeredBy, publicUnit } from '../store/public.js';
import { CatalogSearch } from '../store/search.js';
import type { CatalogTables } from '../store/tables.js';
import { offeredBy as offeredBySchema, publicUnit as publicUnitSchema, searchResult } from './public-schemas.js';

const tags = ['catalogue'];

/** Public reads of the national catalogue: learner search, unit pages, and who offers a kwalificatie or keuzedeel. */
export function registerPublicRoutes(app: ZodApp, db: AnyDb): void {
  const catalogSearch = new CatalogSearch(db);
  app.get(
    '/api/catalog/search',
    {
      schema: {
        tags,
        summary: 'Search published units (local and harvested) with filters, facet counts and sorting',
        description:
          'Words are matched with Dutch stemming. Values of one filter combine with OR, filters with AND. A facet whose filter is ' +
          'active counts over the results of the other filters, so that its other values keep their counts.',
        querystring: searchQuery,
        response: { 200: searchResult },
      },
    },
    async (request) => {
      const result = await catalogSearch.search(request.query);
      return { ...result, page: request.query.page, pageSize: request.query.pageSize, sort: effectiveSort(request.query) };
    },
  );

  app.get(
    '/api/catalog/units/:id',
    {
      schema: {
        tags,
        summary: 'One published unit: what it contributes to which kwalificatie, its offerings, and where else it is offered',
        params: z.object({ id: z.uuid() }),
        response: { 200: publicUnitSchema },
      },
    },
    async (request) => {
      const unit = await publicUnit(db, request.params.id);
      if (!unit) throw new DomainError('not-found', 'No published unit with this id');
      return unit;
    },
  );

  app.get(
    '/api/catalog/qualifications/:crebo/offered',
    {
      schema: {
        tags,
        summary: 'Which institutions offer a kwalificatie (programmes and units), when and how',
        params: z.object({ crebo: z.string().regex(/^\d{5}$/) }),
        response: { 200: offeredBySchema },
      },
    },
    async (request) => {
      const q = await tablesOf<CatalogTables>(db)
        .selectFrom('qualifications as q')
        .innerJoin('qualification_dossiers as d', 'd.id', 'q.dossier_id')
        .select(['q.crebo', 'q.title', 'q.niveau', 'd.domain'])
        .where('q.crebo', '=', request.params.crebo)
        .executeTakeFirst();
      if (!q) throw new DomainError('not-found', `No kwalificatie with crebo ${request.params.crebo}`);
      const institutions = await offeredBy(db, { crebo: q.crebo });
      return { subject: { code: q.crebo, title: q.title, niveau: q.niveau, domain: q.domain }, institutions: institutions as never };
    },
  );

  app.get(
    '/api/catalog/electives/:code/offered',
    {
      schema: {
        tags,
        summary: 'Which institutions offer a keuzedeel, when and how',
        params: z.object({ code: z.string().regex(/^K\d{4}$/) }),
        response: { 200: offeredBySchema },
      },
    },
    async (request) => {
      const e = await tablesOf<CatalogTables>(db)
        .selectFrom('electives')
        .select(['code', 'title', 'niveau'])
        .where('code', '=', request.params.code)
        .executeTakeFirst();
      if (!e) throw new DomainError('not-found', `No keuzedeel with code ${request.params.code}`);
      const institutions = await offeredBy(db, { elective: e.code });
      return { subject: { code: e.code, title: e.title, niveau: e.niveau, domain: null }, institutions: institutions as never };
    },
  );
}
