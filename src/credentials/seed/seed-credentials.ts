import type { ModuleContext } from '../../platform/index.js';
import type { AchievementFields } from '../domain/achievement.js';
import { ensureIssuer } from '../ensure-issuer.js';
import type { CredentialsEnv } from '../env.js';
import { issueAwards } from '../issue-awards.js';
import { resolveAlignments } from '../resolve-alignments.js';
import { findDemoAchievement, insertAchievement } from '../store/achievements.js';
import { institutionIdByCode } from '../store/issuers.js';

const AMSTELKADE = '901A001';

/** Demo badges of ROC Amstelkade (fictional, marked as demo data). */
const demoAchievements: AchievementFields[] = [
  {
    name: 'Veilig werken met gevaarlijke stoffen',
    description:
      'DEMO-GEGEVENS. De deelnemer herkent gevaarlijke stoffen in de apotheek en werkt er veilig mee: opslag, etikettering en afvoer.',
    criteria: 'Praktijkopdracht in de leerapotheek, beoordeeld door twee assessoren met een beoordelingsformulier.',
    criteriaUrl: null,
    image: null,
    achievementType: 'MicroCredential',
    sbu: 28,
    eqfLevel: 4,
    nlqfLevel: '4',
    learningOutcomes: ['Herkent gevarensymbolen en H- en P-zinnen', 'Slaat gevaarlijke stoffen veilig op', 'Voert restanten veilig af'],
    assessmentType: 'practical-assessment',
    participation: 'blended',
    qualityAssurance: 'Vastgesteld door de examencommissie van ROC Amstelkade (demo)',
    alignments: [
      { kind: 'qualification', crebo: '27141' },
      { kind: 'core-task', crebo: '27141', code: 'B1-K2' },
    ],
    tags: ['veiligheid', 'apotheek'],
    enrolmentOpen: false,
  },
  {
    name: 'Digitale vaardigheden: basis',
    description: 'DEMO-GEGEVENS. De deelnemer werkt veilig en handig met de digitale middelen die in de beroepspraktijk gangbaar zijn.',
    criteria: 'Deelname aan vier workshops en een afsluitende opdracht.',
    criteriaUrl: null,
    image: null,
    achievementType: 'Badge',
    sbu: 16,
    eqfLevel: null,
    nlqfLevel: null,
    learningOutcomes: ['Herkent phishing', 'Beheert wachtwoorden veilig'],
    assessmentType: 'project',
    participation: 'online',
    qualityAssurance: null,
    alignments: [],
    tags: ['digitaal burgerschap'],
    enrolmentOpen: true,
  },
];

/** Demo issuer, badges and one awarded badge for demo-student (claimed when Sanne logs in). Idempotent. */
export async function seedCredentials(context: ModuleContext, env: CredentialsEnv): Promise<void> {
  const institutionId = await institutionIdByCode(env.db, AMSTELKADE);
  if (!institutionId) return;
  const issuer = await ensureIssuer({ env, institutionId, actor: { kind: 'system' }, requestId: null });
  for (const fields of demoAchievements) {
    let achievement = await findDemoAchievement(env.db, institutionId, fields.name);
    if (!achievement) {
      const alignments = await resolveAlignments(env.db, context.config.publicUrl, fields.alignments);
      const id = await insertAchievement(env.db, { issuerId: issuer.id, institutionId, values: { ...fields, alignments }, isDemo: true });
      achievement = await findDemoAchievement(env.db, institutionId, fields.name);
      if (!achievement || achievement.id !== id) continue;
    }
    if (fields.achievementType === 'MicroCredential') {
      await issueAwards({
        env,
        issuer,
        achievement,
        recipients: [
          { name: 'Sanne de Vries', email: 'sanne@student.demo.doorpakken.nl', personId: null, idempotencyKey: 'demo:sanne:veilig-werken' },
        ],
        source: 'direct',
        actor: { kind: 'system' },
        requestId: null,
      });
    }
  }
}
