import { useTranslation } from 'react-i18next';
import type { DossierItem } from './api';
import { useItemFacts } from './facts';
import { useDate } from './Problem';
import { ProvenanceLabel, VerdictLine } from './Provenance';

/**
 * What an item says, the same for the learner and for a recipient: where it comes from, its
 * verification, its facts, description and reflection. `level` is the heading level of the
 * reflection under the page's item heading.
 */
export function ItemFacts(props: { item: Pick<DossierItem, 'kind' | 'details' | 'provenance' | 'datedAt' | 'description'>; level: 2 | 3 }) {
  const { t } = useTranslation('dossier');
  const date = useDate();
  const factsOf = useItemFacts();
  const { item } = props;
  const reflection = typeof item.details['reflection'] === 'string' ? item.details['reflection'] : null;
  const Heading = props.level === 2 ? 'h2' : 'h3';
  return (
    <>
      <p className="provenance-line">
        <ProvenanceLabel provenance={item.provenance} detailed />
      </p>
      {item.provenance.kind === 'signed' && item.provenance.verification ? (
        <VerdictLine verification={item.provenance.verification} />
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t('fields.date')}</dt>
          <dd>{date(item.datedAt)}</dd>
        </div>
        {factsOf(item).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {item.description ? <p className="item-text">{item.description}</p> : null}
      {reflection ? (
        <>
          <Heading>{t('details.reflection')}</Heading>
          <p className="item-text">{reflection}</p>
        </>
      ) : null}
    </>
  );
}
