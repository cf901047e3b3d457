import { z } from 'zod';
import { offsetLimit, pageQuery, type AnyDb, type ZodApp } from '../../platform/index.js';
import { standardRules } from '../domain/standard.js';
import { setRuleset } from '../set-ruleset.js';
import { listRulesets } from '../store/rulesets.js';
import { standardReport } from '../store/standard-report.js';

const tags = ['standard units'];

const ruleset = z.object({
  id: z.uuid(),
  scope: z.enum(['sector', 'institution']),
  institutionId: z.uuid().nullable(),
  institutionName: z.string().nullable(),
  name: z.string(),
  version: z.number().int(),
  rules: standardRules,
  updatedAt: z.string(),
  isDemo: z.boolean(),
});

const rulesetBody = z.object({ name: z.string().trim().min(1).max(200), rules: standardRules }).strict();
const setResult = z.object({ version: z.number().int(), checkedUnits: z.number().int() });

/** Standard units ("legoblokjes"): the agreed rulesets and the report of units that break them. */
export function registerStandardRoutes(app: ZodApp, db: AnyDb): void {
  app.get(
    '/api/catalog/rulesets',
    {
      schema: {
        tags,
        summary: 'The agreed standards: the sector ruleset and each institution’s own',
        querystring: z.object({ institution: z.uuid().optional().describe('Only the sector’s and this institution’s rulesets') }),
        response: { 200: z.array(ruleset) },
      },
    },
    async (request) =>
      (await listRulesets(db, request.query.institution)).map((r) => ({
        ...r,
        rules: standardRules.parse(r.rules),
        updatedAt: r.updatedAt.toISOString(),
      })),
  );

  app.put(
    '/api/catalog/rulesets/sector',
    {
      schema: {
        tags,
        summary: 'Set the sector’s standard (platform administrators); every unit is checked again',
        body: rulesetBody,
        response: { 200: setResult },
      },
    },
    async (request) =>
      setRuleset({
        db,
        principal: request.principal,
        requestId: request.id,
        institutionId: null,
        name: request.body.name,
        rules: request.body.rules,
      }),
  );

  app.put(
    '/api/catalog/workspace/:institutionId/ruleset',
    {
      schema: {
        tags,
        summary: 'Set the institution’s own standard (its catalogue editors); its units are checked again',
        params: z.object({ institutionId: z.uuid() }),
        body: rulesetBody,
        response: { 200: setResult },
      },
    },
    async (request) =>
      setRuleset({
        db,
        principal: request.principal,
        requestId: request.id,
        institutionId: request.params.institutionId,
        name: request.body.name,
        rules: request.body.rules,
      }),
  );

  app.get(
    '/api/catalog/standard-report',
    {
      schema: {
        tags,
        summary: 'Published units that break an agreed standard, and why',
        querystring: pageQuery.extend({
          institution: z.uuid().optional(),
          rule: z.enum(['sbu-not-allowed', 'too-short', 'too-long', 'duration-missing', 'field-missing', 'too-few-outcomes']).optional(),
        }),
        response: {
          200: z.object({
            total: z.number().int(),
            checked: z.number().int().describe('Published units checked'),
            page: z.number().int(),
            pageSize: z.number().int(),
            byRule: z.array(z.object({ rule: z.string(), units: z.number().int() })),
            items: z.array(
              z.object({
                id: z.uuid(),
                code: z.string(),
                title: z.string(),
                institutionId: z.uuid(),
                institutionName: z.string(),
                sbu: z.number().int(),
                durationWeeks: z.number().int().nullable(),
                harvested: z.boolean(),
                issues: z.array(
                  z.object({
                    ruleset: z.string(),
                    rulesetVersion: z.number().int(),
                    rule: z.string(),
                    params: z.record(z.string(), z.union([z.string(), z.number()])),
                  }),
                ),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { page, pageSize, institution, rule } = request.query;
      const report = await standardReport(db, { institutionId: institution, rule, ...offsetLimit(request.query) });
      return {
        total: report.total,
        checked: report.checked,
        page,
        pageSize,
        byRule: report.byRule,
        items: report.rows.map((r) => ({
          id: r.id,
          code: r.code,
          title: r.title,
          institutionId: r.institution_id,
          institutionName: r.institution_name,
          sbu: r.sbu,
          durationWeeks: r.duration_weeks,
          harvested: r.harvested,
          issues: r.issues,
        })),
      };
    },
  );
}
