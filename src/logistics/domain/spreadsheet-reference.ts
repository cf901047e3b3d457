import type { ScenarioInputs } from './inputs.js';
import { hourNormRulesets } from './rulesets.js';

/*
 * The same formulas written plainly, the way a spreadsheet computes them: one row per cell, a
 * column per quantity, decimal numbers, and ROUND(x; 2) in euros at the end (like a spreadsheet,
 * first to 15 significant digits). Kept as an independent cross-check of the engine — the tests and
 * the benchmark require both to agree to the cent — and as the baseline the engine's speed is
 * compared with. It deliberately shares no code with the engine, only the ruleset data.
 */

/** One spreadsheet row. */
export interface SpreadsheetRow {
  readonly key: string;
  readonly groups: number;
  readonly fillRate: number;
  readonly contactHours: number;
  readonly fte: number;
  readonly costCents: number;
  readonly costPerStudentCents: number;
  readonly waitMeanWeeks: number;
  readonly meetsHourNorms: boolean;
  readonly studeerbaar: boolean;
}

/** The spreadsheet's totals sheet. */
export interface SpreadsheetTotals {
  readonly costCents: number;
  readonly fte: number;
  readonly fillRate: number;
  readonly waitMeanWeeks: number;
  /** Rooms needed at the peak, by room type. */
  readonly peakRooms: Record<string, number>;
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

/** Computes every row and the totals, as a spreadsheet would. */
export function spreadsheetScenario(inputs: ScenarioInputs): { rows: SpreadsheetRow[]; totalCostCents: number; totals: SpreadsheetTotals } {
  const rows: SpreadsheetRow[] = [];
  const rules = hourNormRulesets[inputs.rulesetId];
  const weeks = rules.weeksPerYear;
  let totalCost = 0;
  let totalFte = 0;
  let seatsUsed = 0;
  let seatsOffered = 0;
  let waitWeeks = 0;
  let newStudents = 0;
  const roomHours: Record<string, number> = {};
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
    const startsAt: number[] = [];
    let waiting = 0;
    let waitingFrom: number[] = [];
    for (let m = 0; m < intakes; m++) {
      const here = (cohort[m] ?? 0) + waiting;
      waitingFrom.push(m);
      if (policy === 'postpone' && here > 0 && here < minimum && m < intakes - 1) {
        waiting = here;
        starting.push(0);
      } else {
        for (const from of waitingFrom) startsAt[from] = m;
        waitingFrom = [];
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
    totalFte = totalFte + fte;

    // Columns: seats used and offered, room hours a week, waiting of new students.
    const offered = theoryGroups * groupSizeTheory * ownBot * theoryShare + practiceGroups * groupSizePractice * ownBot * (1 - theoryShare);
    const used = cell.students * ownBot;
    seatsUsed = seatsUsed + used;
    seatsOffered = seatsOffered + offered;
    roomHours[cell.theoryRoomType] = (roomHours[cell.theoryRoomType] ?? 0) + (theoryContact * (1 - onlineShare)) / weeks;
    roomHours[cell.practiceRoomType] = (roomHours[cell.practiceRoomType] ?? 0) + practiceContact / weeks;
    const interval = p.weeksPerYearForArrivals / intakes;
    let waitTotal = 0;
    for (let m = 0; m < intakes; m++) waitTotal = waitTotal + (cohort[m] ?? 0) * ((startsAt[m] ?? m) - m + 0.5) * interval;
    const waitMean = cell.year === 1 && cell.students > 0 ? waitTotal / cell.students : 0;
    if (cell.year === 1) {
      waitWeeks = waitWeeks + waitTotal;
      newStudents = newStudents + cell.students;
    }

    // Columns: hour norms (this year, and the programme's years together) and studeerbaarheid.
    let meets = true;
    if (cell.leerweg === 'BBL') {
      const n = rules.bbl.perYear;
      meets = cell.botHours >= n.bot && cell.bpvHours >= n.bpv && cell.botHours + cell.bpvHours >= n.total;
    } else {
      if (cell.year === 1 && cell.niveau >= 2 && cell.botHours < rules.bol.firstYearBot) meets = false;
      const same = inputs.cells.filter((o) => o.crebo === cell.crebo && o.leerweg === cell.leerweg);
      const length = Math.max(...same.map((o) => o.programmeYears));
      const years = new Set(same.map((o) => o.year)).size;
      const bot = (same.reduce((sum, o) => sum + o.botHours, 0) * length) / years;
      const bpv = (same.reduce((sum, o) => sum + o.bpvHours, 0) * length) / years;
      const n = cell.niveau === 1 ? rules.bol.entree : rules.bol.byDuration[Math.min(4, Math.max(1, length)) as 1 | 2 | 3 | 4];
      if (bot < n.bot || bpv < n.bpv || bot + bpv < n.total) meets = false;
    }
    const schoolWeeks = Math.max(1, weeks - cell.bpvHours / p.bpvHoursPerWeek);
    const studeerbaar = cell.totalHours / weeks <= rules.maxHoursPerWeek && cell.botHours / schoolWeeks <= p.contactCapPerWeek;

    rows.push({
      key: `${cell.crebo}-${cell.leerweg}-${cell.year}`,
      groups: theoryGroups + practiceGroups,
      fillRate: offered > 0 ? used / offered : 0,
      contactHours: theoryContact + practiceContact,
      fte,
      costCents,
      costPerStudentCents: perStudent,
      waitMeanWeeks: waitMean,
      meetsHourNorms: meets,
      studeerbaar,
    });
  }
  const peakRooms: Record<string, number> = {};
  for (const room of inputs.rooms) peakRooms[room.key] = Math.ceil((roomHours[room.key] ?? 0) / room.hoursPerWeek - 1e-9);
  return {
    rows,
    totalCostCents: totalCost,
    totals: {
      costCents: totalCost,
      fte: totalFte,
      fillRate: seatsOffered > 0 ? seatsUsed / seatsOffered : 0,
      waitMeanWeeks: newStudents > 0 ? waitWeeks / newStudents : 0,
      peakRooms,
    },
  };
}
