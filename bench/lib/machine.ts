import { arch, cpus, release, totalmem, type as osType } from 'node:os';
import { postgresServerVersion } from './postgres.js';

/** The machine a result was measured on, stored with every result file. */
export interface MachineDescription {
  readonly cpuModel: string;
  readonly cpuCount: number;
  readonly totalMemoryBytes: number;
  readonly node: string;
  /** Version of the PostgreSQL server at BENCH_DATABASE_URL; null when none answered. */
  readonly postgres: string | null;
  readonly os: string;
}

/** Describes this machine and the PostgreSQL server the benchmarks use. */
export async function describeMachine(adminUrl: string): Promise<MachineDescription> {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cpuCount: processors.length,
    totalMemoryBytes: totalmem(),
    node: process.version,
    postgres: (await postgresServerVersion(adminUrl)) ?? null,
    os: `${osType()} ${release()} ${arch()}`,
  };
}

/** One line for people: `2 × Intel Xeon …, 23.5 GiB, Node v20.20.2, PostgreSQL 15.20, Linux 6.1 x64`. */
export function machineLine(machine: MachineDescription): string {
  const gib = (machine.totalMemoryBytes / 1024 ** 3).toFixed(1);
  const postgres = machine.postgres ? `PostgreSQL ${machine.postgres}` : 'no PostgreSQL';
  return `${machine.cpuCount} × ${machine.cpuModel}, ${gib} GiB RAM, Node ${machine.node}, ${postgres}, ${machine.os}`;
}
