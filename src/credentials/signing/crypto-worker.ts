import { parentPort } from 'node:worker_threads';
import type { SigningKey } from './keys.js';
import { signDataIntegrity } from './sign.js';
import { verifyPresentationProof } from './verify-presentation.js';
import { verifyProofs } from './verify-proof.js';

/** A task for a crypto worker. */
export type CryptoTask =
  | { readonly kind: 'sign'; readonly credential: object; readonly key: SigningKey; readonly created?: string }
  | { readonly kind: 'sign-batch'; readonly credentials: readonly object[]; readonly key: SigningKey }
  | { readonly kind: 'verify'; readonly input: unknown; readonly now: string }
  | { readonly kind: 'verify-presentation'; readonly presentation: unknown; readonly challenge?: string; readonly domain?: string };

/* Runs signing and verification off the main thread, so that both cores work (ADR 0024). */
parentPort?.on('message', (message: { id: number; task: CryptoTask }) => {
  void run(message.task).then(
    (result) => parentPort?.postMessage({ id: message.id, ok: true, result }),
    (error: unknown) =>
      parentPort?.postMessage({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});

async function run(task: CryptoTask): Promise<unknown> {
  switch (task.kind) {
    case 'sign':
      return signDataIntegrity(task.credential, task.key, task.created ? new Date(task.created) : undefined);
    case 'sign-batch': {
      const signed: unknown[] = [];
      for (const credential of task.credentials) signed.push(await signDataIntegrity(credential, task.key));
      return signed;
    }
    case 'verify':
      return verifyProofs(task.input, new Date(task.now));
    case 'verify-presentation':
      return verifyPresentationProof(task.presentation, { challenge: task.challenge, domain: task.domain });
  }
}
