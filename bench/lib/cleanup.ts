import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Things to undo after a benchmark, run last-in-first-out; every step runs even when one fails. */
export class Cleanup {
  private readonly steps: Array<() => Promise<unknown>> = [];

  /** Registers a step to run on {@link Cleanup.run}. */
  add(step: () => Promise<unknown>): void {
    this.steps.push(step);
  }

  /** Runs every registered step once, newest first, and reports the failures together. */
  async run(): Promise<void> {
    const errors: unknown[] = [];
    for (const step of this.steps.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw new AggregateError(errors, `cleanup failed: ${errors.map(String).join('; ')}`);
  }
}

/** A new, empty folder under the system's temp folder, removed on cleanup. */
export async function tempDir(cleanup: Cleanup, label: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `doorpakken-bench-${label}-`));
  cleanup.add(() => rm(dir, { recursive: true, force: true }));
  return dir;
}
