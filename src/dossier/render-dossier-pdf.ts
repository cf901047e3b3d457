import type { ItemKind } from './domain/items.js';
import type { DossierEnv } from './env.js';
import { dossierContents } from './export-dossier.js';
import type { CollectionRow } from './store/collections.js';
import type { ItemRow } from './store/items.js';

const words = {
  nl: {
    title: 'Dossier van',
    collection: 'Collectie',
    made: 'Gemaakt op',
    kinds: {
      diploma: 'Diploma’s en certificaten',
      credential: 'Credentials en badges',
      result: 'Resultaten',
      skill: 'Vaardigheden',
      'work-experience': 'Werkervaring',
      'work-placement': 'Beroepspraktijkvorming (bpv)',
      portfolio: 'Portfolio',
    } satisfies Record<ItemKind, string>,
    provenance: {
      'self-declared': 'Zelf ingevoerd',
      'institution-attested': 'Bevestigd door',
      signed: 'Digitaal ondertekend',
    },
    verdict: 'Laatste controle',
    empty: 'Geen onderdelen.',
  },
  en: {
    title: 'Dossier of',
    collection: 'Collection',
    made: 'Made on',
    kinds: {
      diploma: 'Diplomas and certificates',
      credential: 'Credentials and badges',
      result: 'Results',
      skill: 'Skills',
      'work-experience': 'Work experience',
      'work-placement': 'Work placements',
      portfolio: 'Portfolio',
    } satisfies Record<ItemKind, string>,
    provenance: {
      'self-declared': 'Self-declared',
      'institution-attested': 'Attested by',
      signed: 'Digitally signed',
    },
    verdict: 'Last check',
    empty: 'No items.',
  },
} as const;

const detailLabels: Record<string, string> = {
  grade: 'Cijfer',
  unitName: 'Onderdeel',
  unitCode: 'Code',
  company: 'Bedrijf',
  employer: 'Werkgever',
  role: 'Functie',
  startedOn: 'Van',
  endedOn: 'Tot',
  hours: 'Uren',
  assessment: 'Beoordeling',
  qualification: 'Kwalificatie',
  crebo: 'Crebo',
  level: 'Niveau',
  awardedOn: 'Behaald op',
  assessedOn: 'Beoordeeld op',
  issuerName: 'Uitgever',
  reflection: 'Reflectie',
};

function provenanceLine(item: ItemRow, w: (typeof words)['nl' | 'en']): string {
  if (item.provenance === 'institution-attested') return `${w.provenance['institution-attested']} ${item.institution_name ?? ''}`.trim();
  if (item.provenance === 'signed') return `${w.provenance.signed} · ${w.verdict}: ${item.verdict ?? '—'}`;
  return w.provenance['self-declared'];
}

/** The dossier, or one collection, as a readable A4 PDF grouped by kind. */
export async function renderDossierPdf(
  env: DossierEnv,
  options: { ownerId: string; ownerName: string; collection: CollectionRow | undefined; lang: 'nl' | 'en' },
): Promise<Buffer> {
  const w = words[options.lang];
  const { items } = await dossierContents(env, options.ownerId, options.collection?.id);
  // Loaded on first use: the PDF library costs start-up time every process would pay for a rare request.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${w.title} ${options.ownerName}` } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(20).text(`${w.title} ${options.ownerName}`);
  if (options.collection) doc.font('Helvetica').fontSize(13).text(`${w.collection}: ${options.collection.name}`);
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#555')
    .text(`${w.made} ${new Date().toISOString().slice(0, 10)}`)
    .fillColor('black');
  doc.moveDown();
  if (items.length === 0) doc.fontSize(11).text(w.empty);
  for (const kind of Object.keys(w.kinds) as ItemKind[]) {
    const ofKind = items.filter((i) => i.kind === kind);
    if (ofKind.length === 0) continue;
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(14).text(w.kinds[kind]);
    for (const item of ofKind) {
      doc.moveDown(0.3).font('Helvetica-Bold').fontSize(11).text(item.title);
      doc.font('Helvetica-Oblique').fontSize(9).fillColor('#333').text(provenanceLine(item, w)).fillColor('black');
      if (item.description) doc.font('Helvetica').fontSize(10).text(item.description);
      const details = Object.entries(item.details)
        .filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        .map(([k, v]) => `${detailLabels[k] ?? k}: ${String(v)}`);
      if (details.length > 0) doc.font('Helvetica').fontSize(9).text(details.join(' · '));
    }
  }
  doc.end();
  return done;
}
