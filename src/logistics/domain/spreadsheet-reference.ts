import type { ScenarioInputs } from './inputs.js';

/*
 * The same formulas written plainly, the way a spreadsheet computes them: one row per cell, a
 * column per quantity, decimal numbers, and ROUND(x; 2) in euros at the end (like a spreadsheet,
 * first to 15 significant digits). Kept as an independent cross-check of the engine — the tests and
 * the benchmark require both to agree to the cent — and as the baseline the engine's speed is
 * compared with. It deliberately shares no code with the engine.
 */

/** One spreadsheet row. */
export interface SpreadsheetRow {
  readonly key: string;
  readonly groups: number;
  readonly fte: number;
  readonly costCents: number;
  readonly costPerStudentCents: number;
}

function spreadsheetRound(value: number, digits: number): number {
  // Like a spreadsheet: work on 15 significant digits, also after scaling, so that 4464.985 rounds to 4464.99.
  const factor = 10 ** digits;
  const scaled = Number((Math.abs(Number(value.toPrecision(15))) * factor).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / factor;
}

function pick<T>(own: T | undefined | null, fallback: T): T {
  return own === undefined || own === null ? fallback : own;
}

/** Computes every row and the total cost, as a spreadsheet would. */
export function spreadsheetScenario(inputs: ScenarioInputs): { rows: SpreadsheetRow[]; totalCostCents: number } {
  const rows: SpreadsheetRow[] = [];
  let totalCost = 0;
  for (const cell of inputs.cells) {
    const c = inputs.concept;
    const groupSizeTheory = pick(cell.groupSizeTheory, c.groupSizeTheory);
    const groupSizePractice = pick(cell.groupSizePractice, c.groupSizePractice);
    const minimum = pick(cell.minGroupSize, c.minGroupSize);
    const theoryShare = pick(cell.theoryPercent, c.theoryPercent) / 100;
    const onlineShare = pick(cell.onlinePercent, c.onlinePercent) / 100;
    const saving = pick(cell.onlineSavingPercent, c.onlineSavingPercent) / 100;
    const elsewhere = pick(cell.elsewherePercent, c.elsewherePercent) / 100;
    const intakes = pick(cell.intakeMoments, c.intakeMoments);
    const policy = pick(cell.smallGroupPolicy, c.smallGroupPolicy);

    // Column: students per intake (arrival i at (i + 0.5) / students of the year).
    const cohort: number[] = [];
    for (let m = 0; m < intakes; m++) cohort.push(0);
    for (let i = 0; i < cell.students; i++) {
      const when = (i + 0.5) / cell.students;
      let interval = 0;
      while (interval + 1 < intakes && when * intakes >= (interval + 1) * (1 - 1e-12)) interval++;
      cohort[interval] = (cohort[interval] ?? 0) + 1;
    }
    // Column: students starting at each intake (postponing moves small cohorts on).
    const starting: number[] = [];
    let waiting = 0;
    for (let m = 0; m < intakes; m++) {
      const here = (cohort[m] ?? 0) + waiting;
      if (policy === 'postpone' && here > 0 && here < minimum && m < intakes - 1) {
        waiting = here;
        starting.push(0);
      } else {
        waiting = 0;
        starting.push(here);
      }
    }
    const groupsAt = (size: number): number => {
      let groups = 0;
      let room = 0;
      for (const n of starting) {
        if (n === 0) continue;
        if (policy === 'merge' && n < minimum && n <= room) {
          room = room - n;
        } else {
          const g = Math.ceil(n / size);
          groups = groups + g;
          room = room + g * size - n;
        }
      }
      return groups;
    };
    const theoryGroups = groupsAt(groupSizeTheory);
    const practiceGroups = groupsAt(groupSizePractice);

    const ownBot = cell.botHours * (1 - elsewhere);
    const theoryContact = theoryGroups * ownBot * theoryShare;
    const practiceContact = practiceGroups * ownBot * (1 - theoryShare);
    const onlineFactor = 1 - onlineShare * saving;
    const p = inputs.parameters;
    const teaching = (theoryContact * onlineFactor + practiceContact) * p.loadFactor;
    const seatsElsewhere = (cell.students * cell.botHours * elsewhere * onlineFactor * p.loadFactor) / groupSizeTheory;
    const supervision = cell.bpvHours > 0 ? cell.students * p.bpvSupervisionHours : 0;
    const fte = (teaching + seatsElsewhere + supervision) / p.hoursPerFte;
    const costEuros = spreadsheetRound(fte * (p.costPerFteCents / 100), 2);
    const costCents = Math.round(costEuros * 100);
    const perStudent = cell.students > 0 ? Math.round(spreadsheetRound(costEuros / cell.students, 2) * 100) : 0;
    totalCost = totalCost + costCents;
    rows.push({
      key: `${cell.crebo}-${cell.leerweg}-${cell.year}`,
      groups: theoryGroups + practiceGroups,
      fte,
      costCents,
      costPerStudentCents: perStudent,
    });
  }
  return { rows, totalCostCents: totalCost };
}
