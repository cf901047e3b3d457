import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError, call } from '../app/api';
import { LabelledField, Page, RequireSession } from '../app/components';
import { DossierNav } from './DossierNav';
import { DossierProblem } from './Problem';
import { ProvenanceLabel, VerdictLine, verificationState } from './Provenance';
import './dossier.css';

type Source = 'file' | 'paste' | 'url';

/** The body of an import: a JSON credential, a VC-JWT, or a link to either. */
export function importBody(raw: string, source: Source): { credential: Record<string, unknown> } | { jwt: string } | { url: string } {
  const text = raw.trim();
  if (source === 'url') return { url: text };
  if (text.startsWith('{')) {
    try {
      return { credential: JSON.parse(text) as Record<string, unknown> };
    } catch {
      throw new ApiError({
        type: '/problems/dossier.credential-unreadable',
        title: 'unreadable',
        status: 400,
        code: 'dossier.credential-unreadable',
      });
    }
  }
  if (/^[\w-]+\.[\w-]+\.[\w-]*$/.test(text)) return { jwt: text };
  throw new ApiError({
    type: '/problems/dossier.credential-unreadable',
    title: 'unreadable',
    status: 400,
    code: 'dossier.credential-unreadable',
  });
}

/** Importing a badge or other credential into the dossier; it is verified on the way in. */
export function ImportPage() {
  return (
    <RequireSession>
      <Import />
    </RequireSession>
  );
}

function Import() {
  const { t } = useTranslation('dossier');
  const queryClient = useQueryClient();
  const [source, setSource] = useState<Source>('file');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const run = useMutation({
    mutationFn: async () => {
      const raw = source === 'file' ? ((await file?.text()) ?? '') : source === 'paste' ? text : url;
      return call(api.POST('/api/dossier/credentials', { body: importBody(raw, source) }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dossier'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = source === 'file' ? !file : source === 'paste' ? !text.trim() : !url.trim();
    setMissing(empty);
    if (!empty) run.mutate();
  };
  return (
    <Page title={t('importTitle')} lead={t('importLead')}>
      <DossierNav />
      <form onSubmit={submit} noValidate className="dossier-form">
        <fieldset className="checkboxes source-choice">
          <legend>{t('importHow')}</legend>
          {(['file', 'paste', 'url'] as const).map((s) => (
            <label key={s}>
              <input type="radio" name="bron" value={s} checked={source === s} onChange={() => setSource(s)} />
              {t(`importSource.${s}`)}
            </label>
          ))}
        </fieldset>
        {source === 'file' ? (
          <LabelledField id="import-bestand" label={t('importFile')} hint={t('importFileHint')}>
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".json,.jsonld,.jwt,.txt,application/json,application/ld+json,text/plain"
                aria-invalid={missing || undefined}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </LabelledField>
        ) : source === 'paste' ? (
          <LabelledField id="import-tekst" label={t('importPaste')}>
            {(control) => (
              <textarea
                {...control}
                rows={8}
                className="code"
                value={text}
                aria-invalid={missing || undefined}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </LabelledField>
        ) : (
          <LabelledField id="import-url" label={t('importUrl')} hint={t('importUrlHint')}>
            {(control) => (
              <input
                {...control}
                type="url"
                inputMode="url"
                value={url}
                aria-invalid={missing || undefined}
                onChange={(e) => setUrl(e.target.value)}
              />
            )}
          </LabelledField>
        )}
        {missing ? (
          <p className="field-error" role="alert">
            {t('validation.importMissing')}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={run.isPending}>
          {run.isPending ? t('importing') : t('importAction')}
        </button>
      </form>
      {run.isError ? <DossierProblem error={run.error} /> : null}
      {run.isSuccess ? (
        <div className={verificationState(run.data.provenance) !== 'valid' ? 'alert alert-warning' : 'alert alert-success'} role="status">
          <p>{t('imported', { title: run.data.title })}</p>
          <p>
            <ProvenanceLabel provenance={run.data.provenance} />
          </p>
          {run.data.provenance.verification ? <VerdictLine verification={run.data.provenance.verification} /> : null}
          <Link to={`/dossier/items/${run.data.id}`}>{t('openItem')}</Link>
        </div>
      ) : null}
    </Page>
  );
}
