import type { Cleanup } from './cleanup.js';
import type { MachineDescription } from './machine.js';

/** A figure must reach at least, or stay at most, this value to meet its target. */
export interface Target {
  readonly comparison: 'at-least' | 'at-most';
  readonly value: number;
}

/** Units a figure can have; they decide how it is formatted. */
export type Unit = 's' | 'ms' | 'req/s' | 'queries/s' | 'ratio';

/** One measured number, shown as a cell of its suite's table: `label` is the row, `group` the column. */
export interface Figure {
  /** Stable identifier, for example `read.p50`; the same key in another group is the same row. */
  readonly key: string;
  readonly label: string;
  /** The column, for example the database backend. */
  readonly group: string;
  readonly value: number;
  readonly unit: Unit;
  readonly target?: Target;
}

/** What a suite's run returns. */
export interface SuiteOutcome {
  readonly figures: readonly Figure[];
  /** Sentences printed under the suite's table (caveats, versions). */
  readonly notes?: readonly string[];
  /** Everything else measured (full distributions, error counts), kept in the results file. */
  readonly details?: unknown;
}

/** Settings shared by every suite in one run. */
export interface BenchContext {
  readonly repoRoot: string;
  /** A PostgreSQL server where databases may be created and dropped. */
  readonly adminDatabaseUrl: string;
  /** Seconds of each measured load phase. */
  readonly durationSeconds: number;
  /** Seconds of load before each measurement that are not recorded. */
  readonly warmupSeconds: number;
  /** Undone after the suite, whether it succeeded or not. */
  readonly cleanup: Cleanup;
  /** The compiled server entry point; built once per run, on first use. */
  readonly serverScript: () => Promise<string>;
  readonly log: (line: string) => void;
}

/** A benchmark suite: a file in bench/suites exports one as a named export. */
export interface Suite {
  /** Used on the command line and as the results file name. */
  readonly name: string;
  readonly description: string;
  run(context: BenchContext): Promise<SuiteOutcome>;
}

/** The contents of bench/results/<suite>.json. */
export interface SuiteResultFile extends SuiteOutcome {
  readonly suite: string;
  readonly description: string;
  /** ISO 8601, when the run finished. */
  readonly timestamp: string;
  readonly durationSeconds: number;
  readonly machine: MachineDescription;
}

/** True for an object shaped like a {@link Suite}. */
export function isSuite(value: unknown): value is Suite {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof Suite, unknown>>;
  return typeof candidate.name === 'string' && typeof candidate.description === 'string' && typeof candidate.run === 'function';
}

/** Whether a figure meets its target; undefined when it has none. */
export function meetsTarget(figure: Figure): boolean | undefined {
  if (!figure.target) return undefined;
  return figure.target.comparison === 'at-least' ? figure.value >= figure.target.value : figure.value <= figure.target.value;
}
