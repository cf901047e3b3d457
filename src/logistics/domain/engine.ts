import { checkHourNorms, checkStudyLoad, type NormFailure } from './compliance.js';
import { cohortSizes, groupsFor, startCohorts, waitInIntervals } from './groups.js';
import { cellKey, resolveCell, type CellInput, type Parameters, type ResolvedCell, type ScenarioInputs } from './inputs.js';
import { hourNormRulesets } from './rulesets.js';

/*
 * The analytic engine: for each cell (programme × leerweg × niveau × year) and in total, the groups,
 * fill rate, contact hours, staff, rooms, money, hour-norm compliance, studeerbaarheid and waiting
 * time. Money is exact: teacher hours are an exact fraction of whole numbers, and a cell's cost is
 * that fraction times the cost per FTE, rounded half up to the cent once. `explain` (explain.ts)
 * gives every output's formula and inputs.
 */

/** Everything the engine says about one cell. */
export interface CellResult {
  readonly key: string;
  readonly students: number;
  readonly weightedStudents: number;
  readonly groupsTheory: number;
  readonly groupsPractice: number;
  /** Seats used over seats offered, weighted by hours (0 when the cell has no groups). */
  readonly fillRate: number;
  /** Group contact hours a year (theory and practice, before the online saving). */
  readonly contactHours: number;
  /** Hours of teacher work a year: contact (after the online saving) × load factor, BPV supervision, seats elsewhere. */
  readonly teacherHours: number;
  readonly fte: number;
  readonly studentsPerFte: number;
  /** Room hours a week by room type key. */
  readonly roomHoursPerWeek: Readonly<Record<string, number>>;
  readonly costCents: number;
  readonly costPerStudentCents: number;
  readonly fundingPerStudentCents: number;
  readonly fundingCents: number;
  readonly hourNorms: { readonly pass: boolean; readonly failures: readonly NormFailure[] };
  readonly studyLoad: {
    readonly pass: boolean;
    readonly weeklyLoad: number;
    readonly weeklyContact: number;
    readonly failures: readonly NormFailure[];
  };
  /** Wait for entry in weeks (intake cells only; students continuing into a later year do not wait). */
  readonly waitMeanWeeks: number;
  readonly waitP90Weeks: number;
}

/** Use of one room type. */
export interface RoomUse {
  readonly key: string;
  readonly name: string;
  readonly available: number;
  readonly hoursPerWeek: number;
  /** Room hours a week the groups need. */
  readonly neededHoursPerWeek: number;
  /** Rooms needed at the peak: the weekly hours spread over rooms that can be used `hoursPerWeek` each. */
  readonly peakRooms: number;
  readonly utilisation: number;
  readonly shortfall: number;
  /** Groups larger than a room of this type seats. */
  readonly oversizedGroups: boolean;
}

/** The institution's totals. */
export interface Totals {
  readonly students: number;
  readonly weightedStudents: number;
  readonly groups: number;
  readonly fillRate: number;
  readonly contactHours: number;
  readonly teacherHours: number;
  readonly fte: number;
  readonly studentsPerFte: number;
  readonly benchmarkStudentsPerFte: number;
  readonly costCents: number;
  readonly costPerStudentCents: number;
  readonly fundingCents: number;
  readonly fundingPerStudentCents: number;
  readonly balanceCents: number;
  readonly cellsFailingHourNorms: number;
  readonly cellsFailingStudyLoad: number;
  readonly waitMeanWeeks: number;
  readonly waitP90Weeks: number;
  readonly rooms: readonly RoomUse[];
}

export interface EngineResult {
  readonly cells: readonly CellResult[];
  readonly totals: Totals;
}

