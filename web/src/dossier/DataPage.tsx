import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page, RequireSession } from '../app/components';
import { api, call } from '../app/api';
import { query } from './api';
import { useCollections, useOverview } from './queries';
import { DossierNav } from './DossierNav';
import { DossierProblem } from './Problem';
import './dossier.css';

/** Data rights: export everything, and delete the dossier with the account. */
export function DataPage() {
  return (
    <RequireSession>
      <Data />
    </RequireSession>
  );
}

function Data() {
  const { t } = useTranslation('dossier');
  return (
    <Page title={t('dataTitle')} lead={t('dataLead')}>
      <DossierNav />
      <Export />
      <DeleteAccount />
    </Page>
  );
}

function Export() {
  const { t } = useTranslation('dossier');
  const [collection, setCollection] = useState('');
  const collections = useCollections();
  return (
    <section aria-labelledby="exporteren">
      <h2 id="exporteren">{t('exportTitle')}</h2>
      <p>{t('exportLead')}</p>
      <ul className="export-list">
        <li className="card">
          <h3>{t('exportJsonld')}</h3>
          <p>{t('exportJsonldBody')}</p>
          <a className="button secondary" href="/api/dossier/export.jsonld" download>
            {t('downloadJsonld')}
          </a>
        </li>
        <li className="card">
          <h3>{t('exportZip')}</h3>
          <p>{t('exportZipBody')}</p>
          <a className="button secondary" href="/api/dossier/export.zip" download>
            {t('downloadZip')}
          </a>
        </li>
        <li className="card">
          <h3>{t('exportPdf')}</h3>
          <p>{t('exportPdfBody')}</p>
          <div className="field">
            <label htmlFor="pdf-collectie">{t('pdfOf')}</label>
            <select id="pdf-collectie" value={collection} onChange={(e) => setCollection(e.target.value)}>
              <option value="">{t('wholeDossier')}</option>
              {(collections.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <a className="button secondary" href={`/api/dossier/export.pdf${query({ collection })}`} download>
            {t('downloadPdf')}
          </a>
        </li>
      </ul>
    </section>
  );
}

function DeleteAccount() {
  const { t } = useTranslation('dossier');
  const queryClient = useQueryClient();
  const phrase = t('deletePhrase');
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [account, setAccount] = useState(false);
  const overview = useOverview();
  const remove = useMutation({
    mutationFn: () => call(api.DELETE('/api/dossier', { body: { confirm: 'VERWIJDER MIJN DOSSIER', account } })),
    onSuccess: async (result) => {
      setTyped('');
      // Without an account the session is gone; the message stays until the learner leaves with a fresh page load.
      if (!result.accountErased) await queryClient.invalidateQueries({ queryKey: ['dossier'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bad = typed.trim().toLowerCase() !== phrase.toLowerCase();
    setInvalid(bad);
    if (!bad) remove.mutate();
  };
  const shares = overview.data?.activeShares ?? 0;
  return (
    <section aria-labelledby="verwijderen" className="danger-zone">
      <h2 id="verwijderen">{t('deleteTitle')}</h2>
      <div className="alert alert-warning">
        <p>
          <strong>{t('deleteWarningTitle')}</strong>
        </p>
        <ul>
          <li>{t('deleteWarningItems')}</li>
          <li>{t('deleteWarningShares', { count: shares })}</li>
          <li>{t('deleteWarningLog')}</li>
          <li>{t('deleteWarningInstitutions')}</li>
        </ul>
        <p>{t('deleteWarningExport')}</p>
      </div>
      <form onSubmit={submit} noValidate className="dossier-form">
        <div className="field">
          <label htmlFor="verwijder-bevestiging">{t('deleteType', { phrase })}</label>
          <input
            id="verwijder-bevestiging"
            type="text"
            autoComplete="off"
            value={typed}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? 'verwijder-fout' : undefined}
            onChange={(e) => setTyped(e.target.value)}
          />
          {invalid ? (
            <span className="field-error" id="verwijder-fout">
              {t('validation.deletePhrase', { phrase })}
            </span>
          ) : null}
        </div>
        <fieldset className="checkboxes">
          <legend className="visually-hidden">{t('deleteAccount')}</legend>
          <label>
            <input
              type="checkbox"
              checked={account}
              aria-describedby="verwijder-account-uitleg"
              onChange={(e) => setAccount(e.target.checked)}
            />
            <span>{t('deleteAccount')}</span>
          </label>
          <p className="hint" id="verwijder-account-uitleg">
            {t('deleteAccountHint')}
          </p>
        </fieldset>
        <button type="submit" className="button danger" disabled={remove.isPending}>
          {t('deleteAction')}
        </button>
        {remove.isError ? <DossierProblem error={remove.error} /> : null}
      </form>
      {remove.isSuccess ? (
        <div className="alert alert-success" role="status">
          <p>{t('deleted', { count: remove.data.revokedShares })}</p>
          {remove.data.accountErased ? (
            <>
              <p>{t('accountErased')}</p>
              <a href="/">{t('toStart')}</a>
            </>
          ) : (
            <Link to="/dossier">{t('backToDossier')}</Link>
          )}
        </div>
      ) : null}
    </section>
  );
}
