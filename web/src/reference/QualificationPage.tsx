import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../app/api';
import { DemoBadge, Page, QueryView } from '../app/components';

/** One kwalificatie: its place in the structure, core tasks with work processes, and keuzedelen. */
export function QualificationPage() {
  const { t } = useTranslation('reference');
  const { crebo = '' } = useParams();
  const query = useQuery({
    queryKey: ['qualification', crebo],
    queryFn: () => call(api.GET('/api/reference/qualifications/{crebo}', { params: { path: { crebo } } })),
  });
  return (
    <Page title={query.data?.title ?? t('crebo') + ' ' + crebo}>
      <QueryView query={query}>
        {(q) => (
          <>
            <dl className="facts">
              <div>
                <dt>{t('crebo')}</dt>
                <dd>
                  {q.crebo} {q.isDemo ? <DemoBadge /> : null}
                </dd>
              </div>
              <div>
                <dt>{t('niveauLabel')}</dt>
                <dd>{t('niveau', { ns: 'common', niveau: q.niveau })}</dd>
              </div>
              <div>
                <dt>{t('domain')}</dt>
                <dd>{q.domain}</dd>
              </div>
              <div>
                <dt>{t('dossier')}</dt>
                <dd>
                  {q.dossier.title} ({q.dossier.crebo})
                </dd>
              </div>
              {q.validFrom ? (
                <div>
                  <dt>{t('validFrom')}</dt>
                  <dd>{q.validFrom}</dd>
                </div>
              ) : null}
              {q.validUntil ? (
                <div>
                  <dt>{t('validUntil')}</dt>
                  <dd>{q.validUntil}</dd>
                </div>
              ) : null}
            </dl>
            <section aria-labelledby="kerntaken">
              <h2 id="kerntaken">{t('coreTasks')}</h2>
              <ol className="core-tasks">
                {q.coreTasks.map((task) => (
                  <li key={task.code}>
                    <h3>
                      <span className="code">{task.code}</span> {task.title}{' '}
                      <span className="muted">({task.code.startsWith('P') ? t('profieldeel') : t('basisdeel')})</span>
                    </h3>
                    <ul>
                      {task.workProcesses.map((wp) => (
                        <li key={wp.code}>
                          <span className="code">{wp.code}</span> {wp.title}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="keuzedelen">
              <h2 id="keuzedelen">{t('electives')}</h2>
              {q.electives.length === 0 ? (
                <p>{t('noElectives')}</p>
              ) : (
                <ul className="chips">
                  {q.electives.map((e) => (
                    <li key={e.code}>
                      <Link to={`/keuzedelen/${e.code}`}>
                        {e.title}{' '}
                        <span className="muted">
                          ({e.code}, {t('sbu', { sbu: e.sbu })})
                        </span>
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </QueryView>
      <p>
        <Link to="/kwalificaties">{t('toQualifications')}</Link>
      </p>
    </Page>
  );
}
