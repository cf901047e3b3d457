import { z } from 'zod';
import type { AnyDb, ZodApp } from '../../platform/index.js';
import { targetGroupNames, targetGroups, withAvailability } from '../domain/overview.js';
import { loadTeams, loadThemes } from '../store/overview.js';

const bilingual = z.object({ nl: z.string(), en: z.string() });
const targetGroup = z.enum(targetGroups);

const overview = z.object({
  targetGroups: z.array(z.object({ code: targetGroup, name: bilingual })),
  themes: z.array(
    z.object({
      code: z.string(),
      name: bilingual,
      description: bilingual,
      products: z.array(
        z.object({
          code: z.string(),
          name: bilingual,
          description: bilingual,
          module: z.string().nullable(),
          path: z.string().nullable(),
          targetGroups: z.array(targetGroup),
          available: z.boolean().describe('True when this platform already delivers the product'),
        }),
      ),
    }),
  ),
});

/** The public overview of the programme ("overzichtsplaat") and its teams. */
export function registerOverviewRoutes(app: ZodApp, db: AnyDb, delivered: ReadonlySet<string>): void {
  app.get(
    '/api/programme/overview',
    {
      schema: {
        tags: ['programme'],
        summary: "The programme's themes and which products serve which target group",
        response: { 200: overview },
      },
    },
    async () => ({
      targetGroups: targetGroups.map((code) => ({ code, name: targetGroupNames[code] })),
      themes: withAvailability(await loadThemes(db), delivered).map((theme) => ({
        ...theme,
        products: theme.products.map((p) => ({ ...p, targetGroups: [...p.targetGroups] })),
      })),
    }),
  );

  app.get(
    '/api/programme/teams',
    {
      schema: {
        tags: ['programme'],
        summary: "The programme's theme teams",
        response: { 200: z.array(z.object({ id: z.uuid(), code: z.string(), name: bilingual, themeCode: z.string().nullable() })) },
      },
    },
    async () => loadTeams(db),
  );
}
