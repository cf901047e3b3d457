import { z } from 'zod';
import { authorize, DomainError, type ZodApp } from '../../platform/index.js';
import { computeScenario } from '../domain/engine.js';
import { forecastStudents } from '../domain/forecast.js';
import { scenarioInputsSchema } from '../domain/inputs.js';
import { defaultConceptSource, defaultFigures, hourNormRulesets, progressionRates } from '../domain/rulesets.js';
import { logisticsPolicy } from '../policy.js';
import type { SimulationPool } from '../simulation/worker-pool.js';
import { engineResult, forecastRequest, forecastResult, simulationSummary } from './schemas.js';

/** A simulation request may ask for at most this many cell-runs (10,000 runs of a 500-cell institution). */
const MAX_CELL_RUNS = 5_000_000;

/** Bodies may hold a whole institution's scenario. */
export const SCENARIO_BODY_LIMIT = 4 * 1024 * 1024;

/** The engine, the rulesets, the forecast and the simulation over HTTP. */
export function registerEngineRoutes(app: ZodApp, pool: SimulationPool): void {
  app.get(
    '/api/logistics/rulesets',
    {
      schema: {
        tags: ['logistics'],
        summary: 'The hour-norm rulesets by version, the default figures with their sources, and the calibrated progression rates',
        response: {
          200: z.object({
            hourNorms: z.array(z.record(z.string(), z.unknown())),
            defaults: z.record(z.string(), z.object({ value: z.number(), unit: z.string(), source: z.record(z.string(), z.unknown()) })),
            conceptSource: z.record(z.string(), z.unknown()),
            progression: z.record(z.string(), z.unknown()),
          }),
        },
      },
    },
    async () => ({
      hourNorms: Object.values(hourNormRulesets).map((r) => ({ ...r })),
      defaults: defaultFigures,
      conceptSource: { ...defaultConceptSource },
      progression: { ...progressionRates },
    }),
  );

  app.post(
    '/api/logistics/calculations',
    {
      bodyLimit: SCENARIO_BODY_LIMIT,
      schema: {
        tags: ['logistics'],
        summary: 'Computes a scenario: per cell and in total groups, fill rate, staff, rooms, money, hour norms and waiting time',
        description: 'Invalid input is answered with 400 and a message per field (for example `body/cells/3/students`).',
        body: z.object({ inputs: scenarioInputsSchema }).strict(),
        response: { 200: engineResult },
      },
    },
    async (request) => computeScenario(request.body.inputs) as unknown as z.infer<typeof engineResult>,
  );

  app.post(
    '/api/logistics/forecasts',
    {
      bodyLimit: SCENARIO_BODY_LIMIT,
      schema: {
        tags: ['logistics'],
        summary: 'Forecasts student numbers 1–5 years ahead with a cohort-flow model (inflow, pass, drop-out and switch rates, changes)',
        body: forecastRequest,
        response: { 200: forecastResult },
      },
    },
    async (request) => forecastStudents(request.body.inputs, request.body.settings) as z.infer<typeof forecastResult>,
  );

  app.post(
    '/api/logistics/simulations',
    {
      bodyLimit: SCENARIO_BODY_LIMIT,
      schema: {
        tags: ['logistics'],
        summary: 'Monte Carlo simulation of arrivals and progression: P10/P50/P90 bands for FTE, fill rate and mean wait',
        description:
          'Seeded: the same inputs, seed and number of runs give the same bands. With randomness off it reproduces the analytic engine.',
        body: z
          .object({
            inputs: scenarioInputsSchema,
            runs: z.number().int().min(1).max(20_000).default(2000),
            seed: z
              .number()
              .int()
              .min(0)
              .max(2 ** 31 - 1)
              .default(1),
            randomness: z.boolean().default(true),
          })
          .strict(),
        response: { 200: simulationSummary },
      },
    },
    async (request) => {
      authorize(request.principal, logisticsPolicy.simulate(request.principal));
      const { inputs, runs, seed, randomness } = request.body;
      if (runs * Math.max(1, inputs.cells.length) > MAX_CELL_RUNS) {
        throw new DomainError(
          'logistics.simulation-too-large',
          `At most ${MAX_CELL_RUNS} cell-runs per request: lower the number of runs`,
          {
            errors: [
              {
                path: 'body/runs',
                message: `runs × cells may be at most ${MAX_CELL_RUNS}`,
                code: 'out-of-range',
                params: { maximum: Math.floor(MAX_CELL_RUNS / Math.max(1, inputs.cells.length)) },
              },
            ],
          },
        );
      }
      return pool.run(inputs, { runs, seed, randomness });
    },
  );
}
