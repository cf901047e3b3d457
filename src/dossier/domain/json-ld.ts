import type { ItemKind, Provenance } from './items.js';

/*
 * The dossier as JSON-LD. Terms of the European Learning Model (ELM 3, the model behind Europass
 * credentials) where they fit: results are learning assessments, diplomas learning achievements
 * specified by a qualification, work placements and work experience learning activities, skills
 * learning outcomes. What ELM has no term for (provenance, portfolio reflections) uses the
 * platform's own vocabulary. Signed credentials are embedded unchanged as JSON literals.
 */

export interface ExportItem {
  readonly id: string;
  readonly kind: ItemKind;
  readonly title: string;
  readonly description: string | null;
  readonly details: Record<string, unknown>;
  readonly provenance: Provenance;
  readonly institution: { readonly code: string; readonly name: string } | null;
  readonly verdict: string | null;
  readonly verifiedAt: string | null;
  readonly credential: Record<string, unknown> | null;
  readonly fileIds: readonly string[];
  readonly datedAt: string;
}

export interface ExportFile {
  readonly id: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  /** Where the file sits in the zip export. */
  readonly path: string;
}

const elmType: Record<ItemKind, string> = {
  result: 'elm:LearningAssessment',
  diploma: 'elm:LearningAchievement',
  credential: 'elm:LearningAchievement',
  'work-placement': 'elm:LearningActivity',
  'work-experience': 'elm:LearningActivity',
  skill: 'elm:LearningOutcome',
  portfolio: 'dp:PortfolioItem',
};

function str(details: Record<string, unknown>, key: string): string | undefined {
  const v = details[key];
  return typeof v === 'string' ? v : undefined;
}

function num(details: Record<string, unknown>, key: string): number | undefined {
  const v = details[key];
  return typeof v === 'number' ? v : undefined;
}

function node(base: string, item: ExportItem): Record<string, unknown> {
  const d = item.details;
  const out: Record<string, unknown> = {
    '@id': `${base}/items/${item.id}`,
    '@type': [elmType[item.kind], `dp:${item.kind}`],
    'dc:title': item.title,
    ...(item.description ? { 'dc:description': item.description } : {}),
    'dp:datedAt': { '@value': item.datedAt, '@type': 'xsd:dateTime' },
    'dp:provenance': item.provenance,
  };
  if (item.institution) {
    out['elm:awardedBy'] = { '@type': 'elm:Organisation', 'elm:legalName': item.institution.name, 'dp:rioCode': item.institution.code };
  }
  switch (item.kind) {
    case 'result':
      if (str(d, 'grade')) out['elm:grade'] = str(d, 'grade');
      if (typeof d['passed'] === 'boolean') out['dp:passed'] = d['passed'];
      if (str(d, 'assessedOn')) out['elm:dateIssued'] = str(d, 'assessedOn');
      if (str(d, 'unitName') || str(d, 'unitCode'))
        out['elm:assesses'] = {
          '@type': 'elm:LearningAssessmentSpecification',
          'dc:title': str(d, 'unitName'),
          'dc:identifier': str(d, 'unitCode'),
        };
      break;
    case 'diploma':
      out['elm:specifiedBy'] = {
        '@type': 'elm:Qualification',
        ...(str(d, 'qualification') ? { 'dc:title': str(d, 'qualification') } : {}),
        ...(str(d, 'crebo') ? { 'dc:identifier': `crebo:${str(d, 'crebo')}` } : {}),
        ...(num(d, 'level') ? { 'elm:eqfLevel': num(d, 'level') } : {}),
      };
      if (str(d, 'awardedOn')) out['elm:dateIssued'] = str(d, 'awardedOn');
      break;
    case 'work-placement':
    case 'work-experience': {
      const org = str(d, 'company') ?? str(d, 'employer');
      if (org) out['elm:location'] = { '@type': 'elm:Organisation', 'elm:legalName': org };
      if (str(d, 'startedOn') || str(d, 'endedOn'))
        out['elm:temporal'] = { '@type': 'elm:PeriodOfTime', 'elm:startDate': str(d, 'startedOn'), 'elm:endDate': str(d, 'endedOn') };
      if (num(d, 'hours') !== undefined) out['elm:workload'] = `PT${num(d, 'hours')}H`;
      if (str(d, 'assessment')) out['dp:assessment'] = str(d, 'assessment');
      if (str(d, 'role')) out['dp:role'] = str(d, 'role');
      break;
    }
    case 'skill':
      if (str(d, 'escoUri')) out['elm:relatedESCOSkill'] = { '@id': str(d, 'escoUri') };
      if (str(d, 'level')) out['dp:level'] = str(d, 'level');
      break;
    case 'portfolio':
      if (str(d, 'reflection')) out['dp:reflection'] = str(d, 'reflection');
      break;
    case 'credential':
      if (item.credential) out['dp:verifiableCredential'] = { '@value': item.credential, '@type': '@json' };
      out['dp:verification'] = { 'dp:verdict': item.verdict, 'dp:checkedAt': item.verifiedAt };
      break;
  }
  if (item.fileIds.length > 0) out['elm:supportingDocument'] = item.fileIds.map((id) => ({ '@id': `${base}/files/${id}` }));
  return out;
}

/** The whole dossier (or a collection of it) as one JSON-LD document. */
export function dossierJsonLd(input: {
  readonly base: string;
  readonly ownerName: string;
  readonly exportedAt: string;
  readonly items: readonly ExportItem[];
  readonly files: readonly ExportFile[];
}): Record<string, unknown> {
  return {
    '@context': {
      elm: 'http://data.europa.eu/snb/model/elm/',
      dc: 'http://purl.org/dc/terms/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      dp: `${input.base}/ns/dossier#`,
    },
    '@id': input.base,
    '@type': 'dp:Dossier',
    'dp:learner': { '@type': 'elm:Person', 'elm:fullName': input.ownerName },
    'dp:exportedAt': { '@value': input.exportedAt, '@type': 'xsd:dateTime' },
    'dp:items': input.items.map((i) => node(input.base, i)),
    'dp:files': input.files.map((f) => ({
      '@id': `${input.base}/files/${f.id}`,
      '@type': 'elm:MediaObject',
      'dc:title': f.name,
      'elm:contentType': f.mediaType,
      'elm:contentSize': f.size,
      'dp:sha256': f.sha256,
      'dp:path': f.path,
    })),
  };
}
