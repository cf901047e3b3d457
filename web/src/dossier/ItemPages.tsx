import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LabelledField, Page, QueryView, RequireSession } from '../app/components';
import { api, call } from '../app/api';
import {
  selfDeclaredKinds,
  type Collection,
  type DossierItem,
  type ItemChanges,
  type NewItem,
  type OwnItem,
  type SelfDeclaredKind,
} from './api';
import { useCollections } from './queries';
import { fromItem, toBody } from './form-model';
import { ItemForm } from './ItemForm';
import { DossierProblem, fileSize, useDate } from './Problem';
import { ItemFacts } from './ItemFacts';
import './dossier.css';

const isSelfDeclaredKind = (kind: string): kind is SelfDeclaredKind => (selfDeclaredKinds as readonly string[]).includes(kind);

/** Adding an item: first the kind, then the form of that kind. */
export function AddItemPage() {
  return (
    <RequireSession>
      <AddItem />
    </RequireSession>
  );
}

function AddItem() {
  const { t } = useTranslation('dossier');
  const { kind } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: NewItem) => call(api.POST('/api/dossier/items', { body })),
    onSuccess: async (item) => {
      await queryClient.invalidateQueries({ queryKey: ['dossier'] });
      await navigate(`/dossier/items/${item.id}`, { state: { created: true } });
    },
  });
  if (!kind || !isSelfDeclaredKind(kind)) {
    return (
      <Page title={t('addTitle')} lead={t('addLead')}>
        <ul className="kind-choice">
          {selfDeclaredKinds.map((k) => (
            <li key={k}>
              <Link className="action-card" to={`/dossier/toevoegen/${k}`}>
                <span className="action-title">{t(`kinds.${k}`)}</span>
                <span className="action-body">{t(`kindHelp.${k}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p>
          <Link to="/dossier/importeren">{t('importInstead')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('addKindTitle', { kind: t(`kinds.${kind}`).toLowerCase() })}>
      <p className="muted">{t('selfDeclaredNote')}</p>
      <ItemForm
        kind={kind}
        initial={{}}
        submitLabel={t('saveItem')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(values) => create.mutate(toBody(kind, values))}
        onCancel={() => void navigate('/dossier')}
      />
    </Page>
  );
}

/** Changing a self-declared item. */
export function EditItemPage() {
  return (
    <RequireSession>
      <EditItem />
    </RequireSession>
  );
}

function useItem(id: string) {
  return useQuery({
    queryKey: ['dossier', 'item', id],
    queryFn: () => call(api.GET('/api/dossier/items/{id}', { params: { path: { id } } })),
  });
}

function EditItem() {
  const { t } = useTranslation('dossier');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const item = useItem(id);
  const update = useMutation({
    mutationFn: (body: ItemChanges) => call(api.PATCH('/api/dossier/items/{id}', { params: { path: { id } }, body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['dossier'] });
      await navigate(`/dossier/items/${id}`);
    },
  });
  return (
    <QueryView query={item}>
      {(data) =>
        data.provenance.kind !== 'self-declared' || !isSelfDeclaredKind(data.kind) ? (
          <Page title={data.title}>
            <p>{t('readOnly')}</p>
            <Link to={`/dossier/items/${id}`}>{t('backToItem')}</Link>
          </Page>
        ) : (
          <Page title={t('editTitle', { title: data.title })}>
            <ItemForm
              kind={data.kind}
              initial={fromItem(data)}
              submitLabel={t('saveChanges')}
              pending={update.isPending}
              error={update.error}
              onSubmit={(values) => {
                const { title, description, details, fileIds } = toBody(data.kind as SelfDeclaredKind, values);
                update.mutate({ title, description, details, fileIds });
              }}
              onCancel={() => void navigate(`/dossier/items/${id}`)}
            />
          </Page>
        )
      }
    </QueryView>
  );
}

/** One item: everything about it, its provenance, files, collections, and what the learner may do with it. */
export function ItemPage() {
  return (
    <RequireSession>
      <ItemDetail />
    </RequireSession>
  );
}

function ItemDetail() {
  const { id = '' } = useParams();
  const item = useItem(id);
  return <QueryView query={item}>{(data) => <ItemView item={data} />}</QueryView>;
}

function ItemView(props: { item: OwnItem }) {
  const { t } = useTranslation('dossier');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { item } = props;
  const remove = useMutation({
    mutationFn: () => call(api.DELETE('/api/dossier/items/{id}', { params: { path: { id: item.id } } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['dossier'] });
      await navigate('/dossier');
    },
  });
  const verify = useMutation({
    mutationFn: () => call(api.POST('/api/dossier/items/{id}/verify', { params: { path: { id: item.id } }, body: {} })),
    // The answer is the item without its files' names: keep those from the page's own copy.
    onSuccess: (updated) => queryClient.setQueryData(['dossier', 'item', item.id], { ...updated, files: item.files }),
  });
  return (
    <Page title={item.title}>
      <p className="item-kind">{t(`kinds.${item.kind}`)}</p>
      <ItemFacts item={item} level={2} />
      {item.files.length > 0 ? (
        <section aria-labelledby="bestanden">
          <h2 id="bestanden">{t('files')}</h2>
          <ul className="file-links">
            {item.files.map((file) => (
              <li key={file.id}>
                {file.name} <span className="muted">({fileSize(file.size)})</span>:{' '}
                <a href={`/api/dossier/files/${file.id}/preview`} target="_blank" rel="noreferrer">
                  {t('viewFile')}
                  <span className="visually-hidden"> {file.name}</span>
                </a>{' '}
                ·{' '}
                <a href={`/api/dossier/files/${file.id}`} download={file.name}>
                  {t('downloadFile')}
                  <span className="visually-hidden"> {file.name}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Collections item={item} />
      <section aria-labelledby="acties">
        <h2 id="acties">{t('actions')}</h2>
        {item.provenance.kind !== 'institution-attested' ? (
          <div className="dossier-actions">
            {item.editable ? (
              <Link className="button secondary" to={`/dossier/items/${item.id}/bewerken`}>
                {t('edit')}
              </Link>
            ) : null}
            <button
              type="button"
              className="button danger"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(t('deleteConfirm'))) remove.mutate();
              }}
            >
              {t('deleteItem')}
            </button>
            {item.provenance.kind === 'signed' ? (
              <button type="button" className="button secondary" disabled={verify.isPending} onClick={() => verify.mutate()}>
                {verify.isPending ? t('verifying') : t('verifyAgain')}
              </button>
            ) : null}
          </div>
        ) : null}
        {item.editable ? null : <p className="muted">{t(item.provenance.kind === 'signed' ? 'readOnlySigned' : 'readOnlyShort')}</p>}
        {verify.isSuccess ? <p role="status">{t('verified')}</p> : null}
        {remove.isError ? <DossierProblem error={remove.error} /> : null}
        {verify.isError ? <DossierProblem error={verify.error} /> : null}
      </section>
      {item.provenance.kind === 'institution-attested' ? <Correction item={item} /> : null}
      <p>
        <Link to="/dossier">{t('backToDossier')}</Link>
      </p>
    </Page>
  );
}

function Collections(props: { item: DossierItem }) {
  const { t } = useTranslation('dossier');
  const queryClient = useQueryClient();
  const { item } = props;
  const [choice, setChoice] = useState('');
  const collections = useCollections();
  const change = useMutation({
    mutationFn: (input: { collection: Collection; add: boolean }) => {
      const itemIds = input.add
        ? [...new Set([...input.collection.itemIds, item.id])]
        : input.collection.itemIds.filter((x) => x !== item.id);
      return call(api.PATCH('/api/dossier/collections/{id}', { params: { path: { id: input.collection.id } }, body: { itemIds } }));
    },
    onSuccess: async () => {
      setChoice('');
      await queryClient.invalidateQueries({ queryKey: ['dossier'] });
    },
  });
  return (
    <section aria-labelledby="collecties">
      <h2 id="collecties">{t('collections')}</h2>
      <QueryView query={collections}>
        {(list) => {
          const member = list.filter((c) => c.itemIds.includes(item.id));
          const other = list.filter((c) => !c.itemIds.includes(item.id));
          return (
            <>
              {member.length === 0 ? (
                <p>{t('inNoCollection')}</p>
              ) : (
                <ul>
                  {member.map((c) => (
                    <li key={c.id}>
                      {c.name}{' '}
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('removeFromNamed', { name: c.name })}
                        onClick={() => change.mutate({ collection: c, add: false })}
                      >
                        {t('removeFrom')}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {other.length > 0 ? (
                <form
                  className="form-inline"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const c = other.find((x) => x.id === choice);
                    if (c) change.mutate({ collection: c, add: true });
                  }}
                >
                  <div className="field">
                    <label htmlFor="naar-collectie">{t('addToCollection')}</label>
                    <select id="naar-collectie" value={choice} onChange={(e) => setChoice(e.target.value)}>
                      <option value="">{t('noChoice')}</option>
                      {other.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field actions">
                    <button type="submit" className="button secondary" disabled={!choice || change.isPending}>
                      {t('add')}
                    </button>
                  </div>
                </form>
              ) : null}
              {change.isError ? <DossierProblem error={change.error} /> : null}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

function Correction(props: { item: DossierItem }) {
  const { t } = useTranslation('dossier');
  const date = useDate();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const [invalid, setInvalid] = useState(false);
  const requests = useQuery({
    queryKey: ['dossier', 'corrections'],
    queryFn: () => call(api.GET('/api/dossier/correction-requests')),
  });
  const ask = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/dossier/items/{id}/correction-requests', {
          params: { path: { id: props.item.id } },
          body: { message: message.trim() },
        }),
      ),
    onSuccess: async () => {
      setMessage('');
      await queryClient.invalidateQueries({ queryKey: ['dossier', 'corrections'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bad = message.trim().length < 5;
    setInvalid(bad);
    if (!bad) ask.mutate();
  };
  const mine = (requests.data ?? []).filter((r) => r.itemId === props.item.id);
  const institution = props.item.provenance.institution?.name ?? t('provenance.anInstitution');
  return (
    <section aria-labelledby="correctie">
      <h2 id="correctie">{t('correctionTitle')}</h2>
      <p>{t('correctionLead', { institution })}</p>
      {mine.length > 0 ? (
        <ul className="corrections">
          {mine.map((r) => (
            <li key={r.id} className="card">
              <p>
                <strong>{t(`correctionStatus.${r.status}`, { defaultValue: r.status })}</strong> · {date(r.createdAt)}
              </p>
              <p>{r.message}</p>
              {r.answer ? (
                <p>
                  {t('correctionAnswer')}: {r.answer}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={submit} noValidate className="dossier-form">
        <LabelledField
          id="correctie-bericht"
          label={t('correctionMessage')}
          hint={t('correctionHint')}
          error={invalid ? t('validation.correctionTooShort') : undefined}
        >
          {(control) => <textarea {...control} rows={4} value={message} maxLength={2000} onChange={(e) => setMessage(e.target.value)} />}
        </LabelledField>
        <button type="submit" className="button secondary" disabled={ask.isPending}>
          {t('askCorrection')}
        </button>
        {ask.isSuccess ? <p role="status">{t('correctionSent')}</p> : null}
        {ask.isError ? <DossierProblem error={ask.error} /> : null}
      </form>
    </section>
  );
}
