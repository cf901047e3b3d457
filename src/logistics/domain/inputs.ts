import { z } from 'zod';
import { defaultFigures, defaultRulesetId, hourNormRulesetIds } from './rulesets.js';

/*
 * The inputs of the engine and their validation: one zod schema, used by the API (400 with a
 * message per field), by the web app (the same message next to the field) and by the tests.
 * Shares are whole percentages and hours whole hours, so that money can be computed exactly.
 */

export const leerwegen = ['BOL', 'BBL'] as const;
export type Leerweg = (typeof leerwegen)[number];
export const smallGroupPolicies = ['merge', 'postpone'] as const;
export type SmallGroupPolicy = (typeof smallGroupPolicies)[number];

/** The largest scenario the engine accepts (an institution has a few hundred cells at most). */
export const MAX_CELLS = 1000;
export const MAX_STUDENTS_PER_CELL = 5000;

const wholeNumber = (min: number, max: number) => z.number().int().min(min).max(max);
const percent = wholeNumber(0, 100);
/** A decimal with at most two decimals (load factor, supervision hours). */
const twoDecimals = (min: number, max: number) =>
  z
    .number()
    .min(min)
    .max(max)
    .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, {
      message: 'has at most two decimals',
      params: { code: 'not-multiple' },
    });

/** The knobs of the service concept; every cell follows them unless it overrides one. */
export const conceptSchema = z.object({
  groupSizeTheory: wholeNumber(1, 200),
  groupSizePractice: wholeNumber(1, 200),
  minGroupSize: wholeNumber(1, 200),
  /** Share of the begeleide onderwijstijd taught as theory (the rest is practice). */
  theoryPercent: percent,
  /** Share of the theory hours taught online. */
  onlinePercent: percent,
  /** How much teacher time an online hour saves, as a share of a classroom hour. */
  onlineSavingPercent: percent,
  /** Share of the begeleide onderwijstijd that students follow in units of other programmes. */
  elsewherePercent: percent,
  intakeMoments: wholeNumber(1, 12),
  smallGroupPolicy: z.enum(smallGroupPolicies),
});
export type Concept = z.infer<typeof conceptSchema>;

/** Staff, money and benchmark figures (defaults in rulesets.ts, with their sources). */
export const parametersSchema = z.object({
  hoursPerFte: wholeNumber(1, 3000),
  /** Hours of work per contact hour. */
  loadFactor: twoDecimals(0.1, 10),
  /** BPV supervision by the school, hours per student with BPV per year. */
  bpvSupervisionHours: twoDecimals(0, 200),
  costPerFteCents: wholeNumber(0, 100_000_000),
  fundingBolCents: wholeNumber(0, 10_000_000),
  fundingBblCents: wholeNumber(0, 10_000_000),
  benchmarkStudentsPerFte: twoDecimals(0.1, 1000),
  bblWeightPercent: percent,
  contactCapPerWeek: wholeNumber(1, 60),
  bpvHoursPerWeek: wholeNumber(1, 60),
  weeksPerYearForArrivals: wholeNumber(1, 53),
});
export type Parameters = z.infer<typeof parametersSchema>;

/** A type of room: how many there are, how many seats each has, how many hours a week each can be used. */
export const roomTypeSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/),
  name: z.string().trim().min(1).max(100),
  count: wholeNumber(0, 10_000),
  capacity: wholeNumber(1, 1000),
  hoursPerWeek: wholeNumber(1, 168),
});
export type RoomType = z.infer<typeof roomTypeSchema>;

