import { authorize, recordAuditEvent, requirePerson, type AnyDb, type Principal } from '../platform/index.js';
import { loadScenario } from './load-scenario.js';
import { logisticsPolicy } from './policy.js';
import { insertScenario } from './store/scenarios.js';

/** Copies a scenario the planner can see into a new, private variant of their own. */
export async function duplicateScenario(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly scenarioId: string;
  readonly name: string | undefined;
}): Promise<{ id: string }> {
  const { principal } = options;
  return options.db.transaction().execute(async (trx) => {
    const source = await loadScenario(trx, principal, options.scenarioId, 'read');
    authorize(principal, logisticsPolicy.createAt(principal, source.institutionId));
    const person = requirePerson(principal);
    const id = await insertScenario(trx, {
      institutionId: source.institutionId,
      name: options.name ?? `${source.name} (kopie)`.slice(0, 120),
      description: source.description,
      kind: 'variant',
      basedOnId: source.id,
      ownerPersonId: person.personId,
      shared: false,
      inputs: source.inputs,
    });
    await recordAuditEvent(trx, {
      actor: principal,
      action: 'logistics.scenario-duplicated',
      subjectType: 'logistics-scenario',
      subjectId: id,
      institutionId: source.institutionId,
      requestId: options.requestId,
      details: { basedOn: source.id },
    });
    return { id };
  });
}
