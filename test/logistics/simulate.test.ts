import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../src/logistics/domain/engine.js';
import { generateInstitution } from '../../src/logistics/domain/generate.js';
import { streamFor } from '../../src/logistics/domain/random.js';
import { intakeWaitSum, intakeWaits, simulate, simulateRange, splitRuns, summarise } from '../../src/logistics/domain/simulate.js';
import { poisson } from '../../src/logistics/domain/random.js';
import { inputsArb } from './arbitraries.js';

/** Time-average number of people waiting over [0, horizon], from the queue's step function (event sweep). */
function averageQueue(events: Array<{ at: number; change: number }>, horizon: number): number {
  const sorted = [...events].sort((a, b) => a.at - b.at || a.change - b.change);
  let queue = 0;
  let last = 0;
  let area = 0;
  for (const e of sorted) {
    area += queue * (e.at - last);
    queue += e.change;
    last = e.at;
    expect(queue).toBeGreaterThanOrEqual(0);
  }
  area += queue * (horizon - last);
  expect(queue).toBe(0);
  return area / horizon;
}

describe('the stochastic layer', () => {
  const institution = generateInstitution({ programmes: [], minCells: 200, seed: 5 });

  it('agrees with the analytic engine when randomness is switched off', () => {
    for (const intakeMoments of [1, 3, 4, 12]) {
      for (const smallGroupPolicy of ['merge', 'postpone'] as const) {
        const inputs = { ...institution, concept: { ...institution.concept, intakeMoments, smallGroupPolicy } };
        const analytic = computeScenario(inputs).totals;
        const twin = simulate(inputs, { seed: 1, runs: 3, randomness: false });
        for (const b of [twin.fte.p10, twin.fte.p90]) expect(b).toBeCloseTo(analytic.fte, 8);
        expect(twin.fillRate.p50).toBeCloseTo(analytic.fillRate, 12);
        expect(twin.waitMeanWeeks.p50).toBeCloseTo(analytic.waitMeanWeeks, 10);
      }
    }
  });

  it('agrees with the analytic engine without randomness for any valid input', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const analytic = computeScenario(inputs).totals;
        const twin = simulate(inputs, { seed: 3, runs: 1, randomness: false });
        expect(twin.fte.p50).toBeCloseTo(analytic.fte, 6);
        expect(twin.fillRate.p50).toBeCloseTo(analytic.fillRate, 9);
        expect(twin.waitMeanWeeks.p50).toBeCloseTo(analytic.waitMeanWeeks, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('satisfies Little’s law: the average queue equals the arrival rate times the mean wait', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer(),
        fc.constantFrom('merge' as const, 'postpone' as const),
        (arrived, minGroup, seed, policy) => {
          const k = arrived.length;
          const weeks = 52;
          const extra = policy === 'merge' ? arrived.map(() => 0) : postponedIntervals(arrived, minGroup);
          const events: Array<{ at: number; change: number }> = [];
          let sum = 0;
          let count = 0;
          intakeWaits(arrived, extra, weeks / k, streamFor(seed, 0), (arrival, start) => {
            expect(start).toBeGreaterThanOrEqual(arrival);
            events.push({ at: arrival, change: 1 }, { at: start, change: -1 });
            sum += start - arrival;
            count += 1;
          });
          if (count === 0) return;
          const horizon = weeks;
          const lambda = count / horizon;
          expect(averageQueue(events, horizon)).toBeCloseTo(lambda * (sum / count), 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sums the waits in the simulation exactly as the traced queue does, for the same random stream', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 12 }),
        fc.integer(),
        fc.boolean(),
        (arrived, seed, random) => {
          const extra = arrived.map((_, i) => (i % 3 === 0 ? 1 : 0));
          let sum = 0;
          let count = 0;
          intakeWaits(arrived, extra, 13, random ? streamFor(seed, 0) : null, (arrival, start) => {
            sum += start - arrival;
            count += 1;
          });
          expect(intakeWaitSum(arrived, extra, 13, random ? streamFor(seed, 0) : null)).toEqual({ sum, count });
        },
      ),
    );
  });

  it('draws Poisson counts with the right mean', () => {
    const random = streamFor(12, 0);
    for (const mean of [2, 9.5, 10, 45, 160]) {
      const n = 20_000;
      let total = 0;
      for (let i = 0; i < n; i++) total += poisson(random, mean);
      // Four standard errors of the mean of n Poisson draws.
      expect(Math.abs(total / n - mean)).toBeLessThan(4 * Math.sqrt(mean / n));
    }
  });

  it('has random mean waits whose average matches the analytic half interval within four standard errors', () => {
    const inputs = { ...institution, concept: { ...institution.concept, intakeMoments: 4 } };
    const analytic = computeScenario(inputs).totals.waitMeanWeeks;
    const runs = simulateRange(inputs, { seed: 9, runs: 400, randomness: true }, 0, 400);
    const values = Array.from(runs.waitMeanWeeks);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
    expect(Math.abs(mean - analytic)).toBeLessThan((4 * sd) / Math.sqrt(values.length));
  });

  it('loses seats to students who leave during the year, so the random fill rate sits below the analytic one', () => {
    const analytic = computeScenario(institution).totals.fillRate;
    const bands = simulate(institution, { seed: 2, runs: 200, randomness: true });
    expect(bands.fillRate.p90).toBeLessThan(analytic);
    expect(bands.fte.p10).toBeLessThanOrEqual(bands.fte.p50);
    expect(bands.fte.p50).toBeLessThanOrEqual(bands.fte.p90);
  });

  it('gives the same numbers for the same seed however the runs are split over threads', () => {
    const options = { seed: 77, runs: 50, randomness: true };
    const whole = simulate(institution, options);
    const split = summarise(
      options,
      splitRuns(50, 3).map(([from, to]) => simulateRange(institution, options, from, to)),
    );
    expect(split).toEqual(whole);
    expect(simulate(institution, { ...options, seed: 78 })).not.toEqual(whole);
  });
});

/** Extra intervals of postponed cohorts, computed independently of the engine. */
function postponedIntervals(arrived: readonly number[], minGroup: number): number[] {
  const extra = arrived.map(() => 0);
  let waitingSince: number[] = [];
  let waiting = 0;
  arrived.forEach((n, i) => {
    if (n > 0) waitingSince.push(i);
    waiting += n;
    if (waiting === 0) return;
    if (waiting < minGroup && i < arrived.length - 1) return;
    for (const j of waitingSince) extra[j] = i - j;
    waitingSince = [];
    waiting = 0;
  });
  return extra;
}