const cellBase = z.object({
  /** The kwalificatie (crebo) the cell belongs to. */
  crebo: z.string().regex(/^[0-9]{5}$/),
  title: z.string().trim().min(1).max(200),
  niveau: wholeNumber(1, 4),
  leerweg: z.enum(leerwegen),
  /** Study year of the cell. */
  year: wholeNumber(1, 4),
  /** Length of the whole programme in years. */
  programmeYears: wholeNumber(1, 4),
  students: wholeNumber(0, MAX_STUDENTS_PER_CELL),
  /** Study load of the year (hours). */
  totalHours: wholeNumber(1, 2000),
  botHours: wholeNumber(0, 2000),
  bpvHours: wholeNumber(0, 2000),
  theoryRoomType: z.string().regex(/^[a-z0-9-]{1,40}$/),
  practiceRoomType: z.string().regex(/^[a-z0-9-]{1,40}$/),
  /** Seam for the catalogue: the unit this cell offers, when the catalogue is present. */
  unitId: z.string().max(100).nullable().optional(),
});

/** One cell: programme × leerweg × niveau × year, with its own values and optional overrides of the concept. */
export const cellSchema = cellBase.extend(conceptSchema.partial().shape).superRefine((cell, ctx) => {
  if (cell.bpvHours > cell.totalHours) {
    ctx.addIssue({
      code: 'custom',
      path: ['bpvHours'],
      message: 'is more than the total hours of the year',
      params: { code: 'out-of-range', reason: 'bpv-over-total' },
    });
  }
  if (cell.botHours + cell.bpvHours > cell.totalHours) {
    ctx.addIssue({
      code: 'custom',
      path: ['botHours'],
      message: 'begeleide onderwijstijd and BPV together exceed the total hours of the year',
      params: { code: 'out-of-range', reason: 'hours-over-total' },
    });
  }
  if (cell.year > cell.programmeYears) {
    ctx.addIssue({
      code: 'custom',
      path: ['year'],
      message: 'is beyond the length of the programme',
      params: { code: 'out-of-range', reason: 'year-over-length' },
    });
  }
});
export type CellInput = z.infer<typeof cellSchema>;

/** Everything the engine needs for one scenario. */
export const scenarioInputsSchema = z
  .object({
    rulesetId: z.enum(hourNormRulesetIds),
    concept: conceptSchema,
    parameters: parametersSchema,
    rooms: z.array(roomTypeSchema).max(50),
    cells: z.array(cellSchema).max(MAX_CELLS),
  })
  .superRefine((inputs, ctx) => {
    const { concept } = inputs;
    if (concept.minGroupSize > Math.min(concept.groupSizeTheory, concept.groupSizePractice)) {
      ctx.addIssue({
        code: 'custom',
        path: ['concept', 'minGroupSize'],
        message: 'is larger than a group',
        params: { code: 'out-of-range', reason: 'min-over-group' },
      });
    }
    const roomKeys = new Set<string>();
    inputs.rooms.forEach((room, i) => {
      if (roomKeys.has(room.key))
        ctx.addIssue({ code: 'custom', path: ['rooms', i, 'key'], message: 'appears twice', params: { code: 'duplicate' } });
      roomKeys.add(room.key);
    });
    const cellKeys = new Set<string>();
    inputs.cells.forEach((cell, i) => {
      const key = cellKey(cell);
      if (cellKeys.has(key))
        ctx.addIssue({ code: 'custom', path: ['cells', i, 'year'], message: 'this cell appears twice', params: { code: 'duplicate' } });
      cellKeys.add(key);
      for (const field of ['theoryRoomType', 'practiceRoomType'] as const) {
        if (!roomKeys.has(cell[field])) {
          ctx.addIssue({
            code: 'custom',
            path: ['cells', i, field],
            message: 'is not a known room type',
            params: { code: 'unknown-reference' },
          });
        }
      }
      // Only a cell that overrides a group size is checked here; the concept is checked on its own.
      const overrides = cell.minGroupSize !== undefined || cell.groupSizeTheory !== undefined || cell.groupSizePractice !== undefined;
      const resolved = resolveCell(cell, concept);
      if (overrides && resolved.minGroupSize > Math.min(resolved.groupSizeTheory, resolved.groupSizePractice)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cells', i, 'minGroupSize'],
          message: 'is larger than a group',
          params: { code: 'out-of-range', reason: 'min-over-group' },
        });
      }
    });
  });
