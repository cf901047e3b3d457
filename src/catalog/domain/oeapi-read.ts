import { z } from 'zod';
import { amountToCents, LEERWEGEN, modeFromOeapi, type Mode } from './codes.js';
import { dateOf, MBO_CONSUMER } from './oeapi-map.js';

/*
 * Reading OEAPI v6 objects from elsewhere (an import file or another institution's endpoint) into
 * our content. Lenient where the specification allows variation (extra fields, several languages),
 * strict where we cannot do without (ids, names, study load).
 */

const text = z.object({ language: z.string(), value: z.string() });
const texts = z.array(text).nullish();
const code = z.object({ codeType: z.string(), code: z.string().min(1).max(200) });

/** The text in Dutch when there is one, else the first. */
export function pick(list: ReadonlyArray<{ language: string; value: string }> | null | undefined): string | null {
  if (!list || list.length === 0) return null;
  return (list.find((t) => t.language.toLowerCase().startsWith('nl')) ?? list[0])?.value ?? null;
}

const mboConsumer = z
  .object({
    consumerKey: z.literal(MBO_CONSUMER),
    crebo: z.string().nullish(),
    keuzedeelCode: z.string().nullish(),
    leerwegen: z.array(z.string()).nullish(),
    coreTasks: z.array(z.string()).nullish(),
    workProcesses: z.array(z.string()).nullish(),
    standalone: z.boolean().nullish(),
    leadsTo: z.string().nullish(),
    intakeType: z.string().nullish(),
    rioLocationCode: z.string().nullish(),
    priceCents: z.number().int().nullish(),
    mode: z.string().nullish(),
    leerweg: z.string().nullish(),
    niveau: z.number().int().nullish(),
  })
  .loose();

/** The x-mbo-catalogus consumer of an object, if it carries one (a consumer of another key is ignored). */
function consumerOf(value: unknown): z.output<typeof mboConsumer> | null {
  const list = Array.isArray(value) ? value : [value];
  for (const item of list) {
    const parsed = mboConsumer.safeParse(item);
    if (parsed.success) return parsed.data;
  }
  return null;
}

const studyLoad = z.array(z.object({ studyLoadUnit: z.string(), value: z.number() })).nullish();

/** An OEAPI course or learning component, as far as we read it. */
export const oeapiUnit = z
  .object({
    courseId: z.uuid().optional(),
    componentId: z.uuid().optional(),
    primaryCode: code,
    name: z.array(text).min(1),
    description: texts,
    studyLoad,
    duration: z.string().nullish(),
    level: z.string().nullish(),
    teachingLanguages: z.array(z.string()).nullish(),
    learningOutcomes: z.array(z.object({ name: z.array(text) }).loose()).nullish(),
    otherCodes: z.array(code).nullish(),
    componentType: z.string().nullish(),
    organisationId: z.uuid().nullish(),
    validTo: z.string().nullish(),
    consumer: z.unknown().optional(),
  })
  .loose()
  .refine((u) => (u.courseId ?? u.componentId) !== undefined, { message: 'has neither courseId nor componentId', path: ['courseId'] });
export type OeapiUnit = z.output<typeof oeapiUnit>;

/** An OEAPI offering of a course or learning component, as far as we read it. */
export const oeapiOffering = z
  .object({
    courseOfferingId: z.uuid().optional(),
    learningComponentOfferingId: z.uuid().optional(),
    programmeOfferingId: z.uuid().optional(),
    courseId: z.uuid().nullish(),
    learningComponentId: z.uuid().nullish(),
    programmeId: z.uuid().nullish(),
    primaryCode: code,
    state: z.string().nullish(),
    startDateTime: z.string().nullish(),
    endDateTime: z.string().nullish(),
    flexibleEntryPeriodStartDateTime: z.string().nullish(),
    flexibleEntryPeriodEndDateTime: z.string().nullish(),
    modesOfDelivery: z.array(z.string()).nullish(),
    maxNumberStudents: z.number().nullish(),
    priceInformation: z
      .array(z.object({ costType: z.string(), amount: z.string().nullish(), currency: z.string().nullish() }).loose())
      .nullish(),
    enrolmentPeriods: z.array(z.object({ startDateTime: z.string(), endDateTime: z.string().nullish() }).loose()).nullish(),
    organisationId: z.uuid().nullish(),
    consumer: z.unknown().optional(),
  })
  .loose();
