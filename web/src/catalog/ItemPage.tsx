import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { DemoBadge, Page, QueryView, RequireSession, ScrollRegion } from '../app/components';
import { grantsOf } from '../app/session';
import { CatalogProblem } from './CatalogProblem';
import { fieldSpecs, fromFormValue, toFormValue, type FieldSpec } from './fields';
import {
  createItem,
  deleteItem,
  getItem,
  itemHistory,
  kinds,
  publishItem,
  retireItem,
  updateItem,
  versionedKinds,
  type ItemDetail,
  type Kind,
} from './workspace-api';
import './catalog.css';

type FormValues = Record<string, string | boolean | string[]>;

function useKindParams() {
  const { institutionId = '', kind = '', id } = useParams();
  return { institutionId, kind: ((kinds as readonly string[]).includes(kind) ? kind : 'units') as Kind, id };
}

const editorAt = (institutionId: string) => (s: Parameters<typeof grantsOf>[0]) =>
  grantsOf(s).some((g) => g.role === 'catalog_editor' && g.scopeId === institutionId);

/** A new draft (or session) of the institution. */
export function NewItemPage() {
  const { institutionId } = useKindParams();
  return (
    <RequireSession allowed={editorAt(institutionId)}>
      <NewItem />
    </RequireSession>
  );
}

function NewItem() {
  const { t } = useTranslation('catalog');
  const { institutionId, kind } = useKindParams();
  const navigate = useNavigate();
  const [search] = useState(() => new URLSearchParams(window.location.search));
  const initial = Object.fromEntries(
    fieldSpecs[kind].map((spec) => [
      spec.name,
      toFormValue(
        spec,
        search.get(spec.name) ??
          (spec.type === 'multi' ? ['BOL', 'BBL'] : spec.type === 'select' && spec.required ? spec.options?.[0] : null),
      ),
    ]),
  );
  const create = useMutation({
    mutationFn: (content: Record<string, unknown>) => createItem(institutionId, kind, content),
    onSuccess: (created) => navigate(`/catalogus/beheer/${institutionId}/${kind}/${created.id}`),
  });
  return (
    <Page title={t(`new.${kind}`)} lead={t(`newLead.${kind}`)}>
      <ItemForm kind={kind} initial={initial} creating busy={create.isPending} onSubmit={(content) => create.mutate(content)} />
      {create.isError ? <CatalogProblem error={create.error} /> : null}
      <p>
        <Link to={`/catalogus/beheer/${institutionId}?kind=${kind}`}>{t('backToWorkspace')}</Link>
      </p>
    </Page>
  );
}

/** One item: its working copy, what blocks publishing, the standard findings, history and the lifecycle actions. */
export function ItemPage() {
  const { institutionId } = useKindParams();
  return (
    <RequireSession allowed={editorAt(institutionId)}>
      <ItemEditor />
    </RequireSession>
  );
}

function ItemEditor() {
  const { institutionId, kind, id = '' } = useKindParams();
  const item = useQuery({ queryKey: ['workspace-item', institutionId, kind, id], queryFn: () => getItem(institutionId, kind, id) });
  return <QueryView query={item}>{(data) => <ItemView item={data} />}</QueryView>;
}

