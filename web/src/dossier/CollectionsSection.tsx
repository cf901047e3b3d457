import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../app/components';
import { api, call } from '../app/api';
import type { Collection } from './api';
import { ItemPicker } from './ItemPicker';
import { useAllItems, useCollections } from './queries';
import { DossierProblem } from './Problem';

/** Collections: create, rename, fill with items, delete. */
export function CollectionsSection() {
  const { t } = useTranslation('dossier');
  const queryClient = useQueryClient();
  const collections = useCollections();
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState(false);
  const create = useMutation({
    mutationFn: () => call(api.POST('/api/dossier/collections', { body: { name: name.trim(), itemIds: [] } })),
    onSuccess: async () => {
      setName('');
      await queryClient.invalidateQueries({ queryKey: ['dossier'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bad = name.trim() === '';
    setInvalid(bad);
    if (!bad) create.mutate();
  };
  return (
    <section aria-labelledby="collecties">
      <h2 id="collecties">{t('collections')}</h2>
      <p>{t('collectionsLead')}</p>
      <form className="form-inline" onSubmit={submit} noValidate>
        <div className="field grow">
          <label htmlFor="nieuwe-collectie">{t('collectionName')}</label>
          <input
            id="nieuwe-collectie"
            type="text"
            value={name}
            maxLength={120}
            placeholder={t('collectionNameExample')}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? 'nieuwe-collectie-fout' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {invalid ? (
            <span className="field-error" id="nieuwe-collectie-fout">
              {t('validation.required')}
            </span>
          ) : null}
        </div>
        <div className="field actions">
          <button type="submit" className="button secondary" disabled={create.isPending}>
            {t('createCollection')}
          </button>
        </div>
      </form>
      {create.isError ? <DossierProblem error={create.error} /> : null}
      <QueryView query={collections}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('noCollections')}</p>
          ) : (
            <ul className="collection-list">
              {list.map((c) => (
                <li key={c.id} className="card">
                  <CollectionCard collection={c} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

function CollectionCard(props: { collection: Collection }) {
  const { t } = useTranslation('dossier');
  const queryClient = useQueryClient();
  const { collection } = props;
  const items = useAllItems();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(collection.itemIds));
  const save = useMutation({
    mutationFn: () =>
      call(api.PATCH('/api/dossier/collections/{id}', { params: { path: { id: collection.id } }, body: { itemIds: [...chosen] } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dossier'] }),
  });
  const remove = useMutation({
    mutationFn: () => call(api.DELETE('/api/dossier/collections/{id}', { params: { path: { id: collection.id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dossier'] }),
  });
  return (
    <>
      <h3>{collection.name}</h3>
      <p className="muted">{t('itemCount', { count: collection.itemIds.length })}</p>
      <details>
        <summary>{t('chooseItems')}</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <ItemPicker
            items={items.data?.items ?? []}
            chosen={chosen}
            onChange={setChosen}
            legend={t('itemsIn', { name: collection.name })}
          />
          <button type="submit" className="button secondary small" disabled={save.isPending}>
            {t('saveCollection')}
          </button>
          {save.isSuccess ? (
            <span role="status" className="saved-note">
              {' '}
              {t('saved')}
            </span>
          ) : null}
        </form>
      </details>
      <button
        type="button"
        className="link-button danger-link"
        disabled={remove.isPending}
        onClick={() => {
          if (window.confirm(t('deleteCollectionConfirm', { name: collection.name }))) remove.mutate();
        }}
      >
        {t('deleteCollection')}
        <span className="visually-hidden"> {collection.name}</span>
      </button>
      {save.isError ? <DossierProblem error={save.error} /> : null}
      {remove.isError ? <DossierProblem error={remove.error} /> : null}
    </>
  );
}
