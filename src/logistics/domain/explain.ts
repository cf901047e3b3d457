import { cellGroups, type CellResult, type EngineResult } from './engine.js';
import { cellKey, resolveCell, type ScenarioInputs } from './inputs.js';
import { hourNormRulesets } from './rulesets.js';

/*
 * Every output explains itself: its formula (written with the names of its terms, which the web
 * app translates) and the values of the terms it used. Explanations are built on demand, so the
 * engine's recompute stays lean.
 */

export const explainableOutputs = [
  'groups',
  'fillRate',
  'contactHours',
  'teacherHours',
  'fte',
  'studentsPerFte',
  'costCents',
  'costPerStudentCents',
  'fundingCents',
  'hourNorms',
  'studyLoad',
  'waitMeanWeeks',
  'waitP90Weeks',
  'roomHoursPerWeek',
] as const;
export type ExplainableOutput = (typeof explainableOutputs)[number];

/** One term of a formula with the value it had. */
export interface Term {
  readonly name: string;
  readonly value: number | string;
}

/** How an output came about. */
export interface Explanation {
  readonly output: ExplainableOutput | ExplainableTotal;
  readonly formula: string;
  readonly terms: readonly Term[];
  readonly value: number | string;
}

/** Explains one output of one cell; undefined when the scenario has no such cell. */
export function explainCell(inputs: ScenarioInputs, result: EngineResult, key: string, output: ExplainableOutput): Explanation | undefined {
  const raw = inputs.cells.find((c) => cellKey(c) === key);
  const cr: CellResult | undefined = result.cells.find((c) => c.key === key);
  if (!raw || !cr) return undefined;
  const cell = resolveCell(raw, inputs.concept);
  const p = inputs.parameters;
  const ruleset = hourNormRulesets[inputs.rulesetId];
  const g = cellGroups(cell);
  const ownBot = (cell.botHours * (100 - cell.elsewherePercent)) / 100;
  const t = (name: string, value: number | string): Term => ({ name, value });
  switch (output) {
    case 'groups':
      return {
        output,
        formula: 'groups = Σ⌈startingCohort / groupSizeTheory⌉ + Σ⌈startingCohort / groupSizePractice⌉ (smallGroupPolicy, minGroupSize)',
        terms: [
          t('students', cell.students),
          t('intakeMoments', cell.intakeMoments),
          t('cohorts', g.cohorts.join(' + ')),
          t('groupSizeTheory', cell.groupSizeTheory),
          t('groupSizePractice', cell.groupSizePractice),
          t('minGroupSize', cell.minGroupSize),
          t('smallGroupPolicy', cell.smallGroupPolicy),
          t('groupsTheory', cr.groupsTheory),
          t('groupsPractice', cr.groupsPractice),
        ],
        value: cr.groupsTheory + cr.groupsPractice,
      };
    case 'fillRate':
      return {
        output,
        formula:
          'fillRate = students × ownBotHours / (groupsTheory × groupSizeTheory × theoryHours + groupsPractice × groupSizePractice × practiceHours)',
        terms: [
          t('students', cell.students),
          t('ownBotHours', ownBot),
          t('theoryHours', (ownBot * cell.theoryPercent) / 100),
          t('practiceHours', (ownBot * (100 - cell.theoryPercent)) / 100),
          t('groupsTheory', cr.groupsTheory),
          t('groupSizeTheory', cell.groupSizeTheory),
          t('groupsPractice', cr.groupsPractice),
          t('groupSizePractice', cell.groupSizePractice),
        ],
        value: cr.fillRate,
      };
    case 'contactHours':
      return {
        output,
        formula:
          'contactHours = groupsTheory × theoryHours + groupsPractice × practiceHours; ownBotHours = botHours × (1 − elsewherePercent)',
        terms: [
          t('botHours', cell.botHours),
          t('elsewherePercent', cell.elsewherePercent),
          t('theoryPercent', cell.theoryPercent),
          t('groupsTheory', cr.groupsTheory),
          t('groupsPractice', cr.groupsPractice),
        ],
        value: cr.contactHours,
      };
    case 'teacherHours':
      return {
        output,
        formula:
          'teacherHours = (theoryContact × (1 − onlinePercent × onlineSavingPercent) + practiceContact) × loadFactor + students × botHours × elsewherePercent × (1 − onlinePercent × onlineSavingPercent) × loadFactor / groupSizeTheory + students × bpvSupervisionHours',
        terms: [
          t('contactHours', cr.contactHours),
          t('onlinePercent', cell.onlinePercent),
          t('onlineSavingPercent', cell.onlineSavingPercent),
          t('loadFactor', p.loadFactor),
          t('elsewherePercent', cell.elsewherePercent),
          t('groupSizeTheory', cell.groupSizeTheory),
          t('students', cell.students),
          t('bpvSupervisionHours', cell.bpvHours > 0 ? p.bpvSupervisionHours : 0),
        ],
        value: cr.teacherHours,
      };
    case 'fte':
      return {
        output,
        formula: 'fte = teacherHours / hoursPerFte',
        terms: [t('teacherHours', cr.teacherHours), t('hoursPerFte', p.hoursPerFte)],
        value: cr.fte,
      };
    case 'studentsPerFte':
      return {
        output,
        formula: 'studentsPerFte = weightedStudents / fte (benchmark: benchmarkStudentsPerFte)',
        terms: [
          t('weightedStudents', cr.weightedStudents),
          t('bblWeightPercent', p.bblWeightPercent),
          t('fte', cr.fte),
          t('benchmarkStudentsPerFte', p.benchmarkStudentsPerFte),
        ],
        value: cr.studentsPerFte,
      };
    case 'costCents':
      return {
        output,
        formula: 'costCents = round(teacherHours × costPerFteCents / hoursPerFte)',
        terms: [t('teacherHours', cr.teacherHours), t('costPerFteCents', p.costPerFteCents), t('hoursPerFte', p.hoursPerFte)],
        value: cr.costCents,
      };
    case 'costPerStudentCents':
      return {
        output,
        formula: 'costPerStudentCents = round(costCents / students) (funding: fundingPerStudentCents)',
        terms: [t('costCents', cr.costCents), t('students', cell.students), t('fundingPerStudentCents', cr.fundingPerStudentCents)],
        value: cr.costPerStudentCents,
      };
    case 'fundingCents':
      return {
        output,
        formula: 'fundingCents = students × fundingPerStudentCents',
        terms: [t('students', cell.students), t('leerweg', cell.leerweg), t('fundingPerStudentCents', cr.fundingPerStudentCents)],
        value: cr.fundingCents,
      };
    case 'hourNorms':
      return {
        output,
        formula: 'hourNorms: ruleset minimums for botHours, bpvHours and their total (programme and first year)',
        terms: [
          t('ruleset', ruleset.name),
          t('botHours', cell.botHours),
          t('bpvHours', cell.bpvHours),
          t('programmeYears', cell.programmeYears),
          ...cr.hourNorms.failures.map((f) => t(f.rule, `${round1(f.measured)} < ${f.required}`)),
        ],
        value: cr.hourNorms.pass ? 'pass' : 'fail',
      };
    case 'studyLoad':
      return {
        output,
        formula:
          'weeklyLoad = totalHours / weeksPerYear ≤ maxHoursPerWeek; weeklyContact = botHours / (weeksPerYear − bpvHours / bpvHoursPerWeek) ≤ contactCapPerWeek',
        terms: [
          t('totalHours', cell.totalHours),
          t('weeksPerYear', ruleset.weeksPerYear),
          t('maxHoursPerWeek', ruleset.maxHoursPerWeek),
          t('botHours', cell.botHours),
          t('bpvHours', cell.bpvHours),
          t('bpvHoursPerWeek', p.bpvHoursPerWeek),
          t('contactCapPerWeek', p.contactCapPerWeek),
          t('weeklyLoad', cr.studyLoad.weeklyLoad),
          t('weeklyContact', cr.studyLoad.weeklyContact),
        ],
        value: cr.studyLoad.pass ? 'pass' : 'fail',
      };
    case 'waitMeanWeeks':
    case 'waitP90Weeks':
      return {
        output,
        formula:
          output === 'waitMeanWeeks'
            ? 'waitMeanWeeks = Σ cohort × (½ + extraIntervals) / students × weeksPerYearForArrivals / intakeMoments (year 1 only)'
            : 'waitP90Weeks = 90th percentile of the uniform waits [extraIntervals, extraIntervals + 1) × weeksPerYearForArrivals / intakeMoments (year 1 only)',
        terms: [
          t('year', cell.year),
          t('intakeMoments', cell.intakeMoments),
          t('weeksPerYearForArrivals', p.weeksPerYearForArrivals),
          t('cohorts', g.cohorts.join(' + ')),
          t('extraIntervals', g.extra.join(' + ')),
          t('smallGroupPolicy', cell.smallGroupPolicy),
        ],
        value: output === 'waitMeanWeeks' ? cr.waitMeanWeeks : cr.waitP90Weeks,
      };
    case 'roomHoursPerWeek':
      return {
        output,
        formula: 'roomHoursPerWeek = (groupsTheory × theoryHours × (1 − onlinePercent) + groupsPractice × practiceHours) / weeksPerYear',
        terms: [
          t('groupsTheory', cr.groupsTheory),
          t('groupsPractice', cr.groupsPractice),
          t('onlinePercent', cell.onlinePercent),
          t('weeksPerYear', ruleset.weeksPerYear),
          ...Object.entries(cr.roomHoursPerWeek).map(([k, v]) => t(k, v)),
        ],
        value: Object.values(cr.roomHoursPerWeek).reduce((a, b) => a + b, 0),
      };
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export const explainableTotals = [
  'groups',
  'fillRate',
  'fte',
  'studentsPerFte',
  'costCents',
  'costPerStudentCents',
  'fundingCents',
  'balanceCents',
  'hourNorms',
  'studyLoad',
  'waitMeanWeeks',
  'waitP90Weeks',
  'peakRooms',
  'utilisation',
] as const;
export type ExplainableTotal = (typeof explainableTotals)[number];

/** Explains one output of the institution's totals (room outputs per room type, given by `roomKey`). */
export function explainTotal(
  inputs: ScenarioInputs,
  result: EngineResult,
  output: ExplainableTotal,
  roomKey?: string,
): Explanation | undefined {
  const r = result.totals;
  const p = inputs.parameters;
  const t = (name: string, value: number | string): Term => ({ name, value });
  const sum = (pick: (c: CellResult) => number) => result.cells.reduce((s, c) => s + pick(c), 0);
  const room = r.rooms.find((x) => x.key === roomKey) ?? r.rooms[0];
  switch (output) {
    case 'groups':
      return {
        output: 'groups',
        formula: 'groups = Σ (groupsTheory + groupsPractice) over the cells',
        terms: [
          t(
            'groupsTheory',
            sum((c) => c.groupsTheory),
          ),
          t(
            'groupsPractice',
            sum((c) => c.groupsPractice),
          ),
        ],
        value: r.groups,
      };
    case 'fillRate':
      return {
        output: 'fillRate',
        formula: 'fillRate = Σ students × ownBotHours / Σ seat hours offered (groups × group size × hours)',
        terms: [t('students', r.students), t('contactHours', r.contactHours)],
        value: r.fillRate,
      };
    case 'fte':
      return {
        output: 'fte',
        formula: 'fte = Σ teacherHours / hoursPerFte',
        terms: [t('teacherHours', r.teacherHours), t('hoursPerFte', p.hoursPerFte)],
        value: r.fte,
      };
    case 'studentsPerFte':
      return {
        output: 'studentsPerFte',
        formula: 'studentsPerFte = Σ weightedStudents / fte (benchmark: benchmarkStudentsPerFte)',
        terms: [t('weightedStudents', r.weightedStudents), t('fte', r.fte), t('benchmarkStudentsPerFte', r.benchmarkStudentsPerFte)],
        value: r.studentsPerFte,
      };
    case 'costCents':
      return {
        output: 'costCents',
        formula: 'costCents = Σ costCents over the cells (each rounded once)',
        terms: [t('cells', result.cells.length)],
        value: r.costCents,
      };
    case 'costPerStudentCents':
      return {
        output: 'costPerStudentCents',
        formula: 'costPerStudentCents = round(costCents / students) (funding: fundingPerStudentCents)',
        terms: [t('costCents', r.costCents), t('students', r.students), t('fundingPerStudentCents', r.fundingPerStudentCents)],
        value: r.costPerStudentCents,
      };
    case 'fundingCents':
      return {
        output: 'fundingCents',
        formula: 'fundingCents = Σ students × fundingPerStudentCents (BOL or BBL)',
        terms: [t('fundingBolCents', p.fundingBolCents), t('fundingBblCents', p.fundingBblCents), t('students', r.students)],
        value: r.fundingCents,
      };
    case 'balanceCents':
      return {
        output: 'balanceCents',
        formula: 'balanceCents = fundingCents − costCents',
        terms: [t('fundingCents', r.fundingCents), t('costCents', r.costCents)],
        value: r.balanceCents,
      };
    case 'hourNorms':
      return {
        output: 'hourNorms',
        formula: 'hourNorms: cells that fail a minimum of the ruleset',
        terms: [t('ruleset', hourNormRulesets[inputs.rulesetId].name), t('cells', result.cells.length)],
        value: r.cellsFailingHourNorms,
      };
    case 'studyLoad':
      return {
        output: 'studyLoad',
        formula: 'studyLoad: cells whose weeklyLoad or weeklyContact exceeds its maximum',
        terms: [t('maxHoursPerWeek', hourNormRulesets[inputs.rulesetId].maxHoursPerWeek), t('contactCapPerWeek', p.contactCapPerWeek)],
        value: r.cellsFailingStudyLoad,
      };
    case 'waitMeanWeeks':
    case 'waitP90Weeks':
      return {
        output,
        formula:
          output === 'waitMeanWeeks'
            ? 'waitMeanWeeks = Σ students × waitMeanWeeks / Σ students over the intake cells (year 1)'
            : 'waitP90Weeks = 90th percentile of the waits of every student entering year 1 (all intake cells together)',
        terms: [
          t(
            'students',
            sum((c) => (c.key.endsWith('-1') ? c.students : 0)),
          ),
          t('weeksPerYearForArrivals', p.weeksPerYearForArrivals),
        ],
        value: output === 'waitMeanWeeks' ? r.waitMeanWeeks : r.waitP90Weeks,
      };
    case 'peakRooms':
    case 'utilisation':
      if (!room) return undefined;
      return {
        output,
        formula:
          output === 'peakRooms'
            ? 'peakRooms = ⌈Σ roomHoursPerWeek / hoursPerWeek⌉ (shortfall: peakRooms − available)'
            : 'utilisation = Σ roomHoursPerWeek / (available × hoursPerWeek)',
        terms: [
          t('roomType', room.name),
          t('roomHoursPerWeek', room.neededHoursPerWeek),
          t('hoursPerWeek', room.hoursPerWeek),
          t('available', room.available),
        ],
        value: output === 'peakRooms' ? room.peakRooms : room.utilisation,
      };
  }
}
