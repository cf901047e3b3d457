import { z } from 'zod';
import { forecastSettingsSchema } from '../domain/forecast.js';
import { scenarioInputsSchema } from '../domain/inputs.js';

export const scenarioSummary = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  kind: z.enum(['baseline', 'variant']),
  basedOnId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  mine: z.boolean(),
  shared: z.boolean(),
  cellCount: z.number().int(),
  version: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const scenarioDetail = scenarioSummary.extend({ inputs: scenarioInputsSchema, canChange: z.boolean() });

/** The engine's answer; its exact shape is the domain's EngineResult (the web app runs the same engine). */
export const engineResult = z.object({
  cells: z.array(z.record(z.string(), z.unknown())),
  totals: z.record(z.string(), z.unknown()),
});

export const band = z.object({ p10: z.number(), p50: z.number(), p90: z.number(), mean: z.number() });
export const simulationSummary = z.object({
  runs: z.number().int(),
  seed: z.number().int(),
  randomness: z.boolean(),
  fte: band,
  fillRate: band,
  waitMeanWeeks: band,
});

export const forecastRequest = z.object({ inputs: scenarioInputsSchema, settings: forecastSettingsSchema }).strict();
export const forecastResult = z.object({
  years: z.array(z.object({ year: z.number().int(), total: z.number(), byCell: z.record(z.string(), z.number()) })),
});

export const studentNumberReport = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  version: z.number().int(),
  changes: z.array(z.object({ key: z.string(), title: z.string(), before: z.number().int(), after: z.number().int() })),
});
