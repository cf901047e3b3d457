import { timelineDate, type InstitutionKind, type SelfDeclarableKind } from '../domain/items.js';
import type { DossierEnv } from '../env.js';
import { insertCollection, setCollectionItems } from '../store/collections.js';
import { demoPerson, hasSelfDeclaredItems, institutionByCode } from '../store/demo.js';
import { insertItem, upsertInstitutionItem } from '../store/items.js';

/** What ROC Amstelkade (demo) pushed for Sanne: results and a work placement, keyed by its own ids. */
const attested: Array<{ externalId: string; kind: InstitutionKind; title: string; details: Record<string, unknown> }> = [
  {
    externalId: 'demo-res-b1k1',
    kind: 'result',
    title: 'Ontvangt en slaat goederen op (B1-K1)',
    details: {
      unitCode: 'B1-K1',
      unitName: 'Ontvangt en slaat goederen op',
      grade: '7,8',
      passed: true,
      assessedOn: '2025-01-24',
      crebo: '25397',
    },
  },
  {
    externalId: 'demo-res-b1k2',
    kind: 'result',
    title: 'Verzamelt en verzendt goederen (B1-K2)',
    details: {
      unitCode: 'B1-K2',
      unitName: 'Verzamelt en verzendt goederen',
      grade: '8,1',
      passed: true,
      assessedOn: '2025-04-11',
      crebo: '25397',
    },
  },
  {
    externalId: 'demo-res-nl2f',
    kind: 'result',
    title: 'Nederlands 2F',
    details: { unitName: 'Nederlands', grade: 'voldoende', passed: true, assessedOn: '2025-05-30' },
  },
  {
    externalId: 'demo-bpv-2025',
    kind: 'work-placement',
    title: 'Bpv Logistiek medewerker',
    details: {
      company: 'Distributiecentrum Westpoort (demo)',
      startedOn: '2025-02-03',
      endedOn: '2025-06-27',
      hours: 640,
      assessment: 'Voldoende; zelfstandig en nauwkeurig bij orderpicken.',
      supervisor: 'J. de Wit',
    },
  },
];

const selfDeclared: Array<{ kind: SelfDeclarableKind; title: string; description?: string; details: Record<string, unknown> }> = [
  { kind: 'skill', title: 'Heftruck rijden', details: { level: 'intermediate' } },
  { kind: 'skill', title: 'Werken met een handscanner en WMS', details: { level: 'advanced' } },
  {
    kind: 'work-experience',
    title: 'Vakkenvuller',
    description: 'Bijbaan naast de opleiding.',
    details: {
      employer: 'Supermarkt De Hoek (demo)',
      role: 'Vakkenvuller',
      startedOn: '2023-09-01',
      endedOn: '2024-12-31',
      hoursPerWeek: 12,
    },
  },
  { kind: 'diploma', title: 'Heftruckcertificaat', details: { issuerName: 'Opleidingscentrum Transport (demo)', awardedOn: '2024-11-15' } },
  {
    kind: 'portfolio',
    title: 'Verbetervoorstel looproutes',
    details: {
      reflection:
        'Door de looproutes in het magazijn anders in te delen werd het orderpicken sneller. Ik leerde meten voordat ik verander.',
    },
  },
];

/**
 * Demo dossier of Sanne de Vries (demo-student at ROC Amstelkade): results and a work placement the
 * school pushed, a few items she declared herself, and the collection "CV voor logistieke banen".
 * The demo badge arrives once she accepts it. Idempotent: pushes are upserts, her own items are
 * written once.
 */
export async function seedDossier(env: DossierEnv): Promise<void> {
  const person = await demoPerson(env.db, 'demo-student');
  const institution = await institutionByCode(env.db, '901A001');
  if (!person || !institution) return;
  await env.db.transaction().execute(async (trx) => {
    const pushed: string[] = [];
    for (const a of attested) {
      const { row } = await upsertInstitutionItem(trx, {
        ownerId: person.id,
        kind: a.kind,
        title: a.title,
        description: null,
        details: a.details,
        fileIds: [],
        provenance: 'institution-attested',
        datedAt: timelineDate(a.kind, a.details, new Date()),
        institution,
        externalId: a.externalId,
      });
      pushed.push(row.id);
    }
    if (await hasSelfDeclaredItems(trx, person.id)) return;
    const own: string[] = [];
    for (const s of selfDeclared) {
      const row = await insertItem(trx, {
        ownerId: person.id,
        kind: s.kind,
        title: s.title,
        description: s.description ?? null,
        details: s.details,
        fileIds: [],
        provenance: 'self-declared',
        datedAt: timelineDate(s.kind, s.details, new Date('2025-07-01T00:00:00Z')),
      });
      own.push(row.id);
    }
    const collectionId = await insertCollection(trx, person.id, {
      name: 'CV voor logistieke banen',
      description: 'Wat ik laat zien als ik solliciteer als logistiek medewerker.',
    });
    await setCollectionItems(
      trx,
      person.id,
      collectionId,
      [pushed[0], pushed[1], pushed[3], own[0], own[1], own[3]].filter((id): id is string => !!id),
    );
  });
}
