import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page, QueryView, RequireSession } from '../app/components';
import { grantsOf } from '../app/session';
import type { paths } from '../api/schema';
import { api, call } from '../app/api';
import { DossierProblem, useDate } from './Problem';
import { ItemFacts } from './ItemFacts';
import './dossier.css';

/** Roles that act for an institution on learners' dossiers. */
export const staffRoles: ReadonlySet<string> = new Set(['mentor', 'teacher', 'institution_admin']);

type Get<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer J } } } } }
  ? J
  : never;
type StaffCorrection = Get<'/api/dossier/institution/correction-requests'>[number];

/** Institution staff: dossiers learners shared with the institution, and correction requests to answer. */
export function InstitutionPage() {
  return (
    <RequireSession allowed={(s) => grantsOf(s).some((g) => staffRoles.has(g.role))}>
      <Institution />
    </RequireSession>
  );
}

function Institution() {
  const { t } = useTranslation('dossier');
  const date = useDate();
  const shares = useQuery({
    queryKey: ['dossier', 'institution', 'shares'],
    queryFn: () => call(api.GET('/api/dossier/institution/shares')),
  });
  const corrections = useQuery({
    queryKey: ['dossier', 'institution', 'corrections'],
    queryFn: () => call(api.GET('/api/dossier/institution/correction-requests')),
  });
  return (
    <Page title={t('staffTitle')} lead={t('staffLead')} wide>
      <section aria-labelledby="gedeeld-met-ons">
        <h2 id="gedeeld-met-ons">{t('staffShares')}</h2>
        <QueryView query={shares}>
          {(list) =>
            list.length === 0 ? (
              <p>{t('staffSharesEmpty')}</p>
            ) : (
              <ul>
                {list.map((s) => (
                  <li key={s.id}>
                    <Link to={`/dossier/instelling/gedeeld/${s.id}`}>{s.learnerName}</Link>{' '}
                    <span className="muted">({t('validUntil', { date: date(s.expiresAt) })})</span>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
      </section>
      <section aria-labelledby="correcties">
        <h2 id="correcties">{t('staffCorrections')}</h2>
        <QueryView query={corrections}>
          {(list) =>
            list.length === 0 ? (
              <p>{t('staffCorrectionsEmpty')}</p>
            ) : (
              <ul className="corrections staff">
                {list.map((c) => (
                  <li key={c.id} className="card">
                    <CorrectionCard correction={c} />
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
      </section>
    </Page>
  );
}

function CorrectionCard(props: { correction: StaffCorrection }) {
  const { t } = useTranslation('dossier');
  const date = useDate();
  const queryClient = useQueryClient();
  const c = props.correction;
  const [status, setStatus] = useState<'corrected' | 'declined'>('corrected');
  const [answer, setAnswer] = useState('');
  const [invalid, setInvalid] = useState(false);
  const send = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/dossier/institution/correction-requests/{id}/answer', {
          params: { path: { id: c.id } },
          body: { status, answer: answer.trim() },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dossier', 'institution', 'corrections'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bad = answer.trim() === '';
    setInvalid(bad);
    if (!bad) send.mutate();
  };
  const id = `antwoord-${c.id}`;
  return (
    <>
      <h3>{c.itemTitle}</h3>
      <p className="muted">
        {c.learnerName} · {date(c.createdAt)}
        {c.institutionName ? ` · ${c.institutionName}` : ''}
      </p>
      <p className="item-text">{c.message}</p>
      {c.status === 'open' ? (
        <form onSubmit={submit} noValidate className="dossier-form">
          <fieldset className="checkboxes">
            <legend>{t('staffDecision')}</legend>
            {(['corrected', 'declined'] as const).map((s) => (
              <label key={s}>
                <input type="radio" name={`besluit-${c.id}`} checked={status === s} onChange={() => setStatus(s)} />
                {t(`correctionStatus.${s}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={id}>{t('staffAnswer')}</label>
            <textarea
              id={id}
              rows={3}
              maxLength={2000}
              value={answer}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? `${id}-fout` : undefined}
              onChange={(e) => setAnswer(e.target.value)}
            />
            {invalid ? (
              <span className="field-error" id={`${id}-fout`}>
                {t('validation.required')}
              </span>
            ) : null}
          </div>
          <button type="submit" className="button secondary" disabled={send.isPending}>
            {t('staffSend')}
          </button>
          {send.isError ? <DossierProblem error={send.error} /> : null}
        </form>
      ) : (
        <p>
          <strong>{t(`correctionStatus.${c.status}`)}</strong>
          {c.answeredAt ? ` (${date(c.answeredAt)})` : ''}: {c.answer}
        </p>
      )}
    </>
  );
}

/** A dossier share addressed to the institution, as its staff read it (the learner sees the read). */
export function InstitutionSharePage() {
  return (
    <RequireSession allowed={(s) => grantsOf(s).some((g) => staffRoles.has(g.role))}>
      <InstitutionShare />
    </RequireSession>
  );
}

function InstitutionShare() {
  const { t } = useTranslation('dossier');
  const { id = '' } = useParams();
  const read = useQuery({
    queryKey: ['dossier', 'institution', 'share', id],
    queryFn: () => call(api.GET('/api/dossier/institution/shares/{id}', { params: { path: { id } } })),
    retry: false,
  });
  if (read.isError) {
    return (
      <Page title={t('staffShares')}>
        <DossierProblem error={read.error} />
        <Link to="/dossier/instelling">{t('backToStaff')}</Link>
      </Page>
    );
  }
  return (
    <QueryView query={read}>
      {(data) => (
        <Page title={t('sharedBy', { name: data.learnerName })} wide>
          <ul className="shared-items">
            {data.items.map((item) => (
              <li key={item.id} className="card shared-item">
                <p className="item-kind">{t(`kinds.${item.kind}`)}</p>
                <h2 className="item-title">{item.title}</h2>
                <ItemFacts item={item} level={3} />
              </li>
            ))}
          </ul>
          <Link to="/dossier/instelling">{t('backToStaff')}</Link>
        </Page>
      )}
    </QueryView>
  );
}
