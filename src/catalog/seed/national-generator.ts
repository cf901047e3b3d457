import { derivedUuid } from '../domain/oeapi-map.js';
import { domains, electiveSubjects, institutionPatterns, places, streets, titlePatterns } from './national-vocabulary.js';

/*
 * A national-scale catalogue generated from a seed: the same seed gives the same catalogue (content
 * and ids), for benchmarks and demonstrations. Institution and location codes use the 8xx range so
 * that they do not collide with the demo institutions (9xx). Everything is flagged as demo data.
 */

/** A small, fast PRNG (mulberry32): deterministic per seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
function weighted<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((n, [, w]) => n + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r <= 0) return item;
  }
  return items[items.length - 1]?.[0] as T;
}

export interface NationalOptions {
  readonly seed: number;
  readonly institutions: number;
  readonly units: number;
  /** The day the catalogue is generated for (offerings start after it). */
  readonly today: string;
}

/** The reference data the catalogue needs, in the reference module's JSON import format. */
export interface ReferenceDocument {
  institutions: Array<Record<string, unknown>>;
  qualifications: Array<Record<string, unknown>>;
  electives: Array<Record<string, unknown>>;
}

export interface GeneratedUnit {
  readonly id: string;
  readonly institutionCode: string;
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly sbu: number;
  readonly durationWeeks: number | null;
  readonly learningOutcomes: string[];
  readonly crebo: string | null;
  readonly electiveCode: string | null;
  readonly covers: string[];
  readonly leerwegen: string[];
  readonly standalone: boolean;
  readonly leadsTo: 'certificate' | 'badge' | null;
}

export interface GeneratedOffering {
  readonly id: string;
  readonly unitId: string;
  readonly institutionCode: string;
  readonly code: string;
  readonly intake: 'fixed' | 'flexible';
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly mode: 'on_site' | 'online' | 'hybrid';
  readonly locationCode: string | null;
  readonly priceCents: number;
  readonly capacity: number | null;
  readonly applicationStart: string | null;
  readonly applicationEnd: string | null;
}

