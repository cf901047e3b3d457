import { recordAuditEvents, type AnyDb, type AuditEventInput } from '../platform/index.js';

/*
 * Group commit for audit events of high-volume endpoints (VC-API issuance): events that arrive while
 * a write is in flight go into the next single insert. Every caller still waits until its event is
 * stored, so nothing is answered before it is audited; only the database round trips are shared.
 */

const MAX_BATCH = 500;

/** Records audit events in shared inserts. */
export interface AuditBatcher {
  record(event: AuditEventInput): Promise<void>;
}

/** A batcher writing to `db`. */
export function createAuditBatcher(db: AnyDb): AuditBatcher {
  let queue: Array<{ event: AuditEventInput; resolve: () => void; reject: (error: unknown) => void }> = [];
  let writing = false;
  const flush = async (): Promise<void> => {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(batch.length);
      try {
        await recordAuditEvents(
          db,
          batch.map((b) => b.event),
        );
        for (const b of batch) b.resolve();
      } catch (error) {
        for (const b of batch) b.reject(error);
      }
    }
    writing = false;
  };
  return {
    record(event) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ event, resolve, reject });
        if (!writing) void flush();
      });
    },
  };
}
