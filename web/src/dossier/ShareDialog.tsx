import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../app/api';
import { LabelledField } from '../app/components';
import { shareLink } from './api';
import { useAllItems, useCollections } from './queries';
import { ItemPicker } from './ItemPicker';
import { DossierProblem } from './Problem';

/** Today plus `days`, as yyyy-mm-dd in the reader's time zone. */
export function daysAhead(days: number, from = new Date()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The end of the chosen day in the reader's time zone, as an ISO instant. */
function endOfDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, 23, 59, 59).toISOString();
}

/** A modal dialog to share a collection or chosen items; shows the link once. */
export function ShareDialog(props: { open: boolean; onClose: () => void; initialCollection?: string }) {
  const { t } = useTranslation('dossier');
  const dialog = useRef<HTMLDialogElement>(null);
  const queryClient = useQueryClient();
  const collections = useCollections();
  const items = useAllItems();
  const [what, setWhat] = useState<'collection' | 'items'>('collection');
  const [collectionId, setCollectionId] = useState(props.initialCollection ?? '');
  const [itemIds, setItemIds] = useState<ReadonlySet<string>>(new Set());
  const [expires, setExpires] = useState(daysAhead(30));
  const [recipient, setRecipient] = useState('');
  const [institutionId, setInstitutionId] = useState('');
  const institutions = useQuery({
    queryKey: ['reference', 'institutions'],
    queryFn: () => call(api.GET('/api/reference/institutions')),
    staleTime: 5 * 60_000,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [copied, setCopied] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/dossier/shares', {
          body: {
            ...(what === 'collection' ? { collectionId } : { itemIds: [...itemIds] }),
            expiresAt: endOfDay(expires),
            ...(recipient.trim() ? { recipientName: recipient.trim() } : {}),
            ...(institutionId ? { institutionId } : {}),
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dossier'] }),
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) element.showModal();
    if (!props.open && element.open) element.close();
  }, [props.open]);

  const close = () => {
    create.reset();
    setCopied(false);
    setErrors({});
    props.onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (what === 'collection' && !collectionId) found['what'] = 'validation.chooseCollection';
    if (what === 'items' && itemIds.size === 0) found['what'] = 'validation.chooseItems';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(expires)) found['expires'] = 'validation.date';
    else if (expires < daysAhead(0)) found['expires'] = 'validation.expiryPast';
    else if (expires > daysAhead(366)) found['expires'] = 'validation.expiryTooFar';
    setErrors(found);
    if (Object.keys(found).length === 0) create.mutate();
  };

  const link = create.data ? shareLink(create.data) : '';
  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="deel-titel" onClose={close}>
      <h2 id="deel-titel">{t('shareTitle')}</h2>
      {create.isSuccess ? (
        <div>
          <div className="alert alert-warning" role="status">
            <p>
              <strong>{t('shownOnce')}</strong>
            </p>
            <p>{t('shownOnceBody')}</p>
          </div>
          <div className="field">
            <label htmlFor="deellink">{t('shareLink')}</label>
            <input id="deellink" type="url" readOnly value={link} onFocus={(e) => e.target.select()} />
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                void navigator.clipboard
                  .writeText(link)
                  .then(() => setCopied(true))
                  .catch(() => setCopied(false));
              }}
            >
              {t('copyLink')}
            </button>
            <button type="button" className="button secondary" onClick={close}>
              {t('done')}
            </button>
            <span role="status" aria-live="polite">
              {copied ? t('copied') : ''}
            </span>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="dossier-form">
          <fieldset className="checkboxes">
            <legend>{t('shareWhat')}</legend>
            <label>
              <input type="radio" name="wat" checked={what === 'collection'} onChange={() => setWhat('collection')} />
              {t('shareCollection')}
            </label>
            <label>
              <input type="radio" name="wat" checked={what === 'items'} onChange={() => setWhat('items')} />
              {t('shareItems')}
            </label>
          </fieldset>
          {what === 'collection' ? (
            <div className="field">
              <label htmlFor="deel-collectie">{t('collection')}</label>
              <select
                id="deel-collectie"
                value={collectionId}
                aria-invalid={errors['what'] ? true : undefined}
                aria-describedby={errors['what'] ? 'deel-wat-fout' : undefined}
                onChange={(e) => setCollectionId(e.target.value)}
              >
                <option value="">{t('noChoice')}</option>
                {(collections.data ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} ({t('itemCount', { count: c.itemIds.length })})
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <ItemPicker
              items={items.data?.items ?? []}
              chosen={itemIds}
              onChange={setItemIds}
              legend={t('chooseItems')}
              describedBy={errors['what'] ? 'deel-wat-fout' : undefined}
            />
          )}
          {errors['what'] ? (
            <p className="field-error" id="deel-wat-fout">
              {t(errors['what'])}
            </p>
          ) : null}
          <LabelledField
            id="deel-verloopt"
            label={t('expiresAt')}
            hint={t('expiresHint')}
            error={errors['expires'] ? t(errors['expires']) : undefined}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                required
                min={daysAhead(0)}
                max={daysAhead(366)}
                value={expires}
                onChange={(e) => setExpires(e.target.value)}
              />
            )}
          </LabelledField>
          <LabelledField id="deel-ontvanger" label={t('recipientName')} optional={t('optional')} hint={t('recipientHint')}>
            {(control) => (
              <input {...control} type="text" maxLength={120} value={recipient} onChange={(e) => setRecipient(e.target.value)} />
            )}
          </LabelledField>
          <LabelledField id="deel-instelling" label={t('shareInstitution')} optional={t('optional')} hint={t('shareInstitutionHint')}>
            {(control) => (
              <select {...control} value={institutionId} onChange={(e) => setInstitutionId(e.target.value)}>
                <option value="">{t('noInstitution')}</option>
                {(institutions.data ?? []).map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name}
                  </option>
                ))}
              </select>
            )}
          </LabelledField>
          {create.isError ? <DossierProblem error={create.error} /> : null}
          <div className="form-actions">
            <button type="submit" className="button" disabled={create.isPending}>
              {t('createLink')}
            </button>
            <button type="button" className="button secondary" onClick={close}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
