import { afterAll, beforeAll, expect, it } from 'vitest';
import { implementedPaths } from '../../src/catalog/routes/oeapi-service-root.js';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { publishedCourses } from './factories.js';
import { loadOeapiSpec, OEAPI_SPEC_SHA256 } from './oeapi-spec.js';
import { editorOf, institutionId, publishedUnit } from './support.js';

/*
 * Conformance with the Open Education API v6.0 specification: every implemented endpoint's answers
 * (lists, items, empty pages, the largest page, error responses) validate against the schemas of the
 * pinned specification file.
 */
const spec = loadOeapiSpec();
const base = '/oeapi/v6';

type Page = { items: Array<Record<string, unknown>>; hasNextPage: boolean; pageSize: number };

describeEachBackend('the OEAPI v6 read API', (backend) => {
  let t: TestApp;
  const covered = new Set<string>();
  const ids: Record<string, string> = {};

  const get = async (url: string) => t.app.inject({ method: 'GET', url: `${base}${url}` });

  /** GETs a URL, expects 200 and validates it against the path's response schema, with and without the MBO consumer. */
  const conforms = async (specPath: string, url: string): Promise<Record<string, unknown>> => {
    covered.add(specPath);
    let body: Record<string, unknown> = {};
    for (const suffix of ['', `${url.includes('?') ? '&' : '?'}consumer=x-mbo-catalogus`]) {
      const response = await get(`${url}${suffix}`);
      expect(response.statusCode, `${url}${suffix}: ${response.body.slice(0, 300)}`).toBe(200);
      expect(response.headers['content-type']).toContain('application/json');
      body = response.json<Record<string, unknown>>();
      const validate = spec.ok(specPath);
      expect(validate(body) ? [] : validate.errors?.slice(0, 5), `${url}${suffix} against ${specPath}`).toEqual([]);
    }
    return body;
  };

  const problem = async (url: string, status: number, parameter?: string) => {
    const response = await get(url);
    expect(response.statusCode, `${url}: ${response.body}`).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json<Record<string, unknown>>();
    const validate = spec.problem();
    expect(validate(body) ? [] : validate.errors, url).toEqual([]);
    if (parameter) expect(body['parameter'], url).toBe(parameter);
  };

  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
    const own = await institutionId(t, '901A001');
    ids['organisation'] = own;
    ids['emptyOrganisation'] = await institutionId(t, '906A001');
    await publishedCourses(t.database.db, own, 255);
    const editor = await editorOf(t, own);
    const course = (await t.database.rawQuery("select id from catalog_units where code = 'APO-FZ1'", [])) as Array<{ id: string }>;
    ids['course'] = course[0]?.id ?? '';
    ids['component'] = await publishedUnit(t, own, editor.headers, {
      code: 'APO-FZ1-PR',
      kind: 'learning_component',
      componentType: 'practical',
      parentUnitId: ids['course'],
      leadsTo: null,
      standalone: false,
    });
    const offering = await t.app.inject({
      method: 'POST',
      url: `/api/catalog/workspace/${own}/offerings`,
      headers: editor.headers,
      payload: {
        code: 'APO-FZ1-PR-1',
        unitId: ids['component'],
        locationCode: '901X001',
        intake: 'fixed',
        startDate: '2027-02-08',
        mode: 'on_site',
      },
    });
    const offeringId = offering.json<{ id: string }>().id;
    await t.app.inject({ method: 'POST', url: `/api/catalog/workspace/${own}/offerings/${offeringId}/publish`, headers: editor.headers });
    ids['componentOffering'] = offeringId;
  }, 180_000);
  afterAll(async () => t.close());

  it('is pinned to the specification file the README names', () => {
    expect(spec.sha256).toBe(OEAPI_SPEC_SHA256);
    for (const path of implementedPaths) expect(spec.spec.paths[path], path).toBeDefined();
    // The one known defect of the file, corrected for validation (see oeapi-spec.ts).
    expect(spec.defects).toEqual(['/academic-sessions/{academicSessionId}/course-offerings']);
  });

  it('answers the service root, organisations and programmes as the specification says', async () => {
    const root = await conforms('/', '/');
    expect(root['supportedConsumers']).toEqual([{ consumerKey: 'x-mbo-catalogus', version: '1.0' }]);
    const organisations = (await conforms('/organisations', '/organisations?pageSize=50')) as Page;
    expect(organisations.items.length).toBeGreaterThanOrEqual(6);
    const org = ids['organisation'];
    await conforms('/organisations/{organisationId}', `/organisations/${org}?expand=children`);
    const programmes = (await conforms('/organisations/{organisationId}/programmes', `/organisations/${org}/programmes`)) as Page;
    ids['programme'] = String(programmes.items[0]?.['programmeId']);
    await conforms('/programmes', '/programmes?pageSize=20');
    await conforms('/programmes/{programmeId}', `/programmes/${ids['programme']}?expand=organisation,children,coordinators,instructors`);
    await conforms('/programmes/{programmeId}/courses', `/programmes/${ids['programme']}/courses`);
    const offerings = (await conforms(
      '/programmes/{programmeId}/programme-offerings',
      `/programmes/${ids['programme']}/programme-offerings`,
    )) as Page;
    ids['programmeOffering'] = String(offerings.items[0]?.['programmeOfferingId']);
    await conforms('/programmes/{programmeId}/programmes', `/programmes/${ids['programme']}/programmes`);
    await conforms(
      '/programme-offerings/{programmeOfferingId}',
      `/programme-offerings/${ids['programmeOffering']}?expand=academic_session,organisation,programme`,
    );
    for (const path of [
      'courses',
      'learning-components',
      'programme-offerings',
      'course-offerings',
      'learning-component-offerings',
      'test-components',
      'test-component-offerings',
      'groups',
    ]) {
      await conforms(`/organisations/{organisationId}/${path}`, `/organisations/${org}/${path}`);
    }
  });

  it('answers courses, learning components and their offerings as the specification says', async () => {
    const course = ids['course'];
    const courses = (await conforms('/courses', '/courses?pageSize=250')) as Page;
    expect(courses.items).toHaveLength(250);
    expect(courses.hasNextPage).toBe(true);
    await conforms('/courses/{courseId}', `/courses/${course}?expand=programmes,organisation,coordinators,instructors`);
    const offerings = (await conforms('/courses/{courseId}/course-offerings', `/courses/${course}/course-offerings`)) as Page;
    expect(offerings.items.length).toBe(2);
    await conforms(
      '/course-offerings/{courseOfferingId}',
      `/course-offerings/${String(offerings.items[0]?.['courseOfferingId'])}?expand=course,academic_session,programme_offering`,
    );
    const components = (await conforms('/courses/{courseId}/learning-components', `/courses/${course}/learning-components`)) as Page;
    expect(components.items.map((c) => c['componentId'])).toEqual([ids['component']]);
    await conforms(
      '/courses/{courseId}/learning-component-offerings',
      `/courses/${course}/learning-component-offerings?expand=academic_session,learning_component,organisation`,
    );
    await conforms('/courses/{courseId}/test-components', `/courses/${course}/test-components`);
    await conforms('/courses/{courseId}/test-component-offerings', `/courses/${course}/test-component-offerings`);
    await conforms('/learning-components', '/learning-components');
    await conforms('/learning-components/{learningComponentId}', `/learning-components/${ids['component']}?expand=course,organisation`);
    await conforms(
      '/learning-components/{learningComponentId}/learning-component-offerings',
      `/learning-components/${ids['component']}/learning-component-offerings`,
    );
    await conforms(
      '/learning-component-offerings/{learningComponentOfferingId}',
      `/learning-component-offerings/${ids['componentOffering']}?expand=learning_component,organisation`,
    );
  });

  it('answers academic sessions and their offerings as the specification says', async () => {
    const sessions = (await conforms('/academic-sessions', '/academic-sessions?pageSize=50')) as Page;
    const period = sessions.items.find((s) => s['academicSessionType'] === 'period');
    const id = String(period?.['academicSessionId']);
    await conforms('/academic-sessions/{academicSessionId}', `/academic-sessions/${id}?expand=parent,children,year`);
    for (const path of ['programme-offerings', 'course-offerings', 'learning-component-offerings', 'test-component-offerings']) {
      await conforms(`/academic-sessions/{academicSessionId}/${path}`, `/academic-sessions/${id}/${path}`);
    }
  });

  it('answers empty pages and pages past the end with a valid, empty list', async () => {
    const empty = (await conforms('/courses', '/courses?q=geen-enkele-cursus-heet-zo')) as Page;
    expect(empty.items).toEqual([]);
    expect(empty.hasNextPage).toBe(false);
    expect(((await conforms('/courses', '/courses?pageNumber=9999&pageSize=250')) as Page).items).toEqual([]);
    expect(
      ((await conforms('/organisations/{organisationId}/programmes', `/organisations/${ids['emptyOrganisation']}/programmes`)) as Page)
        .items,
    ).toEqual([]);
  });

  it('answers bad parameters with a 400 problem naming the parameter, and unknown ids with a 404 problem', async () => {
    await problem('/courses?pageSize=7', 400, 'pageSize');
    await problem('/courses?pageNumber=0', 400, 'pageNumber');
    await problem('/courses?consumer=x-onbekend', 400, 'consumer');
    await problem('/courses?filter_query[title][in]=x', 400, 'filter_query[title][in]');
    await problem('/courses?filter_query[studyLoad.value][gt_int]=veel', 400, 'filter_query[studyLoad.value][gt_int]');
    await problem('/courses?filter_query=kapot', 400, 'filter_query');
    await problem(`/courses/${ids['course']}?expand=rooms`, 400, 'expand');
    await problem('/courses?level=niveau-9', 400, 'level');
    await problem('/courses/not-a-uuid', 400, 'courseId');
    await problem('/courses/00000000-0000-4000-8000-000000000000', 404);
    await problem('/organisations/00000000-0000-4000-8000-000000000000/courses', 404);
    await problem('/course-offerings/00000000-0000-4000-8000-000000000000', 404);
  });

  it('covers every implemented path', () => {
    expect([...implementedPaths].filter((p) => !covered.has(p))).toEqual([]);
  });
});
