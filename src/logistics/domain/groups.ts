import type { SmallGroupPolicy } from './inputs.js';

/*
 * How students become groups. Arrivals are spread evenly over the year; the students arriving
 * between two intake moments form one intake cohort. A cohort below the minimum group size either
 * joins groups already running that still have room (merge) or waits for the next intake moment
 * (postpone); at the last intake moment of the year a group starts whatever its size.
 */

/**
 * Sizes of the intake cohorts when `students` arrive evenly over the year with `intakes` moments:
 * the i-th of `students` arrivals comes at (i + ½)/students of the year and joins the cohort of the
 * interval it falls in. Integer arithmetic: the sizes always add up to `students`.
 */
export function cohortSizes(students: number, intakes: number): number[] {
  const sizes: number[] = new Array<number>(intakes);
  let before = 0;
  for (let i = 0; i < intakes; i++) {
    const upTo = arrivalsBefore(students, intakes, i + 1);
    sizes[i] = upTo - before;
    before = upTo;
  }
  return sizes;
}

/** Arrivals strictly before the boundary b/intakes of the year: #{j ≥ 0 : (j + ½)/students < b/intakes}. */
function arrivalsBefore(students: number, intakes: number, b: number): number {
  // (2j + 1)·intakes < 2·b·students  ⇔  j < (2·b·students − intakes) / (2·intakes)
  const numerator = 2 * b * students - intakes;
  if (numerator <= 0) return 0;
  return Math.min(students, Math.ceil(numerator / (2 * intakes)));
}

/** The cohorts after postponement: who starts at which intake moment, and how many intervals each waited extra. */
export interface StartedCohorts {
  /** Students starting at each intake moment (index i: the moment ending interval i). */
  readonly starting: number[];
  /** Extra intervals waited by the students who arrived in interval i. */
  readonly extraIntervals: number[];
}

/** Applies the small-group policy to the cohorts: postponing combines small cohorts with later ones. */
export function startCohorts(cohorts: readonly number[], minGroupSize: number, policy: SmallGroupPolicy): StartedCohorts {
  const k = cohorts.length;
  const starting = new Array<number>(k).fill(0);
  const extraIntervals = new Array<number>(k).fill(0);
  if (policy === 'merge') {
    for (let i = 0; i < k; i++) starting[i] = cohorts[i] ?? 0;
    return { starting, extraIntervals };
  }
  let carry = 0;
  let firstWaiting = -1;
  for (let i = 0; i < k; i++) {
    const n = (cohorts[i] ?? 0) + carry;
    if (n === 0) continue;
    if (n < minGroupSize && i < k - 1) {
      if (firstWaiting < 0) firstWaiting = i;
      carry = n;
      continue;
    }
    starting[i] = n;
    if (firstWaiting >= 0) for (let j = firstWaiting; j < i; j++) extraIntervals[j] = i - j;
    carry = 0;
    firstWaiting = -1;
  }
  return { starting, extraIntervals };
}

/**
 * Groups needed for the started cohorts at group size `size`. A cohort gets ⌈n / size⌉ groups; with
 * the merge policy a cohort below the minimum joins the groups already running this year when they
 * have room for all of it.
 */
export function groupsFor(starting: readonly number[], size: number, minGroupSize: number, policy: SmallGroupPolicy): number {
  let groups = 0;
  let free = 0;
  for (const n of starting) {
    if (n === 0) continue;
    if (policy === 'merge' && n < minGroupSize && n <= free) {
      free -= n;
      continue;
    }
    const g = Math.ceil(n / size);
    groups += g;
    free += g * size - n;
  }
  return groups;
}

/** Mean and 90th percentile of the wait, in intervals, for cohorts that wait ½ interval on average plus their extra intervals. */
export function waitInIntervals(cohorts: readonly number[], extraIntervals: readonly number[]): { mean: number; p90: number } {
  let students = 0;
  let sum = 0;
  let maxExtra = 0;
  for (let i = 0; i < cohorts.length; i++) {
    const n = cohorts[i] ?? 0;
    const m = extraIntervals[i] ?? 0;
    students += n;
    sum += n * (m + 0.5);
    if (n > 0 && m > maxExtra) maxExtra = m;
  }
  if (students === 0) return { mean: 0, p90: 0 };
  return { mean: sum / students, p90: quantileOfUniformMixture(cohorts, extraIntervals, students, maxExtra, 0.9) };
}

/** The q-quantile of a mixture of uniform waits on [m, m + 1) intervals weighted by cohort size. */
function quantileOfUniformMixture(
  cohorts: readonly number[],
  extraIntervals: readonly number[],
  students: number,
  maxExtra: number,
  q: number,
): number {
  let below = 0;
  for (let segment = 0; segment <= maxExtra; segment++) {
    let inSegment = 0;
    for (let i = 0; i < cohorts.length; i++) if ((extraIntervals[i] ?? 0) === segment) inSegment += cohorts[i] ?? 0;
    const share = inSegment / students;
    if (share > 0 && below + share >= q) return segment + (q - below) / share;
    below += share;
  }
  return maxExtra + 1;
}
