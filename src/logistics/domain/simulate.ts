import { cohortSizes, groupsFor, startCohorts } from './groups.js';
import { resolveCell, type ResolvedCell, type ScenarioInputs } from './inputs.js';
import { poisson, streamFor, type Random } from './random.js';
import { ratesFor } from './rulesets.js';

/*
 * The stochastic layer: a seeded Monte Carlo simulation of one year. Applicants arrive through the
 * year (a Poisson process per intake interval), wait for their intake moment, and during the year
 * pass, repeat, switch or drop out at the published rates; those who drop out or switch programme
 * leave at a uniform moment and occupy their seat for part of the year. Each run gives the institution's FTE, fill rate and mean wait; over the runs these give
 * P10/P50/P90 bands. With randomness off, arrivals are exactly the analytic engine's (evenly spread,
 * nobody leaves), so both must agree.
 */

export interface SimulationOptions {
  readonly seed: number;
  readonly runs: number;
  /** False: the deterministic twin of the analytic engine. */
  readonly randomness: boolean;
}

/** Per-run results of a range of runs. */
export interface RunMetrics {
  readonly fte: Float64Array;
  readonly fillRate: Float64Array;
  readonly waitMeanWeeks: Float64Array;
}

/** A band over the runs. */
export interface Band {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly mean: number;
}

export interface SimulationSummary {
  readonly runs: number;
  readonly seed: number;
  readonly randomness: boolean;
  readonly fte: Band;
  readonly fillRate: Band;
  readonly waitMeanWeeks: Band;
}

/** Receives each student's arrival and start (weeks since the start of the year) of an intake cell. */
export type WaitSink = (arrival: number, start: number) => void;

interface PreparedCell {
  readonly cell: ResolvedCell;
  readonly theoryHours: number;
  readonly practiceHours: number;
  readonly ownBot: number;
  readonly onlineFactor: number;
  readonly leave: number;
  readonly cohorts: number[];
  readonly intervalWeeks: number;
}

function prepare(inputs: ScenarioInputs): PreparedCell[] {
  return inputs.cells.map((raw) => {
    const cell = resolveCell(raw, inputs.concept);
    const ownBot = (cell.botHours * (100 - cell.elsewherePercent)) / 100;
    const theoryHours = (ownBot * cell.theoryPercent) / 100;
    const rates = ratesFor(cell.leerweg, cell.niveau);
    return {
      cell,
      ownBot,
      theoryHours,
      practiceHours: ownBot - theoryHours,
      onlineFactor: 1 - (cell.onlinePercent * cell.onlineSavingPercent) / 10_000,
      leave: rates.dropout + rates.switch,
      cohorts: cohortSizes(cell.students, cell.intakeMoments),
      intervalWeeks: inputs.parameters.weeksPerYearForArrivals / cell.intakeMoments,
    };
  });
}

/**
 * Arrivals and starts of one intake cell for given arrived cohorts: with a random source each
 * arrival falls uniformly in its interval, without one the arrivals are evenly spaced in it.
 */
export function intakeWaits(
  arrived: readonly number[],
  extraIntervals: readonly number[],
  intervalWeeks: number,
  random: Random | null,
  sink: WaitSink,
): void {
  for (let i = 0; i < arrived.length; i++) {
    const n = arrived[i] ?? 0;
    const start = (i + 1 + (extraIntervals[i] ?? 0)) * intervalWeeks;
    for (let m = 0; m < n; m++) {
      const offset = random ? random() : (m + 0.5) / n;
      sink((i + offset) * intervalWeeks, start);
    }
  }
}

/**
 * The total wait (weeks) and number of arrivals of one intake cell: the same draws and arithmetic
 * as {@link intakeWaits}, summed without a callback per student.
 */
export function intakeWaitSum(
  arrived: readonly number[],
  extraIntervals: readonly number[],
  intervalWeeks: number,
  random: Random | null,
): { sum: number; count: number } {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < arrived.length; i++) {
    const n = arrived[i] ?? 0;
    const start = (i + 1 + (extraIntervals[i] ?? 0)) * intervalWeeks;
    for (let m = 0; m < n; m++) {
      const offset = random ? random() : (m + 0.5) / n;
      sum += start - (i + offset) * intervalWeeks;
    }
    count += n;
  }
  return { sum, count };
}

