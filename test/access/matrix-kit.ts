import { createApiClient } from '../../src/platform/identity/client-credentials.js';
import type { TestApp } from '../support/test-app.js';
import type { Caller, MatrixWorld } from './matrix-callers.js';

/** Whether the data a request touches belongs to the caller's own institution or another one. */
export type Target = 'own' | 'other';

/** One route in the matrix: how to call it for a target, and who may. */
export interface MatrixRow {
  readonly method: string;
  /** The route pattern exactly as registered. */
  readonly url: string;
  /** Targets that make sense for this route (default: own and other). */
  readonly targets?: readonly Target[];
  readonly request: (context: { t: TestApp; world: MatrixWorld; target: Target }) => MatrixRequest | Promise<MatrixRequest>;
  readonly allow: (caller: Caller, target: Target) => boolean;
}

export interface MatrixRequest {
  readonly url: string;
  readonly payload?: unknown;
  readonly contentType?: string;
}

/** Shorthands for who may call. */
export const allow = {
  everyone: (): boolean => true,
  persons: (caller: Caller): boolean => caller.kind === 'person',
  nobodyBut:
    (...labels: string[]) =>
    (caller: Caller): boolean =>
      labels.includes(caller.label),
};

/** Registers a machine client and returns form credentials for the token endpoint. */
export async function clientCredentialsForm(t: TestApp, world: MatrixWorld): Promise<string> {
  const client = await createApiClient(t.database.db, { institutionId: world.ownInstitutionId, name: 'matrix', scopes: ['read'] });
  return `grant_type=client_credentials&client_id=${client.clientId}&client_secret=${client.clientSecret}`;
}
