import { centsToAmount, modeToOeapi, oeapiLevel, type Mode } from './codes.js';

/*
 * Our catalogue as Open Education API v6 objects. Pure functions of rows, so that the API, the
 * importer and the tests agree on one mapping. MBO data travels in the consumer `x-mbo-catalogus`,
 * added only when the client asks for it.
 */

export const MBO_CONSUMER = 'x-mbo-catalogus';
export const MBO_CONSUMER_VERSION = '1.0';

type Json = Record<string, unknown>;

/** A language-typed text list, or null for an empty text. */
export function texts(value: string | null | undefined, language: string): Array<{ language: string; value: string }> | null {
  return value && value.trim() !== '' ? [{ language, value }] : null;
}

/** A date as an OEAPI date-time (the start of that day, UTC). */
export function dateTime(date: string | null | undefined): string | null {
  return date ? `${date}T00:00:00Z` : null;
}

/** The date of an OEAPI date-time or date. */
export function dateOf(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function iso(value: Date | string | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.toISOString();
}

/** A stable UUID derived from a name (FNV-1a based, version 8 "custom"), for sub-objects we store without ids. */
export function derivedUuid(name: string): string {
  let hex = '';
  for (let seed = 0; seed < 4; seed += 1) {
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < name.length; i += 1) {
      h ^= name.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface OrganisationRow {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly short_name: string | null;
  readonly website: string | null;
  readonly locations: ReadonlyArray<{
    code: string;
    name: string;
    street: string | null;
    postcode: string | null;
    city: string;
    province: string;
  }>;
}

export function toOrganisation(row: OrganisationRow, consumer: boolean): Json {
  return {
    organisationId: row.id,
    primaryCode: { codeType: 'institution_code', code: row.code },
    organisationType: 'root',
    name: [{ language: 'nl-NL', value: row.name }],
    shortName: row.short_name,
    addresses: row.locations.map((l) => address(l)),
    link: row.website,
    otherCodes: row.locations.map((l) => ({ codeType: 'x-rio-onderwijslocatiecode', code: l.code })),
    ...(consumer
      ? {
          consumer: {
            consumerKey: MBO_CONSUMER,
            rioCode: row.code,
            locations: row.locations.map((l) => ({ code: l.code, name: l.name, city: l.city, province: l.province })),
          },
        }
      : {}),
  };
}

function address(l: { street: string | null; postcode: string | null; city: string; name?: string }): Json {
  const match = /^(.*?)\s+(\d+\S*)$/.exec(l.street ?? '');
  return {
    addressType: 'teaching',
    street: match ? match[1] : l.street,
    streetNumber: match ? match[2] : null,
    postCode: l.postcode,
    city: l.city,
    countryCode: { 'iso3166-1-alpha2': 'NL' },
  };
}

export interface ProgrammeRow {
  readonly id: string;
  readonly institution_id: string;
  readonly code: string;
  readonly title: string;
  readonly description: string | null;
  readonly crebo: string;
  readonly leerweg: 'BOL' | 'BBL';
  readonly niveau: number;
  readonly duration_months: number | null;
  readonly published_at: Date | string | null;
  readonly retired_at: Date | string | null;
}

export function toProgramme(row: ProgrammeRow, consumer: boolean): Json {
  return {
    programmeId: row.id,
    primaryCode: { codeType: 'identifier', code: row.code },
    programmeType: 'programme',
    name: [{ language: 'nl-NL', value: row.title }],
    description: texts(row.description, 'nl-NL'),
    teachingLanguages: ['nl-NL'],
    qualificationAwarded: 'vocational_diploma',
    qualificationDesignations: [],
    modeOfStudy: row.leerweg === 'BBL' ? 'dual_training' : 'full_time',
    duration: row.duration_months ? `P${row.duration_months}M` : null,
    level: oeapiLevel(row.niveau),
    levelOfQualification: `eqf_${row.niveau}`,
    otherCodes: [{ codeType: 'programme_code', code: row.crebo }],
    organisationId: row.institution_id,
    validFrom: iso(row.published_at),
    validTo: iso(row.retired_at),
    ...(consumer ? { consumer: { consumerKey: MBO_CONSUMER, crebo: row.crebo, leerweg: row.leerweg, niveau: row.niveau } } : {}),
  };
}

export interface UnitRow {
  readonly id: string;
  readonly institution_id: string;
  readonly kind: 'course' | 'learning_component';
  readonly component_type: string | null;
  readonly code: string;
  readonly title: string;
  readonly description: string | null;
  readonly sbu: number;
  readonly duration_weeks: number | null;
  readonly learning_outcomes: readonly string[];
  readonly crebo: string | null;
  readonly elective_code: string | null;
  readonly covers: readonly string[];
  readonly leerwegen: readonly string[];
  readonly standalone: boolean;
  readonly leads_to: string | null;
  readonly language: string;
  readonly programme_id: string | null;
  readonly parent_unit_id: string | null;
  readonly niveau: number | null;
  readonly modes: readonly string[] | null;
  readonly published_at: Date | string | null;
  readonly retired_at: Date | string | null;
}

function unitConsumer(row: UnitRow): Json {
  return {
    consumerKey: MBO_CONSUMER,
    crebo: row.crebo,
    keuzedeelCode: row.elective_code,
    niveau: row.niveau,
    leerwegen: [...row.leerwegen],
    sbu: row.sbu,
    coreTasks: row.covers.filter((c) => !/-W\d+$/.test(c)),
    workProcesses: row.covers.filter((c) => /-W\d+$/.test(c)),
    standalone: row.standalone,
    leadsTo: row.leads_to,
  };
}

function outcomes(row: UnitRow): Json[] | null {
  if (row.learning_outcomes.length === 0) return null;
  return row.learning_outcomes.map((text, i) => ({
    learningOutcomeId: derivedUuid(`${row.id}:outcome:${i}`),
    primaryCode: { codeType: 'identifier', code: `${row.code}-LU${i + 1}` },
    name: [{ language: row.language, value: text }],
  }));
}

/** A course (a unit of kind course). */
export function toCourse(row: UnitRow, consumer: boolean): Json {
  return {
    courseId: row.id,
    primaryCode: { codeType: 'identifier', code: row.code },
    name: [{ language: row.language, value: row.title }],
    studyLoad: [{ studyLoadUnit: 'sbu', value: row.sbu }],
    modesOfDelivery: (row.modes ?? []).map((m) => modeToOeapi[m as Mode] ?? m),
    duration: row.duration_weeks ? `P${row.duration_weeks}W` : null,
    description: texts(row.description, row.language),
    teachingLanguages: [row.language],
    learningOutcomes: outcomes(row),
    level: row.niveau ? oeapiLevel(row.niveau) : null,
    otherCodes: [
      ...(row.crebo ? [{ codeType: 'programme_code', code: row.crebo }] : []),
      ...(row.elective_code ? [{ codeType: 'x-keuzedeel', code: row.elective_code }] : []),
    ],
    programmeIds: row.programme_id ? [row.programme_id] : [],
    organisationId: row.institution_id,
    validFrom: iso(row.published_at),
    validTo: iso(row.retired_at),
    ...(consumer ? { consumer: unitConsumer(row) } : {}),
  };
}

/** A learning component (a unit of kind learning_component, part of a course). */
export function toLearningComponent(row: UnitRow, consumer: boolean): Json {
  return {
    componentId: row.id,
    primaryCode: { codeType: 'component_code', code: row.code },
    componentType: row.component_type ?? 'practical',
    name: [{ language: row.language, value: row.title }],
    modesOfDelivery: (row.modes ?? []).map((m) => modeToOeapi[m as Mode] ?? m),
    duration: row.duration_weeks ? `P${row.duration_weeks}W` : null,
    description: texts(row.description, row.language),
    teachingLanguages: [row.language],
    learningOutcomes: outcomes(row),
    ...(row.parent_unit_id ? { courseId: row.parent_unit_id } : {}),
    organisationId: row.institution_id,
    ...(consumer ? { consumer: unitConsumer(row) } : {}),
  };
}

export interface SessionRow {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly session_type: string;
  readonly start_date: string;
  readonly end_date: string;
  readonly parent_id: string | null;
}

export function toAcademicSession(row: SessionRow, consumer: boolean): Json {
  return {
    academicSessionId: row.id,
    academicSessionType: row.session_type,
    primaryCode: { codeType: 'identifier', code: row.code },
    name: [{ language: 'nl-NL', value: row.name }],
    startDateTime: dateTime(row.start_date),
    endDateTime: dateTime(row.end_date),
    ...(row.parent_id ? { parentId: row.parent_id } : {}),
    ...(consumer ? { consumer: { consumerKey: MBO_CONSUMER } } : {}),
  };
}

export interface OfferingRow {
  readonly id: string;
  readonly institution_id: string;
  readonly code: string;
  readonly programme_id: string | null;
  readonly unit_id: string | null;
  readonly unit_kind: string | null;
  readonly parent_title: string;
  readonly session_id: string | null;
  readonly location_code: string | null;
  readonly location_street: string | null;
  readonly location_postcode: string | null;
  readonly location_city: string | null;
  readonly intake: 'fixed' | 'flexible';
  readonly start_date: string | null;
  readonly end_date: string | null;
  readonly mode: Mode;
  readonly price_cents: number | null;
  readonly capacity: number | null;
  readonly application_start: string | null;
  readonly application_end: string | null;
  readonly status: string;
}

/** Which OEAPI offering an offering is: of a programme, a course or a learning component. */
export type OfferingType = 'programme' | 'course' | 'learning_component';

export function offeringTypeOf(row: Pick<OfferingRow, 'programme_id' | 'unit_kind'>): OfferingType {
  return row.programme_id ? 'programme' : row.unit_kind === 'learning_component' ? 'learning_component' : 'course';
}

export function toOffering(row: OfferingRow, consumer: boolean): Json {
  const type = offeringTypeOf(row);
  const idKey = type === 'programme' ? 'programmeOfferingId' : type === 'course' ? 'courseOfferingId' : 'learningComponentOfferingId';
  const flexible = row.intake === 'flexible';
  const base: Json = {
    [idKey]: row.id,
    primaryCode: { codeType: 'offering_code', code: row.code },
    name: [
      {
        language: 'nl-NL',
        value: row.start_date ? `${row.parent_title} (start ${row.start_date})` : `${row.parent_title} (flexibele instroom)`,
      },
    ],
    state: row.status === 'published' ? 'active' : 'cancelled',
    teachingLanguages: ['nl-NL'],
    modesOfDelivery: [modeToOeapi[row.mode]],
    maxNumberStudents: row.capacity,
    startDateTime: dateTime(row.start_date),
    endDateTime: dateTime(row.end_date),
    addresses: row.location_city
      ? [address({ street: row.location_street, postcode: row.location_postcode, city: row.location_city })]
      : null,
    priceInformation:
      row.price_cents === null
        ? null
        : [
            {
              costType: 'total_costs',
              amount: centsToAmount(row.price_cents),
              currency: 'EUR',
              displayAmount: [{ language: 'nl-NL', value: `€ ${centsToAmount(row.price_cents).replace('.', ',')}` }],
            },
          ],
    enrolmentPeriods: row.application_start
      ? [{ startDateTime: dateTime(row.application_start), endDateTime: dateTime(row.application_end) }]
      : null,
    organisationId: row.institution_id,
    ...(row.session_id ? { academicSessionId: row.session_id } : {}),
    ...(consumer
      ? {
          consumer: {
            consumerKey: MBO_CONSUMER,
            intakeType: row.intake,
            rioLocationCode: row.location_code,
            priceCents: row.price_cents,
            mode: row.mode,
          },
        }
      : {}),
  };
  if (flexible && type !== 'learning_component') {
    base['flexibleEntryPeriodStartDateTime'] = dateTime(row.start_date ?? row.application_start);
    // The specification types this field as a date for course offerings and as a date-time for programme offerings.
    base['flexibleEntryPeriodEndDateTime'] = type === 'course' ? row.end_date : dateTime(row.end_date);
  }
  if (type === 'programme') base['programmeId'] = row.programme_id;
  else if (type === 'course') base['courseId'] = row.unit_id;
  else base['learningComponentId'] = row.unit_id;
  return base;
}
