import { z } from 'zod';
import { itemKinds, provenances } from '../domain/items.js';
import type { ItemRow } from '../store/items.js';

/** A check of a credential's last verification (codes only, the web app translates them). */
const verificationJson = z.object({
  verdict: z.string().describe('valid, invalid, revoked, suspended, expired, not-yet-valid, unreadable, unknown-issuer'),
  verified: z.boolean(),
  checkedAt: z.string(),
  checks: z.array(z.object({ name: z.string(), outcome: z.string(), code: z.string() })),
});

export const provenanceJson = z.object({
  kind: z.enum(provenances),
  institution: z.object({ code: z.string(), name: z.string() }).nullable().describe('The attesting institution (institution-attested)'),
  verification: verificationJson.nullable().describe('The last verification of a signed credential; null when not verified yet'),
});

export const itemJson = z.object({
  id: z.uuid(),
  kind: z.enum(itemKinds),
  title: z.string(),
  description: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  fileIds: z.array(z.uuid()),
  provenance: provenanceJson,
  editable: z.boolean().describe('Whether the learner may change the item (only self-declared items)'),
  datedAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ItemJson = z.infer<typeof itemJson>;

/** An evidence file as its owner sees it next to an item. */
export const fileFactsJson = z.object({ id: z.uuid(), name: z.string(), mediaType: z.string(), size: z.number().int() });

/** One item of the learner's own, with its files' names (the item page and the edit form). */
export const ownItemJson = itemJson.extend({ files: z.array(fileFactsJson).describe('The evidence files, in the item’s order') });

export function toFileFactsJson(file: { id: string; name: string; media_type: string; size: number }): z.infer<typeof fileFactsJson> {
  return { id: file.id, name: file.name, mediaType: file.media_type, size: file.size };
}

interface StoredReport {
  verified?: boolean;
  checks?: Array<{ name: string; outcome: string; code: string }>;
}

/** The verification stored with an item, as the API shows it. */
export function verificationOf(row: Pick<ItemRow, 'verdict' | 'verification' | 'verified_at'>): z.infer<typeof verificationJson> | null {
  if (!row.verdict || !row.verified_at) return null;
  const report = (row.verification ?? {}) as StoredReport;
  return {
    verdict: row.verdict,
    verified: row.verdict === 'valid' && report.verified === true,
    checkedAt: row.verified_at.toISOString(),
    checks: (report.checks ?? []).map((c) => ({ name: c.name, outcome: c.outcome, code: c.code })),
  };
}

export function toItemJson(row: ItemRow): ItemJson {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    details: row.details,
    fileIds: row.file_ids,
    provenance: {
      kind: row.provenance,
      institution:
        row.provenance === 'institution-attested' && row.institution_code && row.institution_name
          ? { code: row.institution_code, name: row.institution_name }
          : null,
      verification: row.provenance === 'signed' ? verificationOf(row) : null,
    },
    editable: row.provenance === 'self-declared',
    datedAt: row.dated_at.toISOString(),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
