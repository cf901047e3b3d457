import { useTranslation } from 'react-i18next';

/** The words field of a reference list's search form. */
export function WordsField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="field grow">
      <label htmlFor="q">{label}</label>
      <input id="q" type="search" value={value} onChange={(e) => onChange(e.target.value)} maxLength={100} />
    </div>
  );
}

/** The niveau (1–4) choice of a reference list's search form; empty for every niveau. */
export function NiveauSelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('reference');
  return (
    <div className="field">
      <label htmlFor="niveau">{t('niveauLabel')}</label>
      <select id="niveau" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('allNiveaus')}</option>
        {[1, 2, 3, 4].map((n) => (
          <option key={n} value={n}>
            {t('niveau', { ns: 'common', niveau: n })}
          </option>
        ))}
      </select>
    </div>
  );
}
