import type { z } from 'zod';
import { DomainError, recordAuditEvent, type AnyDb, type Principal } from '../platform/index.js';
import type { ItemKind } from './domain/codes.js';
import { inputSchemas, recordProblems, type RecordProblem } from './domain/records.js';
import { referenceProblems, wantedBy } from './domain/references.js';
import { loadReferenceContext, normalise } from './store/items.js';

/** The singular noun of a kind, for audit subjects. */
export const singular = { programmes: 'programme', units: 'unit', offerings: 'offering', sessions: 'session' } as const;

/** Parses content with its kind's schema (defaults applied) or throws `validation-failed` naming the fields. */
export function parseContent(kind: ItemKind, value: unknown): Record<string, unknown> {
  const parsed = (inputSchemas[kind] as z.ZodType).safeParse(value);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ path: `body/${i.path.join('/')}`, message: i.message }));
    throw new DomainError('validation-failed', errors[0] ? `${errors[0].path}: ${errors[0].message}` : undefined, { errors });
  }
  return normalise(kind, parsed.data as Record<string, unknown>);
}

/** Throws `catalog.invalid-record` with every problem, or returns when there are none. */
export function rejectProblems(problems: readonly RecordProblem[]): void {
  if (problems.length === 0) return;
  throw new DomainError('catalog.invalid-record', problems.map((p) => `${p.field}: ${p.code}`).join('; '), {
    errors: problems.map((p) => ({ path: `body/${p.field}`, message: p.code, code: p.code, ...(p.params ? { params: p.params } : {}) })),
  });
}

/** Checks a record on its own and against what it refers to. */
export async function checkContent(
  trx: AnyDb,
  kind: ItemKind,
  institutionId: string,
  content: Record<string, unknown>,
  options: { publishing: boolean },
): Promise<void> {
  rejectProblems(recordProblems(kind, content));
  const context = await loadReferenceContext(trx, institutionId, wantedBy(content));
  rejectProblems(referenceProblems(kind, content, context, options));
}

/** Translates a unique-code violation into `catalog.code-taken`. */
export function codeTaken(error: unknown, code: unknown): never {
  if ((error as { code?: string }).code === '23505') {
    throw new DomainError('catalog.code-taken', `Code ${String(code)} is already used`, {
      errors: [{ path: 'body/code', message: 'catalog.code-taken', code: 'catalog.code-taken' }],
    });
  }
  throw error;
}

/** Writes the audit event of a change to a catalogue item. */
export async function auditItem(
  trx: AnyDb,
  event: {
    principal: Principal | { kind: 'system' };
    requestId: string | null;
    action: string;
    kind: ItemKind;
    id: string;
    institutionId: string;
    details?: Record<string, string | number | boolean | null | readonly string[]>;
  },
): Promise<void> {
  await recordAuditEvent(trx, {
    actor: event.principal,
    action: `catalog.${singular[event.kind]}-${event.action}`,
    subjectType: `catalog-${singular[event.kind]}`,
    subjectId: event.id,
    institutionId: event.institutionId,
    requestId: event.requestId,
    details: event.details ?? {},
  });
}