/** Teacher hours of a cell as an exact fraction `numerator / denominator` (both whole numbers). */
export interface ExactHours {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const TEN_THOUSAND = 10_000;

/** Rounds a non-negative fraction of whole numbers half up. */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/** Rounds a non-negative ratio of two safe integers half up, exactly. */
export function divideHalfUp(numerator: number, denominator: number): number {
  if (denominator === 0) return 0;
  const q = Math.floor(numerator / denominator);
  const r = numerator - q * denominator;
  return 2 * r >= denominator ? q + 1 : q;
}

/** Groups and waiting of a resolved cell (shared by the engine, the explanations and the simulation). */
export function cellGroups(cell: ResolvedCell): { groupsTheory: number; groupsPractice: number; cohorts: number[]; extra: number[] } {
  const cohorts = cohortSizes(cell.students, cell.intakeMoments);
  const started = startCohorts(cohorts, cell.minGroupSize, cell.smallGroupPolicy);
  return {
    groupsTheory: groupsFor(started.starting, cell.groupSizeTheory, cell.minGroupSize, cell.smallGroupPolicy),
    groupsPractice: groupsFor(started.starting, cell.groupSizePractice, cell.minGroupSize, cell.smallGroupPolicy),
    cohorts,
    extra: started.extraIntervals,
  };
}

/**
 * Teacher hours of a cell, exactly:
 *   contact part  [gT·θ·(10⁴ − o·s) + gP·(100 − θ)·10⁴] · BOT · (100 − e) · LF / 10¹⁰
 *   seats elsewhere  S · BOT · e · (10⁴ − o·s) · LF / (10⁸ · GT)   (a seat in a full group elsewhere)
 *   BPV supervision  S · sup / 100   (only when the cell has BPV hours)
 * with shares in whole percentages, LF and sup in hundredths.
 */
export function exactTeacherHours(cell: ResolvedCell, groupsTheory: number, groupsPractice: number, parameters: Parameters): ExactHours {
  const lf = BigInt(Math.round(parameters.loadFactor * 100));
  const sup = BigInt(Math.round(parameters.bpvSupervisionHours * 100));
  const online = BigInt(TEN_THOUSAND - cell.onlinePercent * cell.onlineSavingPercent);
  const theta = BigInt(cell.theoryPercent);
  const bot = BigInt(cell.botHours);
  const own = BigInt(100 - cell.elsewherePercent);
  const elsewhere = BigInt(cell.elsewherePercent);
  const students = BigInt(cell.students);
  const gt = BigInt(cell.groupSizeTheory);
  const groupSeats = BigInt(groupsTheory) * theta * online + BigInt(groupsPractice) * (100n - theta) * 10_000n;
  const contact = groupSeats * bot * own * lf * gt;
  const seats = students * bot * elsewhere * online * lf * 100n;
  const supervision = cell.bpvHours > 0 ? students * sup * 100_000_000n * gt : 0n;
  return { numerator: contact + seats + supervision, denominator: 10_000_000_000n * gt };
}

/** Teacher hours in floating point (the same formula as {@link exactTeacherHours}). */
function floatTeacherHours(cell: ResolvedCell, groupsTheory: number, groupsPractice: number, parameters: Parameters): number {
  const online = 1 - (cell.onlinePercent * cell.onlineSavingPercent) / TEN_THOUSAND;
  const ownBot = (cell.botHours * (100 - cell.elsewherePercent)) / 100;
  const theory = (ownBot * cell.theoryPercent) / 100;
  const lf = Math.round(parameters.loadFactor * 100) / 100;
  const contact = (groupsTheory * theory * online + groupsPractice * (ownBot - theory)) * lf;
  const seats = (cell.students * cell.botHours * (cell.elsewherePercent / 100) * online * lf) / cell.groupSizeTheory;
  const supervision = cell.bpvHours > 0 ? (cell.students * Math.round(parameters.bpvSupervisionHours * 100)) / 100 : 0;
  return contact + seats + supervision;
}

/**
 * A cell's cost in cents: the exact fraction teacherHours × costPerFte / hoursPerFte rounded half up.
 * The floating-point value decides unless it lies so close to a half cent that its rounding error
 * could matter; then the exact fraction of whole numbers (BigInt) decides.
 */
export function exactCostCents(
  cell: ResolvedCell,
  groupsTheory: number,
  groupsPractice: number,
  parameters: Parameters,
  teacherHours: number,
): number {
  const approx = (teacherHours * parameters.costPerFteCents) / parameters.hoursPerFte;
  const fraction = approx - Math.floor(approx);
  if (Math.abs(fraction - 0.5) > approx * 1e-12 + 1e-9) return Math.round(approx);
  const exact = exactTeacherHours(cell, groupsTheory, groupsPractice, parameters);
  return Number(roundHalfUp(exact.numerator * BigInt(parameters.costPerFteCents), exact.denominator * BigInt(parameters.hoursPerFte)));
}

function fundingPerStudent(cell: CellInput, parameters: Parameters): number {
  return cell.leerweg === 'BOL' ? parameters.fundingBolCents : parameters.fundingBblCents;
}

function weightOf(cell: CellInput, parameters: Parameters): number {
  return cell.leerweg === 'BBL' ? parameters.bblWeightPercent / 100 : 1;
}

/** Computes every cell and the totals. */
export function computeScenario(inputs: ScenarioInputs): EngineResult {
  const { parameters, concept } = inputs;
  const ruleset = hourNormRulesets[inputs.rulesetId];
  const norms = checkHourNorms(inputs.cells, ruleset);
  const weeks = ruleset.weeksPerYear;
  const arrivalWeeks = parameters.weeksPerYearForArrivals;

  const roomHours = new Map<string, number>();
  const roomLargestGroup = new Map<string, number>();
  const cells: CellResult[] = [];
  let students = 0;
  let weighted = 0;
  let groups = 0;
  let seatHoursUsed = 0;
  let seatHoursOffered = 0;
  let contactTotal = 0;
  let teacherTotal = 0;
  let costTotal = 0;
  let fundingTotal = 0;
  let failingNorms = 0;
  let failingLoad = 0;
  let waitStudents = 0;
  let waitSum = 0;
  const waitMixture: Array<{ weight: number; cohorts: number[]; extra: number[]; intervalWeeks: number }> = [];

  for (const raw of inputs.cells) {
    const cell = resolveCell(raw, concept);
    const key = cellKey(cell);
    const { groupsTheory, groupsPractice, cohorts, extra } = cellGroups(cell);
    const ownBot = (cell.botHours * (100 - cell.elsewherePercent)) / 100;
    const theoryHours = (ownBot * cell.theoryPercent) / 100;
    const practiceHours = ownBot - theoryHours;
    const contactHours = groupsTheory * theoryHours + groupsPractice * practiceHours;
    const offered = groupsTheory * cell.groupSizeTheory * theoryHours + groupsPractice * cell.groupSizePractice * practiceHours;
    const used = cell.students * ownBot;
    const fillRate = offered > 0 ? used / offered : 0;

    const teacherHours = floatTeacherHours(cell, groupsTheory, groupsPractice, parameters);
    const fte = teacherHours / parameters.hoursPerFte;
    const costCents = exactCostCents(cell, groupsTheory, groupsPractice, parameters, teacherHours);
    const perStudentFunding = fundingPerStudent(cell, parameters);
    const w = cell.students * weightOf(cell, parameters);

    const roomTheory = (groupsTheory * theoryHours * (100 - cell.onlinePercent)) / 100 / weeks;
    const roomPractice = (groupsPractice * practiceHours) / weeks;
    const roomHoursPerWeek: Record<string, number> = {};
    addRoom(roomHoursPerWeek, cell.theoryRoomType, roomTheory);
    addRoom(roomHoursPerWeek, cell.practiceRoomType, roomPractice);
    for (const [type, hours] of Object.entries(roomHoursPerWeek)) roomHours.set(type, (roomHours.get(type) ?? 0) + hours);
    if (groupsTheory > 0) largest(roomLargestGroup, cell.theoryRoomType, Math.min(cell.groupSizeTheory, cell.students));
    if (groupsPractice > 0) largest(roomLargestGroup, cell.practiceRoomType, Math.min(cell.groupSizePractice, cell.students));

    const load = checkStudyLoad(cell, ruleset, parameters);
    const cellNorms = norms.get(key) ?? [];
    const intervalWeeks = arrivalWeeks / cell.intakeMoments;
    const wait = cell.year === 1 ? waitInIntervals(cohorts, extra) : { mean: 0, p90: 0 };
    if (cell.year === 1 && cell.students > 0) {
      waitStudents += cell.students;
      waitSum += wait.mean * intervalWeeks * cell.students;
      waitMixture.push({ weight: cell.students, cohorts, extra, intervalWeeks });
    }

    cells.push({
      key,
      students: cell.students,
      weightedStudents: w,
      groupsTheory,
      groupsPractice,
      fillRate,
      contactHours,
      teacherHours,
      fte,
      studentsPerFte: fte > 0 ? w / fte : 0,
      roomHoursPerWeek,
      costCents,
      costPerStudentCents: divideHalfUp(costCents, cell.students),
      fundingPerStudentCents: perStudentFunding,
      fundingCents: perStudentFunding * cell.students,
      hourNorms: { pass: cellNorms.length === 0, failures: cellNorms },
      studyLoad: load,
      waitMeanWeeks: wait.mean * intervalWeeks,
      waitP90Weeks: wait.p90 * intervalWeeks,
    });

    students += cell.students;
    weighted += w;
    groups += groupsTheory + groupsPractice;
    seatHoursUsed += used;
    seatHoursOffered += offered;
    contactTotal += contactHours;
    teacherTotal += teacherHours;
    costTotal += costCents;
    fundingTotal += perStudentFunding * cell.students;
    if (cellNorms.length > 0) failingNorms += 1;
    if (!load.pass) failingLoad += 1;
  }

  const fte = teacherTotal / parameters.hoursPerFte;
  const rooms: RoomUse[] = inputs.rooms.map((room) => {
    const needed = roomHours.get(room.key) ?? 0;
    const peakRooms = Math.ceil(needed / room.hoursPerWeek - 1e-9);
    const capacityHours = room.count * room.hoursPerWeek;
    return {
      key: room.key,
      name: room.name,
      available: room.count,
      hoursPerWeek: room.hoursPerWeek,
      neededHoursPerWeek: needed,
      peakRooms,
      utilisation: capacityHours > 0 ? needed / capacityHours : needed > 0 ? 1 : 0,
      shortfall: Math.max(0, peakRooms - room.count),
      oversizedGroups: (roomLargestGroup.get(room.key) ?? 0) > room.capacity,
    };
  });

  return {
    cells,
    totals: {
      students,
      weightedStudents: weighted,
      groups,
      fillRate: seatHoursOffered > 0 ? seatHoursUsed / seatHoursOffered : 0,
      contactHours: contactTotal,
      teacherHours: teacherTotal,
      fte,
      studentsPerFte: fte > 0 ? weighted / fte : 0,
      benchmarkStudentsPerFte: parameters.benchmarkStudentsPerFte,
      costCents: costTotal,
      costPerStudentCents: divideHalfUp(costTotal, students),
      fundingCents: fundingTotal,
      fundingPerStudentCents: divideHalfUp(fundingTotal, students),
      balanceCents: fundingTotal - costTotal,
      cellsFailingHourNorms: failingNorms,
      cellsFailingStudyLoad: failingLoad,
      waitMeanWeeks: waitStudents > 0 ? waitSum / waitStudents : 0,
      waitP90Weeks: mixtureQuantile(waitMixture, 0.9),
      rooms,
    },
  };
}

function addRoom(target: Record<string, number>, type: string, hours: number): void {
  target[type] = (target[type] ?? 0) + hours;
}

function largest(map: Map<string, number>, type: string, size: number): void {
  if (size > (map.get(type) ?? 0)) map.set(type, size);
}

/**
 * The q-quantile (weeks) of the wait over all intake cells. Every cohort waits uniformly on
 * [start, start + interval); the distribution function of the mixture is piecewise linear, so the
 * quantile is found exactly by walking its breakpoints in order.
 */
function mixtureQuantile(
  parts: ReadonlyArray<{ weight: number; cohorts: number[]; extra: number[]; intervalWeeks: number }>,
  q: number,
): number {
  const events: Array<{ at: number; slope: number }> = [];
  let total = 0;
  for (const p of parts) {
    for (let i = 0; i < p.cohorts.length; i++) {
      const n = p.cohorts[i] ?? 0;
      if (n === 0) continue;
      const start = (p.extra[i] ?? 0) * p.intervalWeeks;
      const slope = n / p.intervalWeeks;
      events.push({ at: start, slope }, { at: start + p.intervalWeeks, slope: -slope });
      total += n;
    }
  }
  if (total === 0) return 0;
  events.sort((a, b) => a.at - b.at);
  const target = q * total;
  let mass = 0;
  let slope = 0;
  let at = 0;
  for (const e of events) {
    const next = mass + slope * (e.at - at);
    if (slope > 0 && next >= target) return at + (target - mass) / slope;
    mass = next;
    at = e.at;
    slope += e.slope;
  }
  return at;
}
