import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../app/components';
import { uploadWithProgress } from '../app/upload';
import { query, type StoredFile } from './api';
import { DossierProblem, fileSize } from './Problem';

/** Largest file the form offers to send; the server decides for real. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Uploads evidence files one by one with a progress bar, and lists what is attached. */
export function FileUpload(props: { id: string; files: readonly StoredFile[]; onChange: (files: StoredFile[]) => void }) {
  const { t } = useTranslation('dossier');
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);

  const send = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setError(null);
    const added: StoredFile[] = [];
    for (const file of Array.from(list)) {
      if (file.size > MAX_FILE_BYTES) {
        setError({ code: 'dossier.file-too-large', title: 'too large', status: 413, type: '' });
        continue;
      }
      abort.current = new AbortController();
      setProgress({ name: file.name, fraction: 0 });
      try {
        const stored = await uploadWithProgress<StoredFile>({
          url: `/api/dossier/files${query({ name: file.name })}`,
          body: file,
          contentType: file.type || 'application/octet-stream',
          onProgress: (fraction) => setProgress({ name: file.name, fraction }),
          signal: abort.current.signal,
        });
        added.push(stored);
      } catch (failure) {
        setError(failure);
      }
    }
    setProgress(null);
    if (added.length > 0) props.onChange([...props.files, ...added]);
  };

  return (
    <div className="field">
      <label htmlFor={props.id}>{t('files')}</label>
      <span className="hint" id={`${props.id}-hint`}>
        {t('filesHint')}
      </span>
      <input
        id={props.id}
        type="file"
        multiple
        accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.zip,.docx,.xlsx,.pptx,.odt,.ods,.txt"
        aria-describedby={`${props.id}-hint`}
        disabled={progress !== null}
        onChange={(e) => {
          void send(e.target.files);
          e.target.value = '';
        }}
      />
      {progress ? (
        <div className="upload-progress">
          <ProgressBar value={progress.fraction} label={t('uploading', { name: progress.name })} />
          <button type="button" className="button secondary small" onClick={() => abort.current?.abort()}>
            {t('cancelUpload')}
          </button>
        </div>
      ) : null}
      {error ? <DossierProblem error={error} /> : null}
      {props.files.length > 0 ? (
        <ul className="file-list" aria-label={t('attachedFiles')}>
          {props.files.map((f) => (
            <li key={f.id}>
              <a href={`/api/dossier/files/${f.id}`} target="_blank" rel="noreferrer">
                {f.name}
              </a>{' '}
              {f.size > 0 ? <span className="muted">({fileSize(f.size)})</span> : null}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={t('removeFileNamed', { name: f.name })}
                onClick={() => props.onChange(props.files.filter((x) => x.id !== f.id))}
              >
                {t('removeFile')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
