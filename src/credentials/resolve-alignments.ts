import { DomainError, type AnyDb, type FieldError } from '../platform/index.js';
import { findElective, findQualification } from '../reference/index.js';
import type { Alignment, AlignmentInput } from './domain/achievement.js';

/**
 * Resolves alignments against the qualification structure (reference module): the kwalificatie,
 * core task or keuzedeel must exist; its title and public page become the alignment's name and URL.
 * Catalogue units are taken as given (URL and name).
 */
export async function resolveAlignments(db: AnyDb, publicUrl: string, inputs: readonly AlignmentInput[]): Promise<Alignment[]> {
  const errors: FieldError[] = [];
  const resolved: Alignment[] = [];
  for (const [i, input] of inputs.entries()) {
    const path = `body/alignments/${i}`;
    switch (input.kind) {
      case 'qualification': {
        const q = await findQualification(db, input.crebo);
        if (!q) errors.push({ path, code: 'unknown-reference', message: `no kwalificatie with crebo ${input.crebo}` });
        else resolved.push({ kind: 'qualification', code: q.crebo, name: q.title, url: `${publicUrl}/kwalificaties/${q.crebo}` });
        break;
      }
      case 'core-task': {
        const q = await findQualification(db, input.crebo);
        const task = q?.coreTasks.find((c) => c.code === input.code);
        if (!q || !task) errors.push({ path, code: 'unknown-reference', message: `no core task ${input.code} in crebo ${input.crebo}` });
        else
          resolved.push({
            kind: 'core-task',
            code: task.code,
            crebo: q.crebo,
            name: task.title,
            url: `${publicUrl}/kwalificaties/${q.crebo}`,
          });
        break;
      }
      case 'elective': {
        const e = await findElective(db, input.code);
        if (!e) errors.push({ path, code: 'unknown-reference', message: `no keuzedeel ${input.code}` });
        else resolved.push({ kind: 'elective', code: e.code, name: e.title, url: `${publicUrl}/keuzedelen/${e.code}` });
        break;
      }
      case 'catalog-unit':
        resolved.push({ kind: 'catalog-unit', code: input.code ?? input.url, name: input.name, url: input.url });
        break;
    }
  }
  if (errors.length > 0) throw new DomainError('validation-failed', errors[0]?.message, { errors });
  return resolved;
}