interface Qualification {
  crebo: string;
  title: string;
  niveau: number;
  domain: string;
  codes: string[];
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The reference data: institutions with locations, kwalificaties with core tasks and work processes, keuzedelen. */
export function generateReference(options: NationalOptions): {
  document: ReferenceDocument;
  qualifications: Qualification[];
  electives: string[];
} {
  const rng = random(options.seed);
  const institutions: Array<Record<string, unknown>> = [];
  for (let i = 0; i < options.institutions; i += 1) {
    const home = places[i % places.length] ?? places[0];
    const pattern = pick(rng, institutionPatterns);
    const name = `${pattern.replace('{city}', home?.city ?? '')}${i >= places.length ? ` ${Math.floor(i / places.length) + 1}` : ''}`;
    const code = `8${String(i).padStart(2, '0')}A001`;
    const count = 1 + Math.floor(rng() * 4);
    const locations = Array.from({ length: count }, (_, k) => {
      const place =
        k === 0
          ? home
          : pick(
              rng,
              places.filter((p) => p.province === home?.province),
            );
      return {
        code: `8${String(i).padStart(2, '0')}X${String(k + 1).padStart(3, '0')}`,
        name: `${name} ${place?.city ?? ''} ${k + 1}`,
        street: `${pick(rng, streets)} ${1 + Math.floor(rng() * 120)}`,
        postcode: `${place?.postcode ?? '1000'} ${String.fromCharCode(65 + Math.floor(rng() * 26))}${String.fromCharCode(65 + Math.floor(rng() * 26))}`,
        city: place?.city ?? '',
        province: place?.province ?? 'Utrecht',
        demo: true,
      };
    });
    institutions.push({ code, name, city: home?.city, website: `https://${code.toLowerCase()}.demo.doorpakken.nl`, demo: true, locations });
  }

  const qualifications: Qualification[] = [];
  let crebo = 30000;
  for (const domain of domains) {
    for (const title of domain.qualifications) {
      const niveau = domain.name === 'Entree' ? 1 : 2 + Math.floor(rng() * 3);
      const tasks = 2 + Math.floor(rng() * 2);
      const codes: string[] = [];
      for (let k = 1; k <= tasks; k += 1) {
        codes.push(`B1-K${k}`);
        const processes = 2 + Math.floor(rng() * 3);
        for (let w = 1; w <= processes; w += 1) codes.push(`B1-K${k}-W${w}`);
      }
      crebo += 1 + Math.floor(rng() * 7);
      qualifications.push({ crebo: String(crebo), title, niveau, domain: domain.name, codes });
    }
  }
  const electives: string[] = [];
  const electiveRecords: Array<Record<string, unknown>> = [];
  let k = 1000;
  for (const subject of [...electiveSubjects, ...domains.flatMap((d) => d.subjects.slice(0, 8))]) {
    k += 1;
    electives.push(`K${k}`);
    electiveRecords.push({
      code: `K${k}`,
      title: subject,
      sbu: pick(rng, [240, 240, 240, 480, 720]),
      niveau: 2 + Math.floor(rng() * 3),
      demo: true,
    });
  }
  const document: ReferenceDocument = {
    institutions,
    electives: electiveRecords,
    qualifications: qualifications.map((q) => ({
      crebo: q.crebo,
      title: q.title,
      niveau: q.niveau,
      domain: q.domain,
      dossier_crebo: String(Number(q.crebo) + 20000),
      dossier_title: q.title,
      demo: true,
      core_tasks: q.codes
        .filter((c) => !c.includes('-W'))
        .map((task) => ({
          code: task,
          title: `Kerntaak ${task.slice(-1)} ${q.title.toLowerCase()}`,
          work_processes: q.codes
            .filter((c) => c.startsWith(`${task}-W`))
            .map((wp) => ({ code: wp, title: `Werkproces ${wp.slice(-2)} (${q.title})` })),
        })),
      electives: electives.filter(() => rng() < 0.04),
    })),
  };
  return { document, qualifications, electives };
}

/**
 * The units and offerings, institution by institution. Sizes follow a long tail (a few large
 * regional colleges, many small specialised schools); every unit has one to three offerings.
 */
export function* generateUnits(
  options: NationalOptions,
  reference: { qualifications: Qualification[]; electives: string[]; institutions: Array<Record<string, unknown>> },
): Generator<{ unit: GeneratedUnit; offerings: GeneratedOffering[] }> {
  const rng = random(options.seed * 7919 + 17);
  const weights = reference.institutions.map((_, i) => 1 / Math.pow(i + 1, 0.6));
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.floor((w / total) * options.units));
  sizes[0] = (sizes[0] ?? 0) + options.units - sizes.reduce((a, b) => a + b, 0);
  const domainWeights = domains.map((d) => [d, d.weight] as const);
  let made = 0;
  for (const [index, institution] of reference.institutions.entries()) {
    const code = String(institution['code']);
    const locations = (institution['locations'] as Array<{ code: string }>).map((l) => l.code);
    // Each institution has a profile: the domains it is strong in.
    const focus = new Set(Array.from({ length: 2 + Math.floor(rng() * 4) }, () => weighted(rng, domainWeights).name));
    for (let n = 0; n < (sizes[index] ?? 0); n += 1) {
      made += 1;
      const domain =
        rng() < 0.8
          ? (domains.find((d) => focus.has(d.name) && rng() < 0.6) ?? weighted(rng, domainWeights))
          : weighted(rng, domainWeights);
      const subject = pick(rng, domain.subjects);
      const title = pick(rng, titlePatterns).replace('{subject}', subject);
      const elective = rng() < 0.25;
      const quals = reference.qualifications.filter((q) => q.domain === domain.name);
      const qualification = elective ? undefined : pick(rng, quals);
      const covers = qualification ? qualification.codes.filter(() => rng() < 0.35).slice(0, 6) : [];
      const sbu = weighted(rng, [
        [60, 20],
        [120, 25],
        [240, 35],
        [480, 12],
        [80, 3],
        [160, 3],
        [400, 1],
        [720, 1],
      ] as const);
      const weeks = rng() < 0.9 ? Math.max(1, Math.round(sbu / (10 + rng() * 20))) : null;
      const standalone = rng() < 0.45;
      const leadsTo = standalone
        ? weighted(rng, [
            ['certificate', 45],
            ['badge', 35],
            [null, 20],
          ] as const)
        : null;
      const unitId = derivedUuid(`${options.seed}:unit:${made}`);
      const unit: GeneratedUnit = {
        id: unitId,
        institutionCode: code,
        code: `N${made}`,
        title,
        description: `${title}. Een module over ${subject.toLowerCase()} voor het domein ${domain.name.toLowerCase()}, met praktijkopdrachten en een afsluitende beoordeling.`,
        sbu,
        durationWeeks: weeks,
        learningOutcomes:
          rng() < 0.85
            ? [
                `Past ${subject.toLowerCase()} toe in een beroepssituatie`,
                `Reflecteert op het eigen handelen bij ${subject.toLowerCase()}`,
              ].slice(0, 1 + Math.floor(rng() * 2))
            : [],
        crebo: qualification?.crebo ?? null,
        electiveCode: elective ? pick(rng, reference.electives) : null,
        covers: covers.length > 0 ? covers : qualification ? [qualification.codes[0] ?? 'B1-K1'] : [],
        leerwegen: weighted(rng, [
          [['BOL', 'BBL'], 60],
          [['BOL'], 25],
          [['BBL'], 15],
        ] as const).slice(),
        standalone,
        leadsTo,
      };
      const offerings: GeneratedOffering[] = [];
      const count = weighted(rng, [
        [1, 35],
        [2, 40],
        [3, 25],
      ] as const);
      for (let o = 0; o < count; o += 1) {
        const intake = rng() < 0.25 ? 'flexible' : 'fixed';
        const mode = weighted(rng, [
          ['on_site', 60],
          ['hybrid', 25],
          ['online', 15],
        ] as const);
        // Starts cluster in September and February, the usual intake moments.
        const month = weighted(rng, [
          [8, 30],
          [1, 25],
          [3, 8],
          [4, 8],
          [10, 8],
          [5, 7],
          [11, 7],
          [6, 7],
        ] as const);
        const start =
          intake === 'fixed'
            ? addDays(options.today, ((month + 12 - Number(options.today.slice(5, 7))) % 12) * 30 + Math.floor(rng() * 28) + 7)
            : null;
        const paid = rng() < 0.7;
        offerings.push({
          id: derivedUuid(`${options.seed}:offering:${made}:${o}`),
          unitId,
          institutionCode: code,
          code: `N${made}-${o + 1}`,
          intake,
          startDate: start,
          endDate: start && weeks ? addDays(start, weeks * 7) : null,
          mode,
          locationCode: mode === 'online' ? null : pick(rng, locations),
          // Adults pay (a long tail from about € 150 to € 1.600); regular students follow for free.
          priceCents: paid ? Math.round((150 + Math.exp(rng() * 2.8) * 90) / 5) * 500 : 0,
          capacity: mode === 'online' ? null : 12 + Math.floor(rng() * 19),
          applicationStart: start ? addDays(start, -120) : null,
          applicationEnd: start ? addDays(start, -14) : null,
        });
      }
      yield { unit, offerings };
    }
  }
}
