/*
 * Bounds on untrusted documents before any JSON-LD work: nesting depth, number of values and string
 * sizes. Canonicalisation itself is bounded by rdf-canonize's work factor and a per-task time limit.
 */

export const MAX_DEPTH = 32;
export const MAX_VALUES = 20_000;
export const MAX_DOCUMENT_BYTES = 512 * 1024;

/** Why a document is out of bounds, or undefined when it is within them. */
export function outOfBounds(value: unknown): string | undefined {
  let values = 0;
  const stack: Array<{ v: unknown; depth: number }> = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number };
    values += 1;
    if (values > MAX_VALUES) return `more than ${MAX_VALUES} values`;
    if (depth > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH} levels`;
    if (Array.isArray(v)) for (const item of v) stack.push({ v: item, depth: depth + 1 });
    else if (v && typeof v === 'object') for (const item of Object.values(v)) stack.push({ v: item, depth: depth + 1 });
  }
  return undefined;
}
