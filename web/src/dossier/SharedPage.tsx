import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { toProblem } from '../app/api';
import { Loading, Page } from '../app/components';
import { switchLanguage } from '../app/i18n';
import { api, call } from '../app/api';
import type { SharedItem as SharedItemData, SharedView } from './api';
import { DossierProblem, fileSize, useDate } from './Problem';
import { ItemFacts } from './ItemFacts';
import './dossier.css';

/** Problem codes that mean "this link no longer works" (expired or revoked): only that fact is shown. */
const goneCodes = new Set(['dossier.share-expired', 'dossier.share-revoked']);

/** The recipient's page behind a share link: no login, printable, with provenance and live verification. */
export function SharedPage() {
  const { t } = useTranslation('dossier');
  const { token = '' } = useParams();
  const shared = useQuery({
    queryKey: ['shared', token],
    queryFn: () => call(api.GET('/api/shared/{token}', { params: { path: { token } } })),
    retry: false,
    staleTime: Infinity,
  });
  useEffect(() => {
    // The link is a secret: search engines must not index what is behind it.
    const meta = document.createElement('meta');
    meta.name = 'robots';
    meta.content = 'noindex';
    document.head.append(meta);
    return () => meta.remove();
  }, []);
  if (shared.isPending) return <Loading />;
  if (shared.isError) {
    const problem = toProblem(shared.error);
    if (problem.status === 410 || goneCodes.has(problem.code) || problem.status === 404) {
      const state = problem.code === 'dossier.share-expired' ? 'expired' : problem.code === 'dossier.share-revoked' ? 'revoked' : 'gone';
      return (
        <Page title={t('sharedGoneTitle')}>
          <p>{t(`sharedGone.${state}`)}</p>
          <LanguageToggle />
        </Page>
      );
    }
    return (
      <Page title={t('sharedTitle')}>
        <DossierProblem error={shared.error} onRetry={() => void shared.refetch()} />
      </Page>
    );
  }
  return <Shared token={token} view={shared.data} />;
}

function LanguageToggle() {
  const { i18n } = useTranslation();
  const { t } = useTranslation('dossier');
  const other = i18n.language === 'nl' ? 'en' : 'nl';
  return (
    <button type="button" className="button secondary no-print" lang={other} onClick={() => void switchLanguage(other)}>
      {t('otherLanguage')}
    </button>
  );
}

function Shared(props: { token: string; view: SharedView }) {
  const { t } = useTranslation('dossier');
  const date = useDate();
  const { view } = props;
  const base = `/api/shared/${encodeURIComponent(props.token)}`;
  return (
    <Page title={t('sharedBy', { name: view.ownerName })} wide>
      <div className="shared-meta">
        <p className="muted">
          {view.recipientName ? `${t('sharedWith', { name: view.recipientName })} · ` : ''}
          {t('validUntil', { date: date(view.expiresAt) })}
        </p>
      </div>
      <div className="dossier-actions no-print">
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <a className="button secondary" href={`${base}/presentation?format=vp`} download>
          {t('downloadPresentation')}
        </a>
        <a className="button secondary" href={`${base}/presentation?format=json`} download>
          {t('downloadJson')}
        </a>
        <LanguageToggle />
      </div>
      <p className="hint">{t('provenanceExplained')}</p>
      <ul className="shared-items">
        {view.items.map((item) => (
          <li key={item.id} className="card shared-item">
            <SharedItem item={item} base={base} />
          </li>
        ))}
      </ul>
      <p className="muted print-only">{t('printedFrom', { date: date(new Date().toISOString()) })}</p>
    </Page>
  );
}

function SharedItem(props: { item: SharedItemData; base: string }) {
  const { t } = useTranslation('dossier');
  const { item } = props;
  return (
    <>
      <p className="item-kind">{t(`kinds.${item.kind}`)}</p>
      <h2 className="item-title">{item.title}</h2>
      <ItemFacts item={item} level={3} />
      {item.files.length > 0 ? (
        <>
          <h3>{t('files')}</h3>
          <ul className="file-list">
            {item.files.map((f) => (
              <li key={f.id}>
                <a href={`${props.base}/files/${f.id}`} download={f.name}>
                  {f.name}
                </a>{' '}
                <span className="muted">({fileSize(f.size)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