/** Runs `from` to `to` (exclusive) of a simulation; each run has its own stream, so any split over threads gives the same numbers. */
export function simulateRange(inputs: ScenarioInputs, options: SimulationOptions, from: number, to: number): RunMetrics {
  const cells = prepare(inputs);
  const p = inputs.parameters;
  const count = Math.max(0, to - from);
  const metrics: RunMetrics = { fte: new Float64Array(count), fillRate: new Float64Array(count), waitMeanWeeks: new Float64Array(count) };
  // One reusable array of arrivals per cell, so that runs allocate little.
  const buffers = cells.map((prepared) => new Array<number>(prepared.cohorts.length).fill(0));
  for (let r = 0; r < count; r++) {
    const random = options.randomness ? streamFor(options.seed, from + r) : null;
    let teacher = 0;
    let used = 0;
    let offered = 0;
    let waitSum = 0;
    let waiting = 0;
    for (let c = 0; c < cells.length; c++) {
      const prepared = cells[c] as PreparedCell;
      const { cell } = prepared;
      let arrived = prepared.cohorts;
      let present = cell.students;
      if (random) {
        // Poisson thinning: those who will stay and those who will leave arrive as two independent
        // Poisson streams; each leaver keeps the seat for a uniform part of the year.
        arrived = buffers[c] as number[];
        const mean = cell.students / cell.intakeMoments;
        present = 0;
        let leavers = 0;
        for (let i = 0; i < arrived.length; i++) {
          const stay = poisson(random, mean * (1 - prepared.leave));
          const go = poisson(random, mean * prepared.leave);
          arrived[i] = stay + go;
          present += stay + go;
          leavers += go;
        }
        for (let l = 0; l < leavers; l++) present -= 1 - random();
      }
      const started = startCohorts(arrived, cell.minGroupSize, cell.smallGroupPolicy);
      const gT = groupsFor(started.starting, cell.groupSizeTheory, cell.minGroupSize, cell.smallGroupPolicy);
      const gP = groupsFor(started.starting, cell.groupSizePractice, cell.minGroupSize, cell.smallGroupPolicy);
      const lf = p.loadFactor;
      teacher +=
        (gT * prepared.theoryHours * prepared.onlineFactor + gP * prepared.practiceHours) * lf +
        (present * cell.botHours * (cell.elsewherePercent / 100) * prepared.onlineFactor * lf) / cell.groupSizeTheory +
        (cell.bpvHours > 0 ? present * p.bpvSupervisionHours : 0);
      used += present * prepared.ownBot;
      offered += gT * cell.groupSizeTheory * prepared.theoryHours + gP * cell.groupSizePractice * prepared.practiceHours;
      if (cell.year === 1) {
        const waits = intakeWaitSum(arrived, started.extraIntervals, prepared.intervalWeeks, random);
        waitSum += waits.sum;
        waiting += waits.count;
      }
    }
    metrics.fte[r] = teacher / p.hoursPerFte;
    metrics.fillRate[r] = offered > 0 ? used / offered : 0;
    metrics.waitMeanWeeks[r] = waiting > 0 ? waitSum / waiting : 0;
  }
  return metrics;
}

/** The p-th percentile (0–100) by nearest rank of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? 0;
}

function band(parts: readonly Float64Array[]): Band {
  const total = parts.reduce((n, a) => n + a.length, 0);
  const all = new Float64Array(total);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  let sum = 0;
  for (const v of all) sum += v;
  all.sort();
  return { p10: percentile(all, 10), p50: percentile(all, 50), p90: percentile(all, 90), mean: total > 0 ? sum / total : 0 };
}

/** Combines the metrics of every range into bands. */
export function summarise(options: SimulationOptions, parts: readonly RunMetrics[]): SimulationSummary {
  return {
    runs: parts.reduce((n, m) => n + m.fte.length, 0),
    seed: options.seed,
    randomness: options.randomness,
    fte: band(parts.map((m) => m.fte)),
    fillRate: band(parts.map((m) => m.fillRate)),
    waitMeanWeeks: band(parts.map((m) => m.waitMeanWeeks)),
  };
}

/** The whole simulation on the calling thread (the server spreads ranges over worker threads instead). */
export function simulate(inputs: ScenarioInputs, options: SimulationOptions): SimulationSummary {
  return summarise(options, [simulateRange(inputs, options, 0, options.runs)]);
}

/** Splits `runs` into `parts` contiguous ranges of nearly equal size. */
export function splitRuns(runs: number, parts: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const n = Math.max(1, Math.min(parts, runs));
  for (let i = 0; i < n; i++) ranges.push([Math.floor((i * runs) / n), Math.floor(((i + 1) * runs) / n)]);
  return ranges.filter(([a, b]) => b > a);
}
