import { authorize, DomainError, type AnyDb, type Principal } from '../platform/index.js';
import { institutionVisible, logisticsPolicy } from './policy.js';
import { findScenario, type ScenarioRecord } from './store/scenarios.js';

/**
 * Loads a scenario for what the caller wants to do with it. A private scenario of someone else at
 * the caller's own institution is answered as not found (its existence is not theirs to know);
 * a scenario of another institution is refused.
 */
export async function loadScenario(
  db: AnyDb,
  principal: Principal,
  id: string,
  need: 'read' | 'change' | 'import',
  options: { forUpdate?: boolean } = {},
): Promise<ScenarioRecord> {
  const scenario = await findScenario(db, id, options);
  if (!scenario) throw new DomainError('not-found', 'No scenario with this id');
  const allowed =
    need === 'read'
      ? logisticsPolicy.read(principal, scenario)
      : need === 'change'
        ? logisticsPolicy.change(principal, scenario)
        : logisticsPolicy.importNumbers(principal, scenario);
  if (allowed) return scenario;
  if (!scenario.shared && institutionVisible(principal, scenario.institutionId)) {
    throw new DomainError('not-found', 'No scenario with this id');
  }
  authorize(principal, false);
  throw new DomainError('forbidden');
}
