import { authorize, recordAuditEvent, type AnyDb, type Principal } from '../platform/index.js';
import type { StandardRules } from './domain/standard.js';
import { catalogPolicy } from './policy.js';
import { recheckStandard, unitIdsOf } from './store/derived.js';
import { putRuleset } from './store/rulesets.js';

/**
 * Sets the standard-unit ruleset of the sector (platform administrators) or of one institution (its
 * catalogue editors), and checks every unit it applies to again.
 */
export async function setRuleset(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string | null;
  readonly name: string;
  readonly rules: StandardRules;
}): Promise<{ version: number; checkedUnits: number }> {
  const { principal, institutionId } = options;
  authorize(
    principal,
    institutionId === null ? catalogPolicy.manageSectorStandard(principal) : catalogPolicy.editCatalog(principal, institutionId),
  );
  return options.db.transaction().execute(async (trx) => {
    const result = await putRuleset(trx, { institutionId }, { name: options.name, rules: options.rules });
    if (!result.changed) return { version: result.version, checkedUnits: 0 };
    const units = await unitIdsOf(trx, institutionId);
    await recheckStandard(trx, units);
    await recordAuditEvent(trx, {
      actor: principal,
      action: 'catalog.ruleset-changed',
      subjectType: 'catalog-ruleset',
      subjectId: result.id,
      institutionId,
      requestId: options.requestId,
      details: { scope: institutionId === null ? 'sector' : 'institution', version: result.version, checkedUnits: units.length },
    });
    return { version: result.version, checkedUnits: units.length };
  });
}
