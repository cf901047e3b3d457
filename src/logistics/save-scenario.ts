import { DomainError, recordAuditEvent, type AnyDb, type Principal } from '../platform/index.js';
import { loadScenario } from './load-scenario.js';
import { updateScenario, type ScenarioPatch } from './store/scenarios.js';

/**
 * Saves a scenario: name, description, sharing and inputs. `version` is the version the caller
 * edited; when someone saved in between, the save is refused (409) instead of overwriting theirs.
 */
export async function saveScenario(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly scenarioId: string;
  readonly version: number;
  readonly patch: ScenarioPatch;
}): Promise<{ version: number }> {
  const { principal, patch } = options;
  return options.db.transaction().execute(async (trx) => {
    const scenario = await loadScenario(trx, principal, options.scenarioId, 'change', { forUpdate: true });
    if (scenario.version !== options.version) {
      throw new DomainError('logistics.scenario-changed', 'Someone saved this scenario in the meantime; reload it first', {
        currentVersion: scenario.version,
      });
    }
    if (patch.shared === false && scenario.shared && principal.kind === 'person' && scenario.ownerPersonId !== principal.personId) {
      throw new DomainError('forbidden', 'Only the owner can make a shared scenario private again');
    }
    const version = await updateScenario(trx, scenario.id, patch);
    const fields = (Object.keys(patch) as Array<keyof ScenarioPatch>).filter((k) => patch[k] !== undefined);
    await recordAuditEvent(trx, {
      actor: principal,
      action: patch.shared !== undefined && patch.shared !== scenario.shared ? 'logistics.scenario-shared' : 'logistics.scenario-saved',
      subjectType: 'logistics-scenario',
      subjectId: scenario.id,
      institutionId: scenario.institutionId,
      requestId: options.requestId,
      details: { fields, version },
    });
    return { version };
  });
}
