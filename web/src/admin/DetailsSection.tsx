import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { paths } from '../api/schema';
import { api, call } from '../app/api';
import { ProblemMessage } from '../app/components';
import { FieldErrors } from './FieldErrors';

type InstitutionRecord = paths['/api/institutions/{id}']['get']['responses']['200']['content']['application/json'];

/** The institution's own description, editable by its administrators. */
export function DetailsSection(props: { institution: InstitutionRecord }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const { institution } = props;
  const [form, setForm] = useState({
    name: institution.name,
    shortName: institution.shortName ?? '',
    city: institution.city ?? '',
    website: institution.website ?? '',
    contactEmail: institution.contactEmail ?? '',
  });
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/institutions/{id}', {
          params: { path: { id: institution.id } },
          body: {
            name: form.name,
            shortName: form.shortName || null,
            city: form.city || null,
            website: form.website || null,
            contactEmail: form.contactEmail || null,
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['institution-record', institution.id] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const field = (key: keyof typeof form, type = 'text', autoComplete = 'off') => (
    <div className="field">
      <label htmlFor={`inst-${key}`}>{t(key)}</label>
      <input
        id={`inst-${key}`}
        type={type}
        value={form[key]}
        autoComplete={autoComplete}
        required={key === 'name'}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <section aria-labelledby="gegevens" className="admin-section">
      <h2 id="gegevens">{t('detailsTitle')}</h2>
      <form onSubmit={submit} className="form-grid" noValidate>
        {field('name', 'text', 'organization')}
        {field('shortName')}
        {field('city', 'text', 'address-level2')}
        {field('website', 'url', 'url')}
        {field('contactEmail', 'email', 'email')}
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('save', { ns: 'common' })}
          </button>
        </div>
      </form>
      {save.isError ? (
        <>
          <ProblemMessage error={save.error} />
          <FieldErrors error={save.error} />
        </>
      ) : null}
      {save.isSuccess ? (
        <p role="status" className="alert alert-success">
          {save.data.changed.length > 0 ? t('savedFields', { count: save.data.changed.length }) : t('nothingChanged')}
        </p>
      ) : null}
    </section>
  );
}