export type OeapiOffering = z.output<typeof oeapiOffering>;

function weeks(duration: string | null | undefined): number | null {
  const match = /^P(\d{1,3})W$/.exec(duration ?? '');
  if (match) return Number(match[1]);
  const months = /^P(\d{1,2})M$/.exec(duration ?? '');
  return months ? Math.round(Number(months[1]) * 4.33) : null;
}

/** A unit's content (references as codes, resolved later) from an OEAPI course or learning component. */
export function unitFromOeapi(u: OeapiUnit): Record<string, unknown> & { sbu: number | null } {
  const mbo = consumerOf(u.consumer);
  const sbuLoad = u.studyLoad?.find((l) => l.studyLoadUnit === 'sbu' || l.studyLoadUnit === 'hour');
  const ects = u.studyLoad?.find((l) => l.studyLoadUnit === 'ects');
  const otherCode = (type: string) => u.otherCodes?.find((c) => c.codeType === type)?.code ?? null;
  const leerwegen = (mbo?.leerwegen ?? []).filter((l): l is (typeof LEERWEGEN)[number] => (LEERWEGEN as readonly string[]).includes(l));
  const language = u.teachingLanguages?.[0];
  return {
    code: u.primaryCode.code,
    kind: u.componentId && !u.courseId ? 'learning_component' : 'course',
    componentType: u.componentId && !u.courseId ? (u.componentType ?? 'practical') : null,
    title: pick(u.name),
    description: pick(u.description),
    sbu: sbuLoad ? Math.round(sbuLoad.value) : ects ? Math.round(ects.value * 28) : null,
    durationWeeks: weeks(u.duration),
    learningOutcomes: (u.learningOutcomes ?? []).map((o) => pick(o.name)).filter((t): t is string => !!t),
    crebo: mbo?.crebo ?? otherCode('programme_code'),
    electiveCode: mbo?.keuzedeelCode ?? otherCode('x-keuzedeel'),
    covers: [...(mbo?.coreTasks ?? []), ...(mbo?.workProcesses ?? [])],
    leerwegen: leerwegen.length ? leerwegen : ['BOL', 'BBL'],
    standalone: mbo?.standalone ?? false,
    leadsTo: mbo?.leadsTo === 'certificate' || mbo?.leadsTo === 'badge' ? mbo.leadsTo : null,
    language: language && /^[a-z]{2,3}(-[A-Z]{2})?$/.test(language) ? language : 'nl-NL',
  };
}

/** An offering's content from an OEAPI offering (its unit is named by the remote unit id). */
export function offeringFromOeapi(o: OeapiOffering): Record<string, unknown> {
  const mbo = consumerOf(o.consumer);
  const flexible = mbo?.intakeType === 'flexible' || (!!o.flexibleEntryPeriodStartDateTime && !o.startDateTime);
  const mode: Mode = (mbo?.mode as Mode | undefined) ?? modeFromOeapi(o.modesOfDelivery?.[0]) ?? 'on_site';
  const total = o.priceInformation?.find((p) => p.costType === 'total_costs') ?? o.priceInformation?.[0];
  const enrolment = o.enrolmentPeriods?.[0];
  return {
    code: o.primaryCode.code,
    intake: flexible ? 'flexible' : 'fixed',
    startDate: dateOf(o.startDateTime) ?? (flexible ? null : dateOf(o.flexibleEntryPeriodStartDateTime)),
    endDate: dateOf(o.endDateTime) ?? dateOf(o.flexibleEntryPeriodEndDateTime),
    mode: ['on_site', 'online', 'hybrid'].includes(mode) ? mode : 'on_site',
    locationCode: mbo?.rioLocationCode ?? null,
    priceCents: mbo?.priceCents ?? (total ? amountToCents(total.amount) : null),
    capacity: o.maxNumberStudents ? Math.round(o.maxNumberStudents) : null,
    applicationStart: dateOf(enrolment?.startDateTime),
    applicationEnd: dateOf(enrolment?.endDateTime),
    cancelled: o.state === 'cancelled' || o.state === 'inactive',
  };
}
