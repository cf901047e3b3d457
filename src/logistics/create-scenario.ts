import { authorize, recordAuditEvent, requirePerson, type AnyDb, type Principal } from '../platform/index.js';
import { emptyInputs, type ScenarioInputs } from './domain/inputs.js';
import { logisticsPolicy } from './policy.js';
import { insertScenario } from './store/scenarios.js';

/** Creates a scenario at the planner's institution (empty inputs when none are given). */
export async function createScenario(options: {
  readonly db: AnyDb;
  readonly principal: Principal;
  readonly requestId: string;
  readonly institutionId: string;
  readonly name: string;
  readonly description: string | null;
  readonly kind: 'baseline' | 'variant';
  readonly shared: boolean;
  readonly inputs: ScenarioInputs | undefined;
}): Promise<{ id: string }> {
  const { principal, institutionId } = options;
  authorize(principal, logisticsPolicy.createAt(principal, institutionId));
  const person = requirePerson(principal);
  return options.db.transaction().execute(async (trx) => {
    const id = await insertScenario(trx, {
      institutionId,
      name: options.name,
      description: options.description,
      kind: options.kind,
      basedOnId: null,
      ownerPersonId: person.personId,
      shared: options.shared,
      inputs: options.inputs ?? emptyInputs(),
    });
    await recordAuditEvent(trx, {
      actor: principal,
      action: 'logistics.scenario-created',
      subjectType: 'logistics-scenario',
      subjectId: id,
      institutionId,
      requestId: options.requestId,
      details: { kind: options.kind, shared: options.shared },
    });
    return { id };
  });
}
