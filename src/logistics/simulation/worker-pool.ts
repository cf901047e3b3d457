import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ScenarioInputs } from '../domain/inputs.js';
import { splitRuns, summarise, type RunMetrics, type SimulationOptions, type SimulationSummary } from '../domain/simulate.js';

/*
 * Runs simulations on worker threads, one per core, kept alive between requests. Each run draws
 * from its own seeded stream, so the split over threads does not change the numbers.
 */

type Reply = { id: number; metrics: RunMetrics; error?: undefined } | { id: number; error: string };

/** A pool of simulation threads. */
export class SimulationPool {
  private workers: Worker[] = [];
  private next = 0;
  private readonly pending = new Map<number, { resolve: (m: RunMetrics) => void; reject: (e: Error) => void }>();

  constructor(private readonly size: number = Math.max(1, Math.min(availableParallelism(), 8))) {}

  private start(): Worker[] {
    if (this.workers.length > 0) return this.workers;
    // Under the TypeScript loader (development, tests) the worker is the .ts file and needs the loader too.
    const typescript = import.meta.url.endsWith('.ts');
    const url = new URL(`./simulation-worker.${typescript ? 'ts' : 'js'}`, import.meta.url);
    for (let i = 0; i < this.size; i++) {
      const worker = typescript
        ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`, {
            eval: true,
          })
        : new Worker(url);
      worker.on('message', (reply: Reply) => {
        const waiting = this.pending.get(reply.id);
        if (!waiting) return;
        this.pending.delete(reply.id);
        if (reply.error !== undefined) waiting.reject(new Error(reply.error));
        else waiting.resolve(reply.metrics);
      });
      worker.on('error', (error) => this.failAll(error));
      worker.unref();
      this.workers.push(worker);
    }
    return this.workers;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
    const workers = this.workers;
    this.workers = [];
    for (const w of workers) void w.terminate();
  }

  /** Runs the simulation spread over the pool's threads. */
  async run(inputs: ScenarioInputs, options: SimulationOptions): Promise<SimulationSummary> {
    const workers = this.start();
    // Idle threads must not keep the process alive; busy ones must.
    for (const w of workers) w.ref();
    const parts = await Promise.all(
      splitRuns(options.runs, workers.length).map(
        ([from, to], i) =>
          new Promise<RunMetrics>((resolve, reject) => {
            const id = ++this.next;
            this.pending.set(id, { resolve, reject });
            workers[i % workers.length]?.postMessage({ id, inputs, options, from, to });
          }),
      ),
    ).finally(() => {
      if (this.pending.size === 0) for (const w of this.workers) w.unref();
    });
    return summarise(options, parts);
  }

  /** Stops every thread. */
  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
