import fc from 'fast-check';
import {
  defaultParameters,
  scenarioInputsSchema,
  type CellInput,
  type Concept,
  type ScenarioInputs,
} from '../../src/logistics/domain/inputs.js';
import { hourNormRulesetIds } from '../../src/logistics/domain/rulesets.js';

/** Valid service concepts (minimum group size never above a group). */
export const conceptArb: fc.Arbitrary<Concept> = fc
  .record({
    groupSizeTheory: fc.integer({ min: 1, max: 60 }),
    groupSizePractice: fc.integer({ min: 1, max: 60 }),
    minFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    theoryPercent: fc.integer({ min: 0, max: 100 }),
    onlinePercent: fc.integer({ min: 0, max: 100 }),
    onlineSavingPercent: fc.integer({ min: 0, max: 100 }),
    elsewherePercent: fc.integer({ min: 0, max: 100 }),
    intakeMoments: fc.integer({ min: 1, max: 12 }),
    smallGroupPolicy: fc.constantFrom('merge' as const, 'postpone' as const),
  })
  .map(({ minFraction, ...c }) => ({
    ...c,
    minGroupSize: Math.max(1, Math.floor(minFraction * Math.min(c.groupSizeTheory, c.groupSizePractice))),
  }));

/** Valid cells (hours within the year, year within the programme). */
export const cellArb = (index: number): fc.Arbitrary<CellInput> =>
  fc
    .record({
      niveau: fc.integer({ min: 1, max: 4 }),
      leerweg: fc.constantFrom('BOL' as const, 'BBL' as const),
      programmeYears: fc.integer({ min: 1, max: 4 }),
      yearFraction: fc.double({ min: 0, max: 0.999, noNaN: true }),
      students: fc.integer({ min: 0, max: 400 }),
      totalHours: fc.integer({ min: 1, max: 2000 }),
      botFraction: fc.double({ min: 0, max: 1, noNaN: true }),
      bpvFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map((r) => {
      const bot = Math.floor(r.botFraction * r.totalHours);
      const bpv = Math.floor(r.bpvFraction * (r.totalHours - bot));
      return {
        crebo: String(10000 + index),
        title: `Opleiding ${index}`,
        niveau: r.niveau,
        leerweg: r.leerweg,
        year: 1 + Math.floor(r.yearFraction * r.programmeYears),
        programmeYears: r.programmeYears,
        students: r.students,
        totalHours: r.totalHours,
        botHours: bot,
        bpvHours: bpv,
        theoryRoomType: 'theorie',
        practiceRoomType: 'praktijk',
      };
    });

/** Valid scenarios of 1–6 cells with arbitrary parameters. */
export const inputsArb: fc.Arbitrary<ScenarioInputs> = fc
  .record({
    rulesetId: fc.constantFrom(...hourNormRulesetIds),
    concept: conceptArb,
    cells: fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => cellArb(i)))),
    hoursPerFte: fc.integer({ min: 1, max: 3000 }),
    loadFactorHundredths: fc.integer({ min: 10, max: 1000 }),
    supervisionHundredths: fc.integer({ min: 0, max: 20000 }),
    costPerFteCents: fc.integer({ min: 0, max: 100_000_000 }),
    roomCount: fc.integer({ min: 0, max: 100 }),
    capacity: fc.integer({ min: 1, max: 100 }),
    hoursPerWeek: fc.integer({ min: 1, max: 168 }),
  })
  .map((r) => ({
    rulesetId: r.rulesetId,
    concept: r.concept,
    parameters: {
      ...defaultParameters(),
      hoursPerFte: r.hoursPerFte,
      loadFactor: r.loadFactorHundredths / 100,
      bpvSupervisionHours: r.supervisionHundredths / 100,
      costPerFteCents: r.costPerFteCents,
    },
    rooms: [
      { key: 'theorie', name: 'Theorie', count: r.roomCount, capacity: r.capacity, hoursPerWeek: r.hoursPerWeek },
      { key: 'praktijk', name: 'Praktijk', count: r.roomCount, capacity: r.capacity, hoursPerWeek: r.hoursPerWeek },
    ],
    cells: r.cells,
  }))
  .filter((inputs) => scenarioInputsSchema.safeParse(inputs).success);
