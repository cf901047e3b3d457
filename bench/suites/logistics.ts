import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { computeScenario } from '../../src/logistics/domain/engine.js';
import { generateInstitution } from '../../src/logistics/domain/generate.js';
import type { ScenarioInputs } from '../../src/logistics/domain/inputs.js';
import { spreadsheetScenario } from '../../src/logistics/domain/spreadsheet-reference.js';
import { SimulationPool } from '../../src/logistics/simulation/worker-pool.js';
import { median, summarizeLatencies } from '../lib/stats.js';
import type { BenchContext, Figure, Suite } from '../lib/suite.js';

/*
 * The mengpaneel's speed: the engine's recompute of a 200-cell institution against the same
 * formulas written plainly (as a spreadsheet computes them), both in this process, interleaved,
 * with their results compared to the cent; and the Monte Carlo simulation of 10,000 runs on one
 * thread and on every core.
 */

const CELLS = 200;
const RECOMPUTES = 3000;
const MC_RUNS = 10_000;
const MC_REPEATS = 3;

/** Times `fn` per call, `count` times, after a warm-up; returns milliseconds per call. */
function timeCalls(fn: () => unknown, count: number): number[] {
  for (let i = 0; i < 300; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** Cells (key, groups, cost, cost per student) where the engine and the spreadsheet disagree. */
function mismatches(inputs: ScenarioInputs): string[] {
  const engine = computeScenario(inputs);
  const sheet = spreadsheetScenario(inputs);
  const out: string[] = [];
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  engine.cells.forEach((c, i) => {
    const row = sheet.rows[i];
    const same =
      row !== undefined &&
      row.costCents === c.costCents &&
      row.costPerStudentCents === c.costPerStudentCents &&
      row.groups === c.groupsTheory + c.groupsPractice &&
      row.meetsHourNorms === c.hourNorms.pass &&
      row.studeerbaar === c.studyLoad.pass &&
      close(row.fte, c.fte) &&
      close(row.fillRate, c.fillRate) &&
      close(row.waitMeanWeeks, c.waitMeanWeeks);
    if (!same)
      out.push(`${c.key}: engine ${c.costCents} / ${c.costPerStudentCents}, spreadsheet ${row?.costCents} / ${row?.costPerStudentCents}`);
  });
  if (sheet.totalCostCents !== engine.totals.costCents)
    out.push(`total: engine ${engine.totals.costCents}, spreadsheet ${sheet.totalCostCents}`);
  for (const room of engine.totals.rooms) {
    if (sheet.totals.peakRooms[room.key] !== room.peakRooms) {
      out.push(`rooms ${room.key}: engine ${room.peakRooms}, spreadsheet ${sheet.totals.peakRooms[room.key]}`);
    }
  }
  return out;
}

async function timeSimulation(pool: SimulationPool, inputs: ScenarioInputs, log: (line: string) => void, label: string): Promise<number[]> {
  await pool.run(inputs, { runs: 500, seed: 99, randomness: true });
  const seconds: number[] = [];
  for (let i = 0; i < MC_REPEATS; i++) {
    const start = performance.now();
    await pool.run(inputs, { runs: MC_RUNS, seed: 1 + i, randomness: true });
    seconds.push((performance.now() - start) / 1000);
    log(`monte carlo ${MC_RUNS} runs, ${label}: ${seconds.at(-1)?.toFixed(2)} s`);
  }
  return seconds;
}

export const logisticsSuite: Suite = {
  name: 'logistics',
  description:
    'Mengpaneel: engine recompute of a 200-cell institution against a plain spreadsheet implementation; Monte Carlo on one and on all cores',
  async run(context: BenchContext) {
    const { log } = context;
    const inputs = generateInstitution({ programmes: [], minCells: CELLS, seed: 902 });
    const variants = [1, 4, 12].map((intakeMoments) => ({
      ...inputs,
      concept: { ...inputs.concept, intakeMoments, smallGroupPolicy: 'postpone' as const },
    }));
    const wrong = [inputs, ...variants].flatMap(mismatches);
    if (wrong.length > 0) throw new Error(`engine and spreadsheet disagree:\n${wrong.slice(0, 10).join('\n')}`);
    log(`${inputs.cells.length} cells; engine and spreadsheet agree to the cent on every cell and the totals (4 concepts)`);

    // Interleaved rounds so that machine noise hits both alike.
    const engineTimes: number[] = [];
    const sheetTimes: number[] = [];
    for (let round = 0; round < 3; round++) {
      engineTimes.push(...timeCalls(() => computeScenario(inputs), RECOMPUTES / 3));
      sheetTimes.push(...timeCalls(() => spreadsheetScenario(inputs), RECOMPUTES / 3));
    }
    const engine = summarizeLatencies(engineTimes);
    const sheet = summarizeLatencies(sheetTimes);
    log(`engine recompute p50 ${engine.p50.toFixed(3)} ms, spreadsheet p50 ${sheet.p50.toFixed(3)} ms`);

    const cores = availableParallelism();
    const single = new SimulationPool(1);
    const all = new SimulationPool(cores);
    context.cleanup.add(async () => {
      await single.close();
      await all.close();
    });
    const oneThread = await timeSimulation(single, inputs, log, '1 thread');
    const everyCore = await timeSimulation(all, inputs, log, `${cores} threads`);
    await single.close();
    await all.close();
    const mc1 = median(oneThread);
    const mcAll = median(everyCore);

    const group = 'Node';
    const figures: Figure[] = [
      {
        key: 'engine.p50',
        label: `engine recompute, ${inputs.cells.length} cells, p50`,
        group,
        value: engine.p50,
        unit: 'ms',
        target: { comparison: 'at-most', value: 2 },
      },
      { key: 'engine.p95', label: `engine recompute, ${inputs.cells.length} cells, p95`, group, value: engine.p95, unit: 'ms' },
      { key: 'sheet.p50', label: 'spreadsheet formulas, same cells, p50', group, value: sheet.p50, unit: 'ms' },
      { key: 'sheet.ratio', label: 'spreadsheet / engine p50', group, value: sheet.p50 / engine.p50, unit: 'ratio' },
      {
        key: 'mc.all',
        label: `Monte Carlo ${MC_RUNS.toLocaleString('en')} runs, ${cores} threads (median of ${MC_REPEATS})`,
        group,
        value: mcAll,
        unit: 's',
        target: { comparison: 'at-most', value: 3 },
      },
      {
        key: 'mc.one',
        label: `Monte Carlo ${MC_RUNS.toLocaleString('en')} runs, 1 thread (median of ${MC_REPEATS})`,
        group,
        value: mc1,
        unit: 's',
      },
      { key: 'mc.speedup', label: `speed-up of ${cores} threads over 1`, group, value: mc1 / mcAll, unit: 'ratio' },
    ];
    return {
      figures,
      notes: [
        `A generated demo institution of ${inputs.cells.length} cells (${inputs.cells.reduce((s, c) => s + c.students, 0)} students). The engine computes money exactly (integer cents, one rounding per cell); the spreadsheet implementation uses decimal numbers and ROUND to cents. Both compute groups, fill rate, contact hours, FTE, cost, cost per student, waiting time, the hour-norm and studeerbaarheid checks and peak rooms; they agree to the cent, and on every other output, on every cell and on the totals for four service concepts, checked in the same run before timing.`,
        'Engine and spreadsheet are timed in interleaved rounds in one process. The spreadsheet figure is the plain formulas alone: a real spreadsheet adds its own recalculation overhead.',
        'The Monte Carlo simulation draws arrivals (Poisson per intake interval), waiting and mid-year leaving (published VSV and year-result rates) for every cell in every run; the threads are started and warmed up before timing.',
        'Input-to-updated-figures time in Chromium is measured by the browser test test/browser/logistics.test.ts, which prints it.',
      ],
      details: { engineMs: engine, spreadsheetMs: sheet, monteCarloSeconds: { oneThread, everyCore }, cores },
    };
  },
};
