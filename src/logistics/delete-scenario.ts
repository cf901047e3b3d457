import { recordAuditEvent, type AnyDb, type Principal } from '../platform/index.js';
import { loadScenario } from './load-scenario.js';
import { deleteScenario as storeDelete } from './store/scenarios.js';

/** Deletes a scenario the planner may change; variants based on it keep their inputs. */
export async function deleteScenario(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly scenarioId: string;
}): Promise<void> {
  await options.db.transaction().execute(async (trx) => {
    const scenario = await loadScenario(trx, options.principal, options.scenarioId, 'change', { forUpdate: true });
    await storeDelete(trx, scenario.id);
    await recordAuditEvent(trx, {
      actor: options.principal,
      action: 'logistics.scenario-deleted',
      subjectType: 'logistics-scenario',
      subjectId: scenario.id,
      institutionId: scenario.institutionId,
      requestId: options.requestId,
    });
  });
}
