import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError, type AnyDb, type ZodApp } from '../../platform/index.js';
import { modeFromOeapi, niveauOfLevel } from '../domain/codes.js';
import {
  MBO_CONSUMER,
  toAcademicSession,
  toCourse,
  toLearningComponent,
  toOffering,
  toOrganisation,
  toProgramme,
  type UnitRow,
} from '../domain/oeapi-map.js';
import { parseConsumer, parseExpand, parseListQuery, type FieldType, type ListQuery } from '../domain/oeapi-query.js';
import {
  filterFields,
  findOffering,
  findProgramme,
  findSession,
  findUnit,
  listOfferings,
  listOrganisations,
  listProgrammes,
  listSessions,
  listUnitDocuments,
  listUnits,
  organisationExists,
  organisationsByIds,
  sessionsByIds,
  unitsByIds,
  type OfferingKind,
  type PageRequest,
} from '../store/oeapi.js';
import { absoluteProblems, asProblem, RawJson, uuidParam, withEtag } from './oeapi-context.js';
import { expandable, serviceRoot } from './oeapi-service-root.js';

type Raw = Record<string, string | string[] | undefined>;
type Json = Record<string, unknown>;

const date = /^\d{4}-\d{2}-\d{2}$/;
const language = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const offeringStates = ['active', 'inactive', 'cancelled', 'concept'];
const oeapiModes = [
  'blended',
  'coil',
  'hybrid',
  'joint_delivery',
  'online',
  'presential',
  'project_based',
  'research_lab_based',
  'work_based',
];
const levels = [
  'pre_vocational',
  'secondary_vocational_education',
  'secondary_vocational_education_1',
  'secondary_vocational_education_2',
  'secondary_vocational_education_3',
  'secondary_vocational_education_4',
  'associate_degree',
  'bachelor',
  'master',
  'doctoral',
  'post_doctoral',
  'undefined',
  'undivided',
  'nt2_1',
  'nt2_2',
];
const offeringNamed = { state: offeringStates, since: date, until: date, teachingLanguage: language, resultExpected: ['true', 'false'] };

function pageOf(query: ListQuery, items: Json[]): Json {
  return {
    pageSize: query.pageSize,
    pageNumber: query.pageNumber,
    hasPreviousPage: query.pageNumber > 1,
    hasNextPage: items.length > query.pageSize,
    items: items.slice(0, query.pageSize),
  };
}

/** A page whose items are serialised already: the same object as `pageOf`, as JSON text. */
function rawPage(query: ListQuery, items: string[]): RawJson {
  const head = JSON.stringify({
    pageSize: query.pageSize,
    pageNumber: query.pageNumber,
    hasPreviousPage: query.pageNumber > 1,
    hasNextPage: items.length > query.pageSize,
  });
  return new RawJson(`${head.slice(0, -1)},"items":[${items.slice(0, query.pageSize).join(',')}]}`);
}

function pageRequest(query: ListQuery): PageRequest {
  return { filter: query.filter, q: query.q, offset: (query.pageNumber - 1) * query.pageSize, limit: query.pageSize + 1 };
}

function list(
  raw: Raw,
  fields: Readonly<Record<string, FieldType>>,
  named: Readonly<Record<string, RegExp | readonly string[]>> = {},
): ListQuery {
  return parseListQuery(raw, { consumer: MBO_CONSUMER, filterFields: fields, named: { ...named } });
}

function notFound(what: string): DomainError {
  return new DomainError('not-found', `No ${what} with this id`);
}

/**
 * The Open Education API v6 read API under /oeapi/v6: the service root, organisations, programmes,
 * courses, learning components, academic sessions and their offerings, with the paths, parameters
 * and shapes of the specification. Public (published data), hidden from the platform's own OpenAPI
 * document because the OEAPI specification describes it.
 */
