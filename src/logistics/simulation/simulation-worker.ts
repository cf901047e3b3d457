import { parentPort } from 'node:worker_threads';
import type { ScenarioInputs } from '../domain/inputs.js';
import { simulateRange, type SimulationOptions } from '../domain/simulate.js';

/** A worker thread of the simulation pool: runs a range of Monte Carlo runs and sends the metrics back. */
interface Task {
  readonly id: number;
  readonly inputs: ScenarioInputs;
  readonly options: SimulationOptions;
  readonly from: number;
  readonly to: number;
}

parentPort?.on('message', (task: Task) => {
  try {
    const metrics = simulateRange(task.inputs, task.options, task.from, task.to);
    const buffers = [metrics.fte.buffer, metrics.fillRate.buffer, metrics.waitMeanWeeks.buffer] as ArrayBuffer[];
    parentPort?.postMessage({ id: task.id, metrics }, buffers);
  } catch (error) {
    parentPort?.postMessage({ id: task.id, error: (error as Error).message });
  }
});
