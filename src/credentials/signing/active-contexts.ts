import { createRequire } from 'node:module';

/*
 * Shared active contexts for jsonld.js (ADR 0027). jsonld 9 deep-copies the whole active context —
 * every term definition, the scoped context documents inside them and the chain of previous
 * contexts — each time it enters a node object with a type-scoped context and each time it leaves
 * one (jsonld.js issue #414). The Open Badges and VC 2.0 contexts are made of type-scoped contexts,
 * so signing or verifying one OpenBadgeCredential copied hundreds of term definitions dozens of
 * times, and because every copy is a new object, jsonld's cache of processed contexts (keyed by the
 * active context object) never hit for them either.
 *
 * jsonld treats an active context as immutable once processed: context processing always copies
 * before it changes anything (and changes only fresh term definitions), and processed contexts are
 * already shared through its own cache. So a copy can share the term definitions (a new Map of the
 * same entries) and the previous context, and reverting a type-scoped context can return the
 * previous context itself. The output is unchanged; test/credentials/active-contexts.test.ts checks
 * it against the unpatched library, and the version is pinned below so that an upgrade is reviewed.
 */

interface ActiveContext {
  mappings: Map<string, unknown>;
  protected: Record<string, boolean>;
  inverse: unknown;
  previousContext?: ActiveContext;
  // jsonld's own functions, copied from context to context (never called here).
  clone: unknown;
  revertToPreviousContext: unknown;
  getInverse: unknown;
  [key: string]: unknown;
}

/** The jsonld release whose internals this was checked against. */
export const JSONLD_VERSION = '9.0.0';

/** A copy that shares what jsonld never changes (same members as jsonld's own copy). */
function shareClone(this: ActiveContext): ActiveContext {
  const child = {} as ActiveContext;
  child.mappings = new Map(this.mappings);
  child.clone = this.clone;
  child.inverse = null;
  child.getInverse = this.getInverse;
  child.protected = { ...this.protected };
  if (this.previousContext) child.previousContext = this.previousContext;
  child.revertToPreviousContext = this.revertToPreviousContext;
  if ('@base' in this) child['@base'] = this['@base'];
  if ('@language' in this) child['@language'] = this['@language'];
  if ('@vocab' in this) child['@vocab'] = this['@vocab'];
  return child;
}

function shareRevert(this: ActiveContext): ActiveContext {
  return this.previousContext ?? this;
}

let applied: boolean | undefined;

/**
 * Makes jsonld share active contexts in this thread (idempotent). Returns false, changing nothing,
 * when the installed jsonld is not the release checked.
 */
export function shareActiveContexts(): boolean {
  if (applied !== undefined) return applied;
  const require = createRequire(import.meta.url);
  const version = (require('jsonld/package.json') as { version: string }).version;
  if (version !== JSONLD_VERSION) {
    applied = false;
    return applied;
  }
  const context = require('jsonld/lib/context.js') as { getInitialContext(options: { processingMode?: string }): ActiveContext };
  // Every active context descends from one of the cached initial contexts and inherits their methods.
  for (const processingMode of [undefined, 'json-ld-1.0', 'json-ld-1.1']) {
    const initial = context.getInitialContext(processingMode ? { processingMode } : {});
    initial.clone = shareClone;
    initial.revertToPreviousContext = shareRevert;
  }
  applied = true;
  return applied;
}
