import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { paths } from '../api/schema';
import { api, call } from '../app/api';
import { DemoBadge, Page, QueryView } from '../app/components';
import { CatalogProblem } from './CatalogProblem';
import { euros, longDate } from './format';
import './catalog.css';

type Unit = paths['/api/catalog/units/{id}']['get']['responses']['200']['content']['application/json'];
export type Offering = Unit['offerings'][number];

/** One unit as learners see it: what it is, what it contributes to which kwalificatie, when and where, and where else. */
export function UnitPage() {
  const { id = '' } = useParams();
  const unit = useQuery({
    queryKey: ['catalog-unit', id],
    queryFn: () => call(api.GET('/api/catalog/units/{id}', { params: { path: { id } } })),
  });
  if (unit.isError) return <CatalogProblem error={unit.error} onRetry={() => void unit.refetch()} />;
  return <QueryView query={unit}>{(data) => <UnitView unit={data} />}</QueryView>;
}

function UnitView(props: { unit: Unit }) {
  const { t, i18n } = useTranslation('catalog');
  const { unit } = props;
  return (
    <Page title={unit.title} wide>
      <p className="meta">
        <span>{unit.institution.name}</span>
        <span>{t('sbuLong', { sbu: unit.sbu })}</span>
        {unit.durationWeeks ? <span>{t('weeks', { count: unit.durationWeeks })}</span> : null}
        <span>{unit.leerwegen.join(' / ')}</span>
        {unit.leadsTo ? <span className="badge">{t(`leadsTo.${unit.leadsTo}`)}</span> : null}
        {unit.standalone ? <span className="badge">{t('standaloneBadge')}</span> : null}
        {unit.isDemo ? <DemoBadge /> : null}
      </p>
      {unit.harvestedFrom ? <p className="hint">{t('harvestedFrom', { source: unit.harvestedFrom })}</p> : null}
      {unit.description ? <p>{unit.description}</p> : null}
      {unit.partOf ? (
        <p>
          {t('partOf')} <Link to={`/catalogus/eenheden/${unit.partOf.id}`}>{unit.partOf.title}</Link>
        </p>
      ) : null}
      {unit.programme ? <p>{t('inProgramme', { programme: unit.programme })}</p> : null}
      {unit.learningOutcomes.length > 0 ? (
        <section aria-labelledby="outcomes">
          <h2 id="outcomes">{t('outcomesTitle')}</h2>
          <ul>
            {unit.learningOutcomes.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {unit.qualification ? (
        <section aria-labelledby="contribution">
          <h2 id="contribution">{t('contributionTitle')}</h2>
          <p>
            {t('contributesTo')}{' '}
            <Link to={`/catalogus/kwalificaties/${unit.qualification.crebo}`}>
              {unit.qualification.title} ({t('crebo')} {unit.qualification.crebo})
            </Link>
            , {t('niveau', { ns: 'common', niveau: unit.qualification.niveau })}, {unit.qualification.domain}.
          </p>
          <ul className="coverage-list">
            {unit.qualification.coreTasks.map((task) => (
              <li key={task.code} className={task.covered ? 'covered' : undefined}>
                {task.code} {task.title} {task.covered ? <span className="badge">{t('covered')}</span> : null}
                {task.workProcesses.some((w) => w.covered) ? (
                  <ul>
                    {task.workProcesses
                      .filter((w) => w.covered)
                      .map((w) => (
                        <li key={w.code}>
                          {w.code} {w.title}
                        </li>
                      ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {unit.elective ? (
        <section aria-labelledby="elective">
          <h2 id="elective">{t('electiveTitle')}</h2>
          <p>
            <Link to={`/catalogus/keuzedelen/${unit.elective.code}`}>
              {unit.elective.title} ({unit.elective.code})
            </Link>{' '}
            — {t('sbuLong', { sbu: unit.elective.sbu })}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="offerings">
        <h2 id="offerings">{t('offeringsTitle')}</h2>
        {unit.offerings.length === 0 ? (
          <p>{t('noOfferings')}</p>
        ) : (
          <ul className="unit-offerings">
            {unit.offerings.map((o) => (
              <OfferingCard key={o.id} offering={o} language={i18n.language} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="elsewhere">
        <h2 id="elsewhere">{t('elsewhereTitle')}</h2>
        {unit.elsewhere.length === 0 ? (
          <p>{t('elsewhereNone')}</p>
        ) : (
          <ul className="result-list">
            {unit.elsewhere.map((e) => (
              <li key={e.id} className="result">
                <Link to={`/catalogus/eenheden/${e.id}`}>{e.title}</Link>
                <p className="meta">
                  <span>{e.institutionName}</span>
                  {e.sharedCoverage > 0 ? <span>{t('sharedCoverage', { count: e.sharedCoverage })}</span> : null}
                  {e.nextStart ? <span>{t('nextStart', { date: longDate(e.nextStart, i18n.language) })}</span> : null}
                  {e.flexible ? <span>{t('intake.flexible')}</span> : null}
                  {e.minPriceCents !== null ? (
                    <span>{e.minPriceCents === 0 ? t('free') : t('fromPrice', { price: euros(e.minPriceCents, i18n.language) })}</span>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link to="/catalogus">{t('backToSearch')}</Link>
      </p>
    </Page>
  );
}

/** One offering: when, where, how, what it costs and when to apply. */
export function OfferingCard(props: { offering: Offering; language: string }) {
  const { t } = useTranslation('catalog');
  const o = props.offering;
  return (
    <li>
      <p>
        <strong>
          {o.intake === 'flexible'
            ? t('intake.flexible')
            : o.startDate
              ? t('startsOn', { date: longDate(o.startDate, props.language) })
              : t('noStartKnown')}
        </strong>
        {o.endDate ? ` — ${t('endsOn', { date: longDate(o.endDate, props.language) })}` : null}
      </p>
      <p className="meta">
        <span>{t(`mode.${o.mode}`)}</span>
        {o.location ? (
          <span>
            {o.location.name}, {o.location.city}
          </span>
        ) : null}
        {o.priceCents !== null ? <span>{o.priceCents === 0 ? t('free') : euros(o.priceCents, props.language)}</span> : null}
        {o.capacity ? <span>{t('places', { count: o.capacity })}</span> : null}
      </p>
      {o.applicationEnd ? <p className="hint">{t('applyUntil', { date: longDate(o.applicationEnd, props.language) })}</p> : null}
    </li>
  );
}
