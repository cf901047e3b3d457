import type { ItemKind, ItemStatus } from './codes.js';
import type { RecordProblem } from './records.js';

/** What the platform knows that a record may refer to, loaded once for a record or a whole file. */
export interface ReferenceContext {
  readonly institutionId: string;
  /** Kwalificaties by crebo, with their niveau and the codes of their core tasks and work processes. */
  readonly qualifications: ReadonlyMap<string, { readonly niveau: number; readonly codes: ReadonlySet<string> }>;
  readonly electives: ReadonlySet<string>;
  /** RIO location codes of the institution. */
  readonly locations: ReadonlySet<string>;
  readonly programmes: ReadonlyMap<string, { readonly institutionId: string; readonly status: ItemStatus }>;
  readonly units: ReadonlyMap<string, { readonly institutionId: string; readonly status: ItemStatus; readonly kind: string }>;
  readonly sessions: ReadonlyMap<string, { readonly institutionId: string }>;
}

/** The ids and codes a record refers to, so that the store can load exactly those. */
export interface Wanted {
  crebos: Set<string>;
  electives: Set<string>;
  ids: Set<string>;
}

/** Collects what a record refers to. */
export function wantedBy(
  content: Record<string, unknown>,
  into: Wanted = { crebos: new Set(), electives: new Set(), ids: new Set() },
): Wanted {
  const str = (key: string) => (typeof content[key] === 'string' ? content[key] : null);
  const crebo = str('crebo');
  if (crebo) into.crebos.add(crebo);
  const elective = str('electiveCode');
  if (elective) into.electives.add(elective);
  for (const key of ['programmeId', 'parentUnitId', 'unitId', 'sessionId', 'parentId']) {
    const id = str(key);
    if (id) into.ids.add(id);
  }
  return into;
}

/**
 * Problems with what a record refers to: unknown kwalificaties, keuzedelen, core tasks and work
 * processes, locations of another institution, and items of another institution or not yet
 * published (when `publishing`).
 */
export function referenceProblems(
  kind: ItemKind,
  content: Record<string, unknown>,
  context: ReferenceContext,
  options: { readonly publishing: boolean },
): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const own = (entry: { institutionId: string } | undefined) => entry !== undefined && entry.institutionId === context.institutionId;
  const str = (key: string) => (typeof content[key] === 'string' ? content[key] : null);

  const crebo = str('crebo');
  const qualification = crebo ? context.qualifications.get(crebo) : undefined;
  if (crebo && !qualification) problems.push({ field: 'crebo', code: 'catalog.unknown-qualification', params: { value: crebo } });
  if (kind === 'programmes' && qualification && content['niveau'] !== qualification.niveau) {
    problems.push({ field: 'niveau', code: 'catalog.niveau-mismatch', params: { value: qualification.niveau } });
  }
  const elective = str('electiveCode');
  if (elective && !context.electives.has(elective))
    problems.push({ field: 'electiveCode', code: 'catalog.unknown-elective', params: { value: elective } });
  if (qualification && Array.isArray(content['covers'])) {
    for (const code of content['covers'] as string[]) {
      if (!qualification.codes.has(code)) problems.push({ field: 'covers', code: 'catalog.unknown-coverage', params: { value: code } });
    }
  }
  const location = str('locationCode');
  if (location && !context.locations.has(location))
    problems.push({ field: 'locationCode', code: 'catalog.unknown-location', params: { value: location } });

  const programmeId = str('programmeId');
  if (programmeId) {
    const programme = context.programmes.get(programmeId);
    if (!own(programme)) problems.push({ field: 'programmeId', code: 'catalog.unknown-item', params: { value: programmeId } });
    else if (options.publishing && kind === 'offerings' && programme?.status !== 'published') {
      problems.push({ field: 'programmeId', code: 'catalog.parent-not-published' });
    }
  }
  for (const key of ['parentUnitId', 'unitId'] as const) {
    const id = str(key);
    if (!id) continue;
    const unit = context.units.get(id);
    if (!own(unit)) problems.push({ field: key, code: 'catalog.unknown-item', params: { value: id } });
    else if (key === 'parentUnitId' && unit?.kind !== 'course') problems.push({ field: key, code: 'catalog.parent-not-a-course' });
    else if (options.publishing && unit?.status !== 'published') problems.push({ field: key, code: 'catalog.parent-not-published' });
  }
  for (const key of ['sessionId', 'parentId'] as const) {
    const id = str(key);
    if (id && !own(context.sessions.get(id))) problems.push({ field: key, code: 'catalog.unknown-item', params: { value: id } });
  }
  return problems;
}
