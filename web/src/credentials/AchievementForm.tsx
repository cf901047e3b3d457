import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { paths } from '../api/schema';
import { api, call, toProblem } from '../app/api';
import { useRowErrorText } from '../app/components';
import { CredentialsProblem } from './Problem';

type Fields = paths['/api/credentials/institutions/{institutionId}/achievements']['post']['requestBody']['content']['application/json'];
type Achievement = paths['/api/credentials/achievements/{achievementId}']['get']['responses']['200']['content']['application/json'];
type AlignmentInput = Fields['alignments'] extends (infer A)[] | undefined ? A : never;

const types = ['MicroCredential', 'Badge', 'Certificate', 'Competency', 'Course', 'Achievement'] as const;
const assessments = [
  'practical-assessment',
  'written-exam',
  'oral-exam',
  'portfolio',
  'project',
  'recognition-prior-learning',
  'participation-only',
] as const;
const participations = ['in-person', 'online', 'blended'] as const;
const nlqf = ['entree', '1', '2', '3', '4', '5', '6', '7', '8'] as const;
const kinds = ['qualification', 'core-task', 'elective', 'catalog-unit'] as const;

interface AlignmentDraft {
  kind: (typeof kinds)[number];
  crebo: string;
  code: string;
  url: string;
  name: string;
}

function draftOf(a: Achievement['alignments'][number]): AlignmentDraft {
  return { kind: a.kind, crebo: a.crebo ?? (a.kind === 'qualification' ? a.code : ''), code: a.code, url: a.url, name: a.name };
}

function inputOf(d: AlignmentDraft): AlignmentInput {
  switch (d.kind) {
    case 'qualification':
      return { kind: 'qualification', crebo: d.crebo.trim() };
    case 'core-task':
      return { kind: 'core-task', crebo: d.crebo.trim(), code: d.code.trim() };
    case 'elective':
      return { kind: 'elective', code: d.code.trim() };
    case 'catalog-unit':
      return { kind: 'catalog-unit', url: d.url.trim(), name: d.name.trim() };
  }
}

