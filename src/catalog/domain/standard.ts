import { z } from 'zod';

/**
 * Standard units ("legoblokjes"): what institutions or the sector agreed about the size and the
 * description of a unit. A ruleset is checked on every unit; a unit that breaks it is still valid
 * (the standard is an agreement, not a law) but shows up in the report with the reasons.
 */

export const REQUIRABLE_FIELDS = ['description', 'learningOutcomes', 'coverage', 'durationWeeks', 'leadsTo'] as const;
export type RequirableField = (typeof REQUIRABLE_FIELDS)[number];

/** The rules of one ruleset. Every rule is optional; an empty ruleset accepts every unit. */
export const standardRules = z
  .object({
    /** Study loads (SBU) a unit may have; empty means any. */
    allowedSbu: z.array(z.number().int().min(1).max(10_000)).max(40).default([]),
    minWeeks: z.number().int().min(1).max(208).nullable().default(null),
    maxWeeks: z.number().int().min(1).max(208).nullable().default(null),
    requiredFields: z.array(z.enum(REQUIRABLE_FIELDS)).max(REQUIRABLE_FIELDS.length).default([]),
    minLearningOutcomes: z.number().int().min(0).max(30).default(0),
  })
  .strict();
export type StandardRules = z.output<typeof standardRules>;

/** A ruleset as it applies to units: its name and version travel with each finding. */
export interface Ruleset {
  readonly id: string;
  readonly scope: 'sector' | 'institution';
  readonly name: string;
  readonly version: number;
  readonly rules: StandardRules;
}

/** What the checks look at in a unit. */
export interface StandardSubject {
  readonly sbu: number;
  readonly durationWeeks: number | null;
  readonly description: string | null;
  readonly learningOutcomes: readonly string[];
  readonly covers: readonly string[];
  readonly electiveCode: string | null;
  readonly leadsTo: string | null;
}

/** One way a unit breaks an agreed standard. */
export interface StandardIssue {
  readonly ruleset: string;
  readonly rulesetVersion: number;
  readonly rule: 'sbu-not-allowed' | 'too-short' | 'too-long' | 'duration-missing' | 'field-missing' | 'too-few-outcomes';
  readonly params: Readonly<Record<string, string | number>>;
}

function present(subject: StandardSubject, field: RequirableField): boolean {
  switch (field) {
    case 'description':
      return (subject.description ?? '').trim().length > 0;
    case 'learningOutcomes':
      return subject.learningOutcomes.length > 0;
    case 'coverage':
      return subject.covers.length > 0 || subject.electiveCode !== null;
    case 'durationWeeks':
      return subject.durationWeeks !== null;
    case 'leadsTo':
      return subject.leadsTo !== null;
  }
}

/** Checks a unit against every ruleset that applies to it; returns the findings (none when it meets them all). */
export function checkStandard(subject: StandardSubject, rulesets: readonly Ruleset[]): StandardIssue[] {
  const issues: StandardIssue[] = [];
  for (const set of rulesets) {
    const { rules } = set;
    const issue = (rule: StandardIssue['rule'], params: Record<string, string | number> = {}) =>
      issues.push({ ruleset: set.name, rulesetVersion: set.version, rule, params });
    if (rules.allowedSbu.length > 0 && !rules.allowedSbu.includes(subject.sbu)) {
      issue('sbu-not-allowed', { sbu: subject.sbu, allowed: [...rules.allowedSbu].sort((a, b) => a - b).join(', ') });
    }
    if (rules.minWeeks !== null || rules.maxWeeks !== null) {
      const weeks = subject.durationWeeks;
      if (weeks === null) issue('duration-missing');
      else if (rules.minWeeks !== null && weeks < rules.minWeeks) issue('too-short', { weeks, min: rules.minWeeks });
      else if (rules.maxWeeks !== null && weeks > rules.maxWeeks) issue('too-long', { weeks, max: rules.maxWeeks });
    }
    for (const field of rules.requiredFields) if (!present(subject, field)) issue('field-missing', { field });
    if (rules.minLearningOutcomes > 0 && subject.learningOutcomes.length < rules.minLearningOutcomes) {
      issue('too-few-outcomes', { count: subject.learningOutcomes.length, min: rules.minLearningOutcomes });
    }
  }
  return issues;
}