function ItemView(props: { item: ItemDetail }) {
  const { t } = useTranslation('catalog');
  const { institutionId, kind, id = '' } = useKindParams();
  const { item } = props;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['workspace-item', institutionId, kind, id] });
  const save = useMutation({
    mutationFn: (content: Record<string, unknown>) => updateItem(institutionId, kind, id, content),
    onSuccess: refresh,
  });
  const publish = useMutation({ mutationFn: () => publishItem(institutionId, kind, id), onSuccess: refresh });
  const retire = useMutation({ mutationFn: () => retireItem(institutionId, kind, id), onSuccess: refresh });
  const remove = useMutation({
    mutationFn: () => deleteItem(institutionId, kind, id),
    onSuccess: () => navigate(`/catalogus/beheer/${institutionId}?kind=${kind}`),
  });
  const versioned = versionedKinds.includes(kind);
  const title = [item.content['title'], item.content['name'], item.content['code']].find((v): v is string => typeof v === 'string') ?? '';
  const initial = Object.fromEntries(fieldSpecs[kind].map((spec) => [spec.name, toFormValue(spec, item.content[spec.name])]));
  const failed = [save, publish, retire, remove].find((m) => m.isError);
  const canPublish = versioned && item.status !== 'retired' && (item.status === 'draft' || item.hasPendingChanges);
  return (
    <Page title={title} wide>
      <p className="meta">
        {versioned ? <span className={`badge status-${item.status}`}>{t(`status.${item.status}`)}</span> : null}
        {item.hasPendingChanges ? <span className="badge status-pending">{t('pendingBadge')}</span> : null}
        {versioned && item.version > 0 ? <span>{t('versionLabel', { version: item.version })}</span> : null}
        {item.isDemo ? <DemoBadge /> : null}
      </p>
      {item.status === 'published' && kind === 'units' ? (
        <p>
          <Link to={`/catalogus/eenheden/${id}`}>{t('viewPublic')}</Link>
        </p>
      ) : null}
      {item.hasPendingChanges ? <p className="alert alert-warning">{t('pendingExplained')}</p> : null}
      {versioned && item.problems.length > 0 ? (
        <section className="alert alert-warning" aria-labelledby="blockers">
          <h2 id="blockers">{t('blockersTitle')}</h2>
          <ul>
            {item.problems.map((p) => (
              <li key={`${p.field}:${p.code}`}>
                <strong>{t(`field.${p.field}`, { defaultValue: p.field })}</strong>: {t(`errors.${p.code}`, { ...p.params })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {kind === 'units' && item.standardIssues.length > 0 ? (
        <section className="alert alert-warning" aria-labelledby="standard">
          <h2 id="standard">{t('standardIssuesTitle')}</h2>
          <ul>
            {item.standardIssues.map((issue, i) => (
              <li key={i}>
                {issue.ruleset}:{' '}
                {t(`standardRule.${issue.rule}`, { ...issue.params, field: t(`requirable.${String(issue.params['field'] ?? '')}`) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {item.status !== 'retired' ? (
        <ItemForm key={item.updatedAt} kind={kind} initial={initial} busy={save.isPending} onSubmit={(content) => save.mutate(content)} />
      ) : (
        <p>{t('retiredExplained')}</p>
      )}
      {save.isSuccess ? (
        <p role="status" className="alert alert-success">
          {save.data.changed.length === 0 ? t('nothingChanged') : save.data.pending ? t('savedPending') : t('saved', { ns: 'common' })}
        </p>
      ) : null}
      <div className="form-actions catalog-actions">
        {canPublish ? (
          <button
            type="button"
            className="button"
            disabled={publish.isPending || item.problems.length > 0}
            onClick={() => publish.mutate()}
          >
            {item.status === 'draft' ? t('publish') : t('publishChanges')}
          </button>
        ) : null}
        {versioned && item.status === 'published' ? (
          <button
            type="button"
            className="button secondary"
            disabled={retire.isPending}
            onClick={() => window.confirm(t('retireConfirm')) && retire.mutate()}
          >
            {t('retire')}
          </button>
        ) : null}
        {!versioned || (item.status === 'draft' && item.version === 0) ? (
          <button
            type="button"
            className="button secondary"
            disabled={remove.isPending}
            onClick={() => window.confirm(t('deleteConfirm')) && remove.mutate()}
          >
            {t('remove', { ns: 'common' })}
          </button>
        ) : null}
        {kind === 'units' && item.status !== 'retired' ? (
          <Link className="button secondary" to={`/catalogus/beheer/${institutionId}/offerings/nieuw?unitId=${id}`}>
            {t('newOfferingForUnit')}
          </Link>
        ) : null}
      </div>
      {publish.isSuccess ? (
        <p role="status" className="alert alert-success">
          {t('publishedVersion', { version: publish.data.version })}
        </p>
      ) : null}
      {failed ? <CatalogProblem error={failed.error} /> : null}
      {versioned ? <History institutionId={institutionId} kind={kind} id={id} /> : null}
      <p>
        <Link to={`/catalogus/beheer/${institutionId}?kind=${kind}`}>{t('backToWorkspace')}</Link>
      </p>
    </Page>
  );
}

function History(props: { institutionId: string; kind: Kind; id: string }) {
  const { t } = useTranslation('catalog');
  const history = useQuery({
    queryKey: ['workspace-history', props.institutionId, props.kind, props.id],
    queryFn: () => itemHistory(props.institutionId, props.kind, props.id),
  });
  return (
    <section aria-labelledby="history">
      <h2 id="history">{t('historyTitle')}</h2>
      <QueryView query={history}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t('historyEmpty')}</p>
          ) : (
            <ScrollRegion label={t('historyTitle')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('versionColumn')}</th>
                    <th scope="col">{t('actionColumn')}</th>
                    <th scope="col">{t('whenColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.version}>
                      <td>{r.version}</td>
                      <td>{t(`historyAction.${r.action}`)}</td>
                      <td>{new Date(r.at).toLocaleString('nl-NL')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )
        }
      </QueryView>
    </section>
  );
}

/** The form of one kind of item. On change only the fields that differ from the stored values are sent. */
function ItemForm(props: {
  kind: Kind;
  initial: FormValues;
  creating?: boolean;
  busy: boolean;
  onSubmit: (content: Record<string, unknown>) => void;
}) {
  const { t } = useTranslation('catalog');
  const [values, setValues] = useState<FormValues>(props.initial);
  const specs = fieldSpecs[props.kind].filter((s) => props.creating || !s.createOnly);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const content: Record<string, unknown> = {};
    for (const spec of specs) {
      const value = values[spec.name] ?? '';
      if (!props.creating && JSON.stringify(value) === JSON.stringify(props.initial[spec.name])) continue;
      const parsed = fromFormValue(spec, value);
      if (parsed !== undefined) content[spec.name] = parsed;
    }
    props.onSubmit(content);
  };
  const set = (name: string, value: string | boolean | string[]) => setValues({ ...values, [name]: value });
  return (
    <form onSubmit={submit} className="form-grid catalog-form" noValidate>
      {specs.map((spec) => (
        <Field key={spec.name} spec={spec} value={values[spec.name] ?? ''} onChange={(v) => set(spec.name, v)} />
      ))}
      <div className="form-actions">
        <button type="submit" className="button" disabled={props.busy}>
          {props.creating ? t('createDraft') : t('save', { ns: 'common' })}
        </button>
      </div>
      <p className="hint">{t(`formHint.${props.kind}`)}</p>
    </form>
  );
}

function Field(props: { spec: FieldSpec; value: string | boolean | string[]; onChange: (value: string | boolean | string[]) => void }) {
  const { t } = useTranslation('catalog');
  const { spec, value } = props;
  const id = `f-${spec.name}`;
  const label = t(`field.${spec.name}`);
  const hintKey = `fieldHint.${spec.name}`;
  const hint = t(hintKey, { defaultValue: '' });
  const described = hint ? { 'aria-describedby': `${id}-hint` } : {};
  if (spec.type === 'checkbox') {
    return (
      <div className="field checkbox">
        <label>
          <input type="checkbox" checked={value === true} onChange={(e) => props.onChange(e.target.checked)} /> {label}
        </label>
      </div>
    );
  }
  if (spec.type === 'multi') {
    const selected = Array.isArray(value) ? value : [];
    return (
      <fieldset className="field">
        <legend>{label}</legend>
        {(spec.options ?? []).map((option) => (
          <label key={option} className="inline">
            <input
              type="checkbox"
              checked={selected.includes(option)}
              onChange={(e) => props.onChange(e.target.checked ? [...selected, option] : selected.filter((o) => o !== option))}
            />{' '}
            {option}
          </label>
        ))}
      </fieldset>
    );
  }
  const text = typeof value === 'string' ? value : '';
  return (
    <div className={spec.type === 'textarea' || spec.type === 'lines' ? 'field wide' : 'field'}>
      <label htmlFor={id}>
        {label}
        {spec.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {spec.type === 'select' ? (
        <select id={id} value={text} required={spec.required} onChange={(e) => props.onChange(e.target.value)} {...described}>
          {(spec.options ?? []).map((option) => (
            <option key={option} value={option}>
              {spec.optionPrefix ? t(`${spec.optionPrefix}.${option || 'none'}`) : option}
            </option>
          ))}
        </select>
      ) : spec.type === 'textarea' || spec.type === 'lines' ? (
        <textarea
          id={id}
          value={text}
          rows={spec.type === 'lines' ? 4 : 5}
          onChange={(e) => props.onChange(e.target.value)}
          {...described}
        />
      ) : (
        <input
          id={id}
          type={spec.type === 'date' ? 'date' : 'text'}
          inputMode={spec.type === 'number' ? 'numeric' : spec.type === 'euros' ? 'decimal' : undefined}
          value={text}
          required={spec.required}
          onChange={(e) => props.onChange(e.target.value)}
          {...described}
        />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
