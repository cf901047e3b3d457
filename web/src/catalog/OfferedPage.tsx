import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../app/api';
import { Page, QueryView } from '../app/components';
import { euros, longDate } from './format';
import { OfferingCard } from './UnitPage';
import './catalog.css';

/** Per kwalificatie (`crebo`) or keuzedeel (`code`): which institutions offer it, when and how. */
export function OfferedPage(props: { by: 'qualification' | 'elective' }) {
  const { t, i18n } = useTranslation('catalog');
  const { crebo = '', code = '' } = useParams();
  const offered = useQuery({
    queryKey: ['catalog-offered', props.by, crebo, code],
    queryFn: () =>
      props.by === 'qualification'
        ? call(api.GET('/api/catalog/qualifications/{crebo}/offered', { params: { path: { crebo } } }))
        : call(api.GET('/api/catalog/electives/{code}/offered', { params: { path: { code } } })),
  });
  return (
    <QueryView query={offered}>
      {(data) => (
        <Page
          title={t(props.by === 'qualification' ? 'offeredQualificationTitle' : 'offeredElectiveTitle', {
            title: data.subject.title,
            code: data.subject.code,
          })}
          wide
        >
          <p className="lead">{t('offeredLead', { count: data.institutions.length })}</p>
          <p>
            <Link to={props.by === 'qualification' ? `/kwalificaties/${data.subject.code}` : `/keuzedelen/${data.subject.code}`}>
              {t('toReference')}
            </Link>
          </p>
          {data.institutions.map((inst) => (
            <section key={inst.id} aria-labelledby={`inst-${inst.id}`}>
              <h2 id={`inst-${inst.id}`}>{inst.name}</h2>
              {inst.programmes.map((p) => (
                <div key={p.id}>
                  <h3>
                    {p.title} ({p.leerweg})
                  </h3>
                  {p.offerings.length === 0 ? (
                    <p>{t('noOfferings')}</p>
                  ) : (
                    <ul className="unit-offerings">
                      {p.offerings.map((o) => (
                        <OfferingCard key={o.id} offering={o} language={i18n.language} />
                      ))}
                    </ul>
                  )}
                </div>
              ))}
              {inst.units.length > 0 ? (
                <>
                  <h3>{t('unitsOffered')}</h3>
                  <ul className="result-list">
                    {inst.units.map((u) => (
                      <li key={u.id} className="result">
                        <Link to={`/catalogus/eenheden/${u.id}`}>{u.title}</Link>
                        <p className="meta">
                          <span>{t('sbuShort', { sbu: u.sbu })}</span>
                          {u.nextStart ? <span>{t('nextStart', { date: longDate(u.nextStart, i18n.language) })}</span> : null}
                          {u.flexible ? <span>{t('intake.flexible')}</span> : null}
                          <span>{u.modes.map((m) => t(`mode.${m}`)).join(', ')}</span>
                          {u.provinces.length ? <span>{u.provinces.join(', ')}</span> : null}
                          {u.minPriceCents !== null ? (
                            <span>
                              {u.minPriceCents === 0 ? t('free') : t('fromPrice', { price: euros(u.minPriceCents, i18n.language) })}
                            </span>
                          ) : null}
                        </p>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
          ))}
        </Page>
      )}
    </QueryView>
  );
}
