import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page, QueryView, RequireSession, ScrollRegion } from '../app/components';
import { api, call } from '../app/api';
import type { Share } from './api';
import { CollectionsSection } from './CollectionsSection';
import { DossierNav } from './DossierNav';
import { DossierProblem, useDate } from './Problem';
import { useShares, useShareSubject } from './queries';
import { ShareDialog } from './ShareDialog';
import './dossier.css';

/** Sharing: collections, the share dialog, active and ended shares with revoke. */
export function SharePage() {
  return (
    <RequireSession>
      <Sharing />
    </RequireSession>
  );
}

function Sharing() {
  const { t } = useTranslation('dossier');
  const [open, setOpen] = useState(false);
  return (
    <Page title={t('shareTitlePage')} lead={t('shareLead')} wide>
      <DossierNav />
      <div className="dossier-actions">
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('newShare')}
        </button>
      </div>
      <ShareDialog open={open} onClose={() => setOpen(false)} />
      <Shares />
      <CollectionsSection />
    </Page>
  );
}

function Shares() {
  const { t } = useTranslation('dossier');
  const shares = useShares();
  return (
    <QueryView query={shares}>
      {(list) => {
        const active = list.filter((s) => s.status === 'active');
        const ended = list.filter((s) => s.status !== 'active');
        return (
          <>
            <section aria-labelledby="actief">
              <h2 id="actief">{t('activeShares')}</h2>
              {active.length === 0 ? <p>{t('noActiveShares')}</p> : <ShareTable shares={active} caption={t('activeShares')} />}
            </section>
            {ended.length > 0 ? (
              <section aria-labelledby="beeindigd">
                <h2 id="beeindigd">{t('endedShares')}</h2>
                <ShareTable shares={ended} caption={t('endedShares')} />
              </section>
            ) : null}
          </>
        );
      }}
    </QueryView>
  );
}

function ShareTable(props: { shares: readonly Share[]; caption: string }) {
  const { t } = useTranslation('dossier');
  const date = useDate();
  const subject = useShareSubject();
  return (
    <ScrollRegion label={props.caption}>
      <table className="data share-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shared')}</th>
            <th scope="col">{t('recipient')}</th>
            <th scope="col">{t('createdAt')}</th>
            <th scope="col">{t('expiresAtShort')}</th>
            <th scope="col">{t('opened')}</th>
            <th scope="col">{t('state')}</th>
          </tr>
        </thead>
        <tbody>
          {props.shares.map((s) => (
            <tr key={s.id}>
              <td data-label={t('shared')}>{subject(s)}</td>
              <td data-label={t('recipient')}>{s.recipientName ?? <span className="muted">{t('anyone')}</span>}</td>
              <td data-label={t('createdAt')}>{date(s.createdAt)}</td>
              <td data-label={t('expiresAtShort')}>{date(s.expiresAt)}</td>
              <td data-label={t('opened')}>
                <Link to={`/dossier/inzage?deellink=${s.id}`}>{t('openCount', { count: s.openCount ?? 0 })}</Link>
              </td>
              <td data-label={t('state')}>
                <ShareStatus share={s} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function ShareStatus(props: { share: Share }) {
  const { t } = useTranslation('dossier');
  const queryClient = useQueryClient();
  const subject = useShareSubject();
  const state = props.share.status;
  const revoke = useMutation({
    mutationFn: () => call(api.DELETE('/api/dossier/shares/{id}', { params: { path: { id: props.share.id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dossier'] }),
  });
  if (state !== 'active') return <span className="status-pill">{t(`shareState.${state}`)}</span>;
  const who = props.share.recipientName ?? subject(props.share);
  return (
    <>
      <button
        type="button"
        className="button danger small"
        disabled={revoke.isPending}
        onClick={() => {
          if (window.confirm(t('revokeConfirm'))) revoke.mutate();
        }}
      >
        {t('revoke')}
        {who ? <span className="visually-hidden"> ({who})</span> : null}
      </button>
      {revoke.isError ? <DossierProblem error={revoke.error} /> : null}
    </>
  );
}