export function registerOeapiRoutes(app: ZodApp, db: AnyDb, publicUrl: string): Promise<void> {
  return app.register(
    (scope: FastifyInstance, _options, done) => {
      scope.addHook('onSend', absoluteProblems(publicUrl));
      scope.addHook('onSend', async (request, reply, payload) => {
        if (reply.statusCode !== 200) return payload;
        reply.header('cache-control', 'public, max-age=60');
        return withEtag(request, reply, payload);
      });
      scope.setNotFoundHandler((request) => {
        throw new DomainError('not-found', `No OEAPI resource at ${request.url.split('?')[0] ?? ''}`);
      });
      const get = (path: string, handler: (request: FastifyRequest, raw: Raw) => Promise<Json | RawJson>) =>
        scope.get(path, { schema: { hide: true } }, async (request, reply) => {
          try {
            const result = await handler(request, request.query as Raw);
            if (!(result instanceof RawJson)) return result;
            void reply.type('application/json; charset=utf-8');
            return result.text;
          } catch (error) {
            throw asProblem(error);
          }
        });
      registerRoutes(get, db, publicUrl);
      done();
    },
    { prefix: '/oeapi/v6' },
  ) as unknown as Promise<void>;
}

type Get = (path: string, handler: (request: FastifyRequest, raw: Raw) => Promise<Json | RawJson>) => unknown;