export type ScenarioInputs = z.infer<typeof scenarioInputsSchema>;

/** The stable key of a cell within a scenario. */
export function cellKey(cell: Pick<CellInput, 'crebo' | 'leerweg' | 'year'>): string {
  return `${cell.crebo}-${cell.leerweg}-${cell.year}`;
}

/** A cell with the concept's values filled in where it does not override them. */
export type ResolvedCell = Omit<CellInput, keyof Concept> & Concept;

export function resolveCell(cell: CellInput, concept: Concept): ResolvedCell {
  // Written out field by field: a spread of a cell with optional fields is many times slower.
  return {
    crebo: cell.crebo,
    title: cell.title,
    niveau: cell.niveau,
    leerweg: cell.leerweg,
    year: cell.year,
    programmeYears: cell.programmeYears,
    students: cell.students,
    totalHours: cell.totalHours,
    botHours: cell.botHours,
    bpvHours: cell.bpvHours,
    theoryRoomType: cell.theoryRoomType,
    practiceRoomType: cell.practiceRoomType,
    unitId: cell.unitId ?? null,
    groupSizeTheory: cell.groupSizeTheory ?? concept.groupSizeTheory,
    groupSizePractice: cell.groupSizePractice ?? concept.groupSizePractice,
    minGroupSize: cell.minGroupSize ?? concept.minGroupSize,
    theoryPercent: cell.theoryPercent ?? concept.theoryPercent,
    onlinePercent: cell.onlinePercent ?? concept.onlinePercent,
    onlineSavingPercent: cell.onlineSavingPercent ?? concept.onlineSavingPercent,
    elsewherePercent: cell.elsewherePercent ?? concept.elsewherePercent,
    intakeMoments: cell.intakeMoments ?? concept.intakeMoments,
    smallGroupPolicy: cell.smallGroupPolicy ?? concept.smallGroupPolicy,
  };
}

/** The parameters a new scenario starts with (the sourced defaults). */
export function defaultParameters(): Parameters {
  return {
    hoursPerFte: defaultFigures.hoursPerFte.value,
    loadFactor: defaultFigures.loadFactor.value,
    bpvSupervisionHours: defaultFigures.bpvSupervisionHours.value,
    costPerFteCents: defaultFigures.costPerFteCents.value,
    fundingBolCents: defaultFigures.fundingBolCents.value,
    fundingBblCents: defaultFigures.fundingBblCents.value,
    benchmarkStudentsPerFte: defaultFigures.benchmarkStudentsPerFte.value,
    bblWeightPercent: defaultFigures.bblWeightPercent.value,
    contactCapPerWeek: defaultFigures.contactCapPerWeek.value,
    bpvHoursPerWeek: defaultFigures.bpvHoursPerWeek.value,
    weeksPerYearForArrivals: defaultFigures.weeksPerYearForArrivals.value,
  };
}

/** The concept a new scenario starts with (placeholders: 24 theory, 16 practice). */
export function defaultConcept(): Concept {
  return {
    groupSizeTheory: 24,
    groupSizePractice: 16,
    minGroupSize: 8,
    theoryPercent: 50,
    onlinePercent: 10,
    onlineSavingPercent: 30,
    elsewherePercent: 5,
    intakeMoments: 1,
    smallGroupPolicy: 'merge',
  };
}

/** The default rooms of a new scenario (demo placeholders). */
export function defaultRooms(): RoomType[] {
  return [
    { key: 'theorielokaal', name: 'Theorielokaal', count: 40, capacity: 30, hoursPerWeek: 40 },
    { key: 'praktijklokaal', name: 'Praktijklokaal', count: 20, capacity: 20, hoursPerWeek: 40 },
  ];
}

/** A complete set of inputs with defaults, for a new scenario. */
export function emptyInputs(): ScenarioInputs {
  return { rulesetId: defaultRulesetId, concept: defaultConcept(), parameters: defaultParameters(), rooms: defaultRooms(), cells: [] };
}