/** Creating or editing an achievement (badge class) with the mbo fields. */
export function AchievementForm(props: { institutionId: string; achievement?: Achievement; onSaved: (id: string) => void }) {
  const { t } = useTranslation('credentials');
  const reason = useRowErrorText();
  const a = props.achievement;
  const [form, setForm] = useState({
    name: a?.name ?? '',
    description: a?.description ?? '',
    criteria: a?.criteria ?? '',
    criteriaUrl: a?.criteriaUrl ?? '',
    achievementType: a?.achievementType ?? 'MicroCredential',
    sbu: a ? String(a.sbu) : '',
    eqfLevel: a?.eqfLevel ? String(a.eqfLevel) : '',
    nlqfLevel: a?.nlqfLevel ?? '',
    learningOutcomes: a?.learningOutcomes.join('\n') ?? '',
    assessmentType: a?.assessmentType ?? 'practical-assessment',
    participation: a?.participation ?? '',
    qualityAssurance: a?.qualityAssurance ?? '',
    tags: a?.tags.join(', ') ?? '',
    enrolmentOpen: a?.enrolmentOpen ?? false,
    image: a?.image ?? '',
  });
  const [alignments, setAlignments] = useState<AlignmentDraft[]>(a?.alignments.map(draftOf) ?? []);
  const set = (key: keyof typeof form, value: string | boolean) => setForm({ ...form, [key]: value });
  const body = (): Fields => ({
    name: form.name,
    description: form.description,
    criteria: form.criteria,
    criteriaUrl: form.criteriaUrl || null,
    image: form.image || null,
    achievementType: form.achievementType,
    sbu: Number(form.sbu),
    eqfLevel: form.eqfLevel ? Number(form.eqfLevel) : null,
    nlqfLevel: (form.nlqfLevel || null) as Fields['nlqfLevel'],
    learningOutcomes: form.learningOutcomes
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    assessmentType: form.assessmentType as Fields['assessmentType'],
    participation: (form.participation || null) as Fields['participation'],
    qualityAssurance: form.qualityAssurance.trim() || null,
    alignments: alignments.map(inputOf),
    tags: form.tags
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    enrolmentOpen: form.enrolmentOpen,
  });
  const save = useMutation({
    mutationFn: () =>
      a
        ? call(api.PUT('/api/credentials/achievements/{achievementId}', { params: { path: { achievementId: a.id } }, body: body() }))
        : call(
            api.POST('/api/credentials/institutions/{institutionId}/achievements', {
              params: { path: { institutionId: props.institutionId } },
              body: body(),
            }),
          ),
    onSuccess: (data) => props.onSaved(data.id),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const readImage = (file: File | undefined) => {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => set('image', typeof reader.result === 'string' ? reader.result : '');
    reader.readAsDataURL(file);
  };
  const text = (key: 'name' | 'criteriaUrl' | 'qualityAssurance' | 'tags', type = 'text') => (
    <div className="field">
      <label htmlFor={`ach-${key}`}>{t(`fields.${key}`)}</label>
      <input id={`ach-${key}`} type={type} value={form[key]} required={key === 'name'} onChange={(e) => set(key, e.target.value)} />
    </div>
  );
  const area = (key: 'description' | 'criteria' | 'learningOutcomes') => (
    <div className="field">
      <label htmlFor={`ach-${key}`}>{t(`fields.${key}`)}</label>
      <textarea id={`ach-${key}`} value={form[key]} required={key !== 'learningOutcomes'} onChange={(e) => set(key, e.target.value)} />
    </div>
  );
  const problem = save.isError ? toProblem(save.error) : null;
  const updateAlignment = (i: number, change: Partial<AlignmentDraft>) =>
    setAlignments(alignments.map((d, j) => (j === i ? { ...d, ...change } : d)));
  return (
    <form onSubmit={submit} noValidate className="credentials-form">
      <div className="form-grid">
        {text('name')}
        <div className="field">
          <label htmlFor="ach-type">{t('fields.achievementType')}</label>
          <select id="ach-type" value={form.achievementType} onChange={(e) => set('achievementType', e.target.value)}>
            {types.map((v) => (
              <option key={v} value={v}>
                {t(`types.${v}`)}
              </option>
            ))}
          </select>
        </div>
        {area('description')}
        {area('criteria')}
        {text('criteriaUrl', 'url')}
        <div className="field">
          <label htmlFor="ach-sbu">{t('fields.sbu')}</label>
          <input
            id="ach-sbu"
            type="number"
            min={1}
            max={10000}
            required
            value={form.sbu}
            aria-describedby="ach-sbu-hint"
            onChange={(e) => set('sbu', e.target.value)}
          />
          <p id="ach-sbu-hint" className="hint">
            {t('hints.sbu')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="ach-eqf">{t('fields.eqfLevel')}</label>
          <select id="ach-eqf" value={form.eqfLevel} onChange={(e) => set('eqfLevel', e.target.value)}>
            <option value="">{t('noLevel')}</option>
            {[1, 2, 3, 4, 5, 6, 7, 8].map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ach-nlqf">{t('fields.nlqfLevel')}</label>
          <select id="ach-nlqf" value={form.nlqfLevel} onChange={(e) => set('nlqfLevel', e.target.value)}>
            <option value="">{t('noLevel')}</option>
            {nlqf.map((n) => (
              <option key={n} value={n}>
                {n === 'entree' ? 'Entree' : n}
              </option>
            ))}
          </select>
        </div>
        {area('learningOutcomes')}
        <div className="field">
          <label htmlFor="ach-assessment">{t('fields.assessmentType')}</label>
          <select id="ach-assessment" value={form.assessmentType} onChange={(e) => set('assessmentType', e.target.value)}>
            {assessments.map((v) => (
              <option key={v} value={v}>
                {t(`assessment.${v}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ach-participation">{t('fields.participation')}</label>
          <select id="ach-participation" value={form.participation} onChange={(e) => set('participation', e.target.value)}>
            <option value="">—</option>
            {participations.map((v) => (
              <option key={v} value={v}>
                {t(`participationForms.${v}`)}
              </option>
            ))}
          </select>
        </div>
        {text('qualityAssurance')}
        {text('tags')}
        <div className="field">
          <label htmlFor="ach-image">{t('fields.image')}</label>
          <input id="ach-image" type="file" accept="image/png,image/svg+xml" onChange={(e) => readImage(e.target.files?.[0])} />
          {form.image ? <img className="badge-preview" src={form.image} alt="" /> : null}
        </div>
      </div>
      <p className="hint">{t('hints.microcredential')}</p>
      <fieldset>
        <legend>{t('fields.alignments')}</legend>
        <p className="hint">{t('hints.alignments')}</p>
        {alignments.map((d, i) => (
          <div className="alignment-row" key={i}>
            <div className="field">
              <label htmlFor={`al-kind-${i}`}>{t('fields.alignments')}</label>
              <select
                id={`al-kind-${i}`}
                value={d.kind}
                onChange={(e) => updateAlignment(i, { kind: e.target.value as AlignmentDraft['kind'] })}
              >
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`alignmentKinds.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            {d.kind === 'qualification' || d.kind === 'core-task' ? (
              <div className="field">
                <label htmlFor={`al-crebo-${i}`}>{t('alignmentCrebo')}</label>
                <input
                  id={`al-crebo-${i}`}
                  value={d.crebo}
                  inputMode="numeric"
                  onChange={(e) => updateAlignment(i, { crebo: e.target.value })}
                />
              </div>
            ) : null}
            {d.kind === 'core-task' || d.kind === 'elective' ? (
              <div className="field">
                <label htmlFor={`al-code-${i}`}>{t('alignmentCode')}</label>
                <input id={`al-code-${i}`} value={d.code} onChange={(e) => updateAlignment(i, { code: e.target.value })} />
              </div>
            ) : null}
            {d.kind === 'catalog-unit' ? (
              <>
                <div className="field">
                  <label htmlFor={`al-name-${i}`}>{t('alignmentName')}</label>
                  <input id={`al-name-${i}`} value={d.name} onChange={(e) => updateAlignment(i, { name: e.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={`al-url-${i}`}>{t('alignmentUrl')}</label>
                  <input id={`al-url-${i}`} type="url" value={d.url} onChange={(e) => updateAlignment(i, { url: e.target.value })} />
                </div>
              </>
            ) : null}
            <button type="button" className="link-button" onClick={() => setAlignments(alignments.filter((_, j) => j !== i))}>
              {t('removeAlignment')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button secondary"
          onClick={() => setAlignments([...alignments, { kind: 'qualification', crebo: '', code: '', url: '', name: '' }])}
        >
          {t('addAlignment')}
        </button>
      </fieldset>
      <div className="field">
        <label>
          <input type="checkbox" checked={form.enrolmentOpen} onChange={(e) => set('enrolmentOpen', e.target.checked)} />{' '}
          {t('fields.enrolmentOpen')}
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('save')}
        </button>
      </div>
      {problem ? (
        <>
          <CredentialsProblem error={problem} />
          {problem.code === 'validation-failed' && problem.errors ? (
            <ul className="field-errors">
              {problem.errors.map((e) => {
                const field = e.path.replace(/^body\/?/, '').split('/')[0] ?? '';
                return (
                  <li key={`${e.path}:${e.message}`}>
                    <strong>{t(`fields.${field}`, { defaultValue: field })}</strong> {reason(e)}
                  </li>
                );
              })}
            </ul>
          ) : null}
        </>
      ) : null}
    </form>
  );
}