function registerRoutes(get: Get, db: AnyDb, publicUrl: string): void {
  get('/', async () => serviceRoot(publicUrl));

  // Organisations
  get('/organisations', async (_r, raw) => {
    const query = list(raw, filterFields.organisations, {
      primaryCode: /^.{1,60}$/,
      organisationType: ['root', 'institute', 'department', 'faculty', 'branch', 'academy', 'school'],
    });
    if (query.params['organisationType'] && query.params['organisationType'] !== 'root') return pageOf(query, []);
    const rows = await listOrganisations(db, { ...pageRequest(query), primaryCode: query.params['primaryCode'] });
    return pageOf(
      query,
      rows.map((r) => toOrganisation(r, query.consumer)),
    );
  });
  get('/organisations/:organisationId', async (request, raw) => {
    const id = uuidParam(request, 'organisationId');
    const consumer = parseConsumer(raw, MBO_CONSUMER);
    const expand = parseExpand(raw, expandable['/organisations/{organisationId}'] ?? []);
    const [row] = await organisationsByIds(db, [id]);
    if (!row) throw notFound('organisation');
    return { ...toOrganisation(row, consumer), ...(expand.has('children') ? { children: [] } : {}) };
  });
  const withOrganisation = async (request: FastifyRequest): Promise<string> => {
    const id = uuidParam(request, 'organisationId');
    if (!(await organisationExists(db, id))) throw notFound('organisation');
    return id;
  };
  get('/organisations/:organisationId/programmes', async (request, raw) => {
    const query = programmeQuery(raw);
    const organisationId = await withOrganisation(request);
    return programmes(query, { organisationId });
  });
  get('/organisations/:organisationId/courses', async (request, raw) => {
    const query = unitQuery(raw);
    return units('course', query, { organisationId: await withOrganisation(request) });
  });
  get('/organisations/:organisationId/learning-components', async (request, raw) => {
    const query = unitQuery(raw);
    return units('learning_component', query, { organisationId: await withOrganisation(request) });
  });
  for (const [path, kind] of [
    ['programme-offerings', 'programme'],
    ['course-offerings', 'course'],
    ['learning-component-offerings', 'learning_component'],
  ] as const) {
    get(`/organisations/:organisationId/${path}`, async (request, raw) => {
      const query = list(raw, filterFields.offerings, offeringNamed);
      return offerings(kind, query, { organisationId: await withOrganisation(request) });
    });
  }
  for (const path of ['test-components', 'test-component-offerings', 'groups']) {
    get(`/organisations/:organisationId/${path}`, async (request, raw) => {
      const query = list(raw, {});
      await withOrganisation(request);
      return pageOf(query, []);
    });
  }

  // Programmes
  const programmeQuery = (raw: Raw) =>
    list(raw, filterFields.programmes, {
      primaryCode: /^.{1,60}$/,
      teachingLanguage: language,
      programmeType: ['programme', 'minor', 'honours', 'specialisation', 'track', 'specification'],
      qualificationAwarded: /^[a-z_-]{1,40}$/,
      levelOfQualification: /^(eqf_[0-8]|nlqf_4plus)$/,
      fieldsOfStudy: /^.{1,100}$/,
    });
  const programmes = async (query: ListQuery, scope: { organisationId?: string }): Promise<Json> => {
    const { programmeType, levelOfQualification } = query.params;
    if (programmeType && programmeType !== 'programme') return pageOf(query, []);
    const eqf = levelOfQualification ? /^eqf_([1-4])$/.exec(levelOfQualification) : null;
    const rows = await listProgrammes(db, scope, {
      ...pageRequest(query),
      ...(levelOfQualification ? { niveau: eqf ? Number(eqf[1]) : null } : {}),
      primaryCode: query.params['primaryCode'],
    });
    return pageOf(
      query,
      rows.map((r) => toProgramme(r, query.consumer)),
    );
  };
  get('/programmes', async (_r, raw) => programmes(programmeQuery(raw), {}));
  get('/programmes/:programmeId', async (request, raw) => {
    const id = uuidParam(request, 'programmeId');
    const consumer = parseConsumer(raw, MBO_CONSUMER);
    const expand = parseExpand(raw, expandable['/programmes/{programmeId}'] ?? []);
    const row = await findProgramme(db, id);
    if (!row) throw notFound('programme');
    const out = toProgramme(row, consumer);
    if (expand.has('children')) out['children'] = [];
    if (expand.has('coordinators')) out['coordinators'] = [];
    if (expand.has('instructors')) out['instructors'] = [];
    if (expand.has('organisation')) out['organisation'] = await organisation(row.institution_id, consumer);
    return out;
  });
  const withProgramme = async (request: FastifyRequest): Promise<string> => {
    const id = uuidParam(request, 'programmeId');
    if (!(await findProgramme(db, id))) throw notFound('programme');
    return id;
  };
  get('/programmes/:programmeId/courses', async (request, raw) => {
    const query = unitQuery(raw);
    return units('course', query, { programmeId: await withProgramme(request) });
  });
  get('/programmes/:programmeId/programme-offerings', async (request, raw) => {
    const query = list(raw, filterFields.offerings, {
      ...offeringNamed,
      modeOfStudy: ['full_time', 'part_time', 'dual_training', 'self_paced'],
    });
    return offerings('programme', query, { programmeId: await withProgramme(request) });
  });
  get('/programmes/:programmeId/programmes', async (request, raw) => {
    const query = programmeQuery(raw);
    await withProgramme(request);
    return pageOf(query, []);
  });

  // Courses and learning components
  const unitQuery = (raw: Raw) =>
    list(raw, filterFields.courses, { primaryCode: /^.{1,60}$/, teachingLanguage: language, level: levels, modeOfDelivery: oeapiModes });
  const units = async (
    kind: 'course' | 'learning_component',
    query: ListQuery,
    scope: { organisationId?: string; programmeId?: string; courseId?: string },
  ) => {
    const { level, modeOfDelivery } = query.params;
    const request = {
      ...pageRequest(query),
      ...(level ? { level: niveauOfLevel(level) } : {}),
      mode: modeOfDelivery ? (modeFromOeapi(modeOfDelivery) ?? '-') : null,
      language: query.params['teachingLanguage'],
      primaryCode: query.params['primaryCode'],
    };
    const map = (r: UnitRow) => (kind === 'course' ? toCourse(r, query.consumer) : toLearningComponent(r, query.consumer));
    // Published units come as their stored documents; a unit without one is mapped from its row.
    const documents = await listUnitDocuments(db, kind, scope, request, query.consumer);
    if (!documents) return pageOf(query, (await listUnits(db, kind, scope, request)).map(map));
    const missing = new Map(
      (
        await unitsByIds(
          db,
          documents.filter((d) => d.document === null).map((d) => d.id),
        )
      ).map((r) => [r.id, JSON.stringify(map(r))]),
    );
    return rawPage(
      query,
      documents.map((d) => d.document ?? missing.get(d.id) ?? 'null'),
    );
  };
  get('/courses', async (_r, raw) => units('course', unitQuery(raw), {}));
  get('/courses/:courseId', async (request, raw) => {
    const id = uuidParam(request, 'courseId');
    const consumer = parseConsumer(raw, MBO_CONSUMER);
    const expand = parseExpand(raw, expandable['/courses/{courseId}'] ?? []);
    const row = await findUnit(db, 'course', id);
    if (!row) throw notFound('course');
    const out = toCourse(row, consumer);
    if (expand.has('programmes')) {
      const programme = row.programme_id ? await findProgramme(db, row.programme_id) : undefined;
      out['programmes'] = programme ? [toProgramme(programme, consumer)] : [];
    }
    if (expand.has('coordinators')) out['coordinators'] = [];
    if (expand.has('instructors')) out['instructors'] = [];
    if (expand.has('organisation')) out['organisation'] = await organisation(row.institution_id, consumer);
    return out;
  });
  const withCourse = async (request: FastifyRequest): Promise<string> => {
    const id = uuidParam(request, 'courseId');
    if (!(await findUnit(db, 'course', id))) throw notFound('course');
    return id;
  };
  get('/courses/:courseId/course-offerings', async (request, raw) => {
    const query = list(raw, filterFields.offerings, { ...offeringNamed, modeOfDelivery: oeapiModes });
    return offerings('course', query, { unitId: await withCourse(request) });
  });
  get('/courses/:courseId/learning-components', async (request, raw) => {
    const query = unitQuery(raw);
    return units('learning_component', query, { courseId: await withCourse(request) });
  });
  get('/courses/:courseId/learning-component-offerings', async (request, raw) => {
    const query = list(raw, filterFields.offerings, { ...offeringNamed, modeOfDelivery: oeapiModes });
    const expand = parseExpand(raw, expandable['/courses/{courseId}/learning-component-offerings'] ?? []);
    const courseId = await withCourse(request);
    const page = await offerings('learning_component', query, { courseId });
    return expandOfferings(page, expand, query.consumer);
  });
  for (const path of ['test-components', 'test-component-offerings']) {
    get(`/courses/:courseId/${path}`, async (request, raw) => {
      const query = list(raw, {});
      await withCourse(request);
      return pageOf(query, []);
    });
  }
  get('/learning-components', async (_r, raw) => units('learning_component', unitQuery(raw), {}));
  get('/learning-components/:learningComponentId', async (request, raw) => {
    const id = uuidParam(request, 'learningComponentId');
    const consumer = parseConsumer(raw, MBO_CONSUMER);
    const expand = parseExpand(raw, expandable['/learning-components/{learningComponentId}'] ?? []);
    const row = await findUnit(db, 'learning_component', id);
    if (!row) throw notFound('learning component');
    const out = toLearningComponent(row, consumer);
    if (expand.has('course') && row.parent_unit_id) {
      const course = await findUnit(db, 'course', row.parent_unit_id);
      if (course) out['course'] = toCourse(course, consumer);
    }
    if (expand.has('organisation')) out['organisation'] = await organisation(row.institution_id, consumer);
    return out;
  });
  get('/learning-components/:learningComponentId/learning-component-offerings', async (request, raw) => {
    const query = list(raw, filterFields.offerings, offeringNamed);
    const id = uuidParam(request, 'learningComponentId');
    if (!(await findUnit(db, 'learning_component', id))) throw notFound('learning component');
    return offerings('learning_component', query, { unitId: id });
  });

  // Academic sessions
  get('/academic-sessions', async (_r, raw) => {
    const uuid = /^[0-9a-f-]{36}$/i;
    const query = list(raw, filterFields['academic-sessions'], {
      primaryCode: /^.{1,60}$/,
      academicSessionType: ['academic_year', 'semester', 'trimester', 'quarter', 'testing_period', 'period'],
      parent: uuid,
      year: uuid,
    });
    const rows = await listSessions(db, {
      ...pageRequest(query),
      sessionType: query.params['academicSessionType'],
      parent: query.params['parent'] ?? query.params['year'],
      primaryCode: query.params['primaryCode'],
    });
    return pageOf(
      query,
      rows.map((r) => toAcademicSession(r, query.consumer)),
    );
  });
  get('/academic-sessions/:academicSessionId', async (request, raw) => {
    const id = uuidParam(request, 'academicSessionId');
    const consumer = parseConsumer(raw, MBO_CONSUMER);
    const expand = parseExpand(raw, expandable['/academic-sessions/{academicSessionId}'] ?? []);
    const row = await findSession(db, id);
    if (!row) throw notFound('academic session');
    const out = toAcademicSession(row, consumer);
    const parent = row.parent_id ? await findSession(db, row.parent_id) : undefined;
    if (expand.has('parent') && parent) out['parent'] = toAcademicSession(parent, consumer);
    if (expand.has('year') && parent?.session_type === 'academic_year') out['year'] = toAcademicSession(parent, consumer);
    if (expand.has('children')) {
      const children = await listSessions(db, { filter: { and: [], or: [] }, q: undefined, offset: 0, limit: 250, parent: id });
      out['children'] = children.map((c) => toAcademicSession(c, consumer));
    }
    return out;
  });
  for (const [path, kind] of [
    ['programme-offerings', 'programme'],
    ['course-offerings', 'course'],
    ['learning-component-offerings', 'learning_component'],
  ] as const) {
    get(`/academic-sessions/:academicSessionId/${path}`, async (request, raw) => {
      const query = list(raw, filterFields.offerings, offeringNamed);
      const id = uuidParam(request, 'academicSessionId');
      if (!(await findSession(db, id))) throw notFound('academic session');
      return offerings(kind, query, { sessionId: id });
    });
  }
  get('/academic-sessions/:academicSessionId/test-component-offerings', async (request, raw) => {
    const query = list(raw, {});
    if (!(await findSession(db, uuidParam(request, 'academicSessionId')))) throw notFound('academic session');
    return pageOf(query, []);
  });

  // Offerings
  const offerings = async (
    kind: OfferingKind,
    query: ListQuery,
    scope: { organisationId?: string; programmeId?: string; unitId?: string; courseId?: string; sessionId?: string },
  ) => {
    const { state, since, until, modeOfDelivery } = query.params;
    const rows = await listOfferings(db, kind, scope, {
      ...pageRequest(query),
      state,
      since,
      until,
      mode: modeOfDelivery ? (modeFromOeapi(modeOfDelivery) ?? '-') : null,
    });
    return pageOf(
      query,
      rows.map((r) => toOffering(r, query.consumer)),
    );
  };
  const organisation = async (id: string, consumer: boolean): Promise<Json | undefined> => {
    const [row] = await organisationsByIds(db, [id]);
    return row ? toOrganisation(row, consumer) : undefined;
  };
  const expandOfferings = async (page: Json, expand: Set<string>, consumer: boolean): Promise<Json> => {
    if (expand.size === 0) return page;
    const items = page['items'] as Json[];
    const sessions = new Map(
      (
        await sessionsByIds(
          db,
          items.map((i) => i['academicSessionId']).filter((v): v is string => typeof v === 'string'),
        )
      ).map((s) => [s.id, s]),
    );
    const orgs = new Map((await organisationsByIds(db, [...new Set(items.map((i) => String(i['organisationId'])))])).map((o) => [o.id, o]));
    for (const item of items) {
      const session = sessions.get(String(item['academicSessionId']));
      if (expand.has('academic_session') && session) item['academicSession'] = toAcademicSession(session, consumer);
      const org = orgs.get(String(item['organisationId']));
      if (expand.has('organisation') && org) item['organisation'] = toOrganisation(org, consumer);
      if (expand.has('learning_component')) {
        const unit = await findUnit(db, 'learning_component', String(item['learningComponentId']));
        if (unit) item['learningComponent'] = toLearningComponent(unit, consumer);
      }
    }
    return page;
  };
  const offeringItem = (path: string, param: string, kind: OfferingKind, key: string) =>
    get(`/${path}/:${param}`, async (request, raw) => {
      const id = uuidParam(request, param);
      const consumer = parseConsumer(raw, MBO_CONSUMER);
      const expand = parseExpand(raw, expandable[`/${path}/{${param}}`] ?? []);
      const row = await findOffering(db, id);
      const type = row ? (row.programme_id ? 'programme' : row.unit_kind) : null;
      if (!row || type !== kind) throw notFound(key);
      const out = toOffering(row, consumer);
      if (expand.has('academic_session') && row.session_id) {
        const session = await findSession(db, row.session_id);
        if (session) out['academicSession'] = toAcademicSession(session, consumer);
      }
      if (expand.has('organisation')) out['organisation'] = await organisation(row.institution_id, consumer);
      if (expand.has('programme') && row.programme_id) {
        const programme = await findProgramme(db, row.programme_id);
        if (programme) out['programme'] = toProgramme(programme, consumer);
      }
      if (expand.has('course') && row.unit_id) {
        const course = await findUnit(db, 'course', row.unit_id);
        if (course) out['course'] = toCourse(course, consumer);
      }
      if (expand.has('learning_component') && row.unit_id) {
        const component = await findUnit(db, 'learning_component', row.unit_id);
        if (component) out['learningComponent'] = toLearningComponent(component, consumer);
      }
      if (expand.has('programme_offering')) out['programmeOfferings'] = [];
      return out;
    });
  offeringItem('programme-offerings', 'programmeOfferingId', 'programme', 'programme offering');
  offeringItem('course-offerings', 'courseOfferingId', 'course', 'course offering');
  offeringItem('learning-component-offerings', 'learningComponentOfferingId', 'learning_component', 'learning component offering');
}
