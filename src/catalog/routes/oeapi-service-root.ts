import { MBO_CONSUMER, MBO_CONSUMER_VERSION } from '../domain/oeapi-map.js';
import { OPERATORS_BY_TYPE, PAGE_SIZES } from '../domain/oeapi-query.js';
import { filterFields } from '../store/oeapi.js';

/** The expand values each item endpoint supports (listed in the service root too). */
export const expandable: Readonly<Record<string, readonly string[]>> = {
  '/academic-sessions/{academicSessionId}': ['parent', 'children', 'year'],
  '/courses/{courseId}': ['programmes', 'coordinators', 'instructors', 'organisation'],
  '/course-offerings/{courseOfferingId}': ['course', 'programme_offering', 'academic_session'],
  '/learning-components/{learningComponentId}': ['course', 'organisation'],
  '/learning-component-offerings/{learningComponentOfferingId}': ['learning_component', 'organisation'],
  '/organisations/{organisationId}': ['parent', 'children'],
  '/programmes/{programmeId}': ['parent', 'children', 'coordinators', 'instructors', 'organisation'],
  '/programme-offerings/{programmeOfferingId}': ['academic_session', 'organisation', 'programme'],
  '/courses/{courseId}/learning-component-offerings': ['academic_session', 'learning_component', 'organisation'],
};

/** Every OEAPI path this server implements (GET). */
export const implementedPaths = [
  '/',
  '/academic-sessions',
  '/academic-sessions/{academicSessionId}',
  '/academic-sessions/{academicSessionId}/course-offerings',
  '/academic-sessions/{academicSessionId}/learning-component-offerings',
  '/academic-sessions/{academicSessionId}/programme-offerings',
  '/academic-sessions/{academicSessionId}/test-component-offerings',
  '/course-offerings/{courseOfferingId}',
  '/courses',
  '/courses/{courseId}',
  '/courses/{courseId}/course-offerings',
  '/courses/{courseId}/learning-component-offerings',
  '/courses/{courseId}/learning-components',
  '/courses/{courseId}/test-component-offerings',
  '/courses/{courseId}/test-components',
  '/learning-component-offerings/{learningComponentOfferingId}',
  '/learning-components',
  '/learning-components/{learningComponentId}',
  '/learning-components/{learningComponentId}/learning-component-offerings',
  '/organisations',
  '/organisations/{organisationId}',
  '/organisations/{organisationId}/course-offerings',
  '/organisations/{organisationId}/courses',
  '/organisations/{organisationId}/groups',
  '/organisations/{organisationId}/learning-component-offerings',
  '/organisations/{organisationId}/learning-components',
  '/organisations/{organisationId}/programme-offerings',
  '/organisations/{organisationId}/programmes',
  '/organisations/{organisationId}/test-component-offerings',
  '/organisations/{organisationId}/test-components',
  '/programme-offerings/{programmeOfferingId}',
  '/programmes',
  '/programmes/{programmeId}',
  '/programmes/{programmeId}/courses',
  '/programmes/{programmeId}/programme-offerings',
  '/programmes/{programmeId}/programmes',
] as const;

function withOperators(fields: Readonly<Record<string, keyof typeof OPERATORS_BY_TYPE>>): Record<string, readonly string[]> {
  return Object.fromEntries(Object.entries(fields).map(([field, type]) => [field, OPERATORS_BY_TYPE[type]]));
}

/** The service root: who runs this API and what it supports, including the filter_query fields and operators. */
export function serviceRoot(publicUrl: string): Record<string, unknown> {
  const host = new URL(publicUrl).hostname;
  return {
    contactEmail: `oeapi@${host.includes('.') ? host : `${host}.invalid`}`,
    specification: 'https://github.com/open-education-api/specification/tree/release/6.0',
    documentation: `${publicUrl}/api/docs`,
    supportedConsumers: [{ consumerKey: MBO_CONSUMER, version: MBO_CONSUMER_VERSION }],
    // Paths are URI references, so the template braces of the specification are percent-encoded.
    supportedOperations: implementedPaths.map((path) => ({ verbs: ['GET'], path: encodeURI(path) })),
    supportedExpands: Object.entries(expandable).map(([path, expandableObjects]) => ({
      path: encodeURI(path),
      expandableObjects: [...expandableObjects],
    })),
    ext: {
      paging: { pageSizes: [...PAGE_SIZES], defaultPageSize: 10, totalPages: 'not reported', order: 'by id, ascending' },
      search: 'q: case-insensitive substring of name or description (no wildcards, no stemming)',
      fields: 'accepted and ignored: every response carries all fields',
      filterQuery: {
        syntax:
          'filter_query[field][operator]=value; several fields combine with AND; filter_query[__or][][field][operator]=value blocks combine with OR',
        wildcards:
          'like and not_like take * as wildcard and are case-insensitive; in, not_in, any_in_array and all_in_array take comma-separated values',
        changes:
          'filter_query[lastModified][gt_date]=<date-time> also returns items retired since then (validTo set, or state cancelled), so that a harvester sees them go',
        collections: {
          '/courses, /learning-components and their sub-collections': withOperators(filterFields.courses),
          '/programmes and its sub-collections': withOperators(filterFields.programmes),
          '/academic-sessions': withOperators(filterFields['academic-sessions']),
          '/organisations': withOperators(filterFields.organisations),
          'every offering collection': withOperators(filterFields.offerings),
        },
      },
      consumer: {
        [MBO_CONSUMER]:
          'MBO data: crebo, keuzedeelCode, niveau, leerwegen, sbu, coreTasks, workProcesses, standalone, leadsTo on courses and ' +
          'learning components; crebo, leerweg, niveau on programmes; intakeType, rioLocationCode, priceCents, mode on offerings; ' +
          'rioCode and locations on organisations',
      },
    },
  };
}
