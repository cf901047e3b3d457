import { useTranslation } from 'react-i18next';
import type { Provenance, Verification } from './api';
import { useDate } from './Problem';

/** Where an item comes from, in words and with an icon (the icon is decoration; the words carry it). */
export function ProvenanceLabel(props: { provenance: Provenance; detailed?: boolean }) {
  const { t } = useTranslation('dossier');
  const date = useDate(true);
  const p = props.provenance;
  switch (p.kind) {
    case 'self-declared':
      return (
        <span className="provenance is-self">
          <Icon shape="pencil" />
          {t('provenance.self')}
        </span>
      );
    case 'institution-attested':
      return (
        <span className="provenance is-attested">
          <Icon shape="building" />
          {t('provenance.attested', { institution: p.institution?.name ?? t('provenance.anInstitution') })}
        </span>
      );
    case 'signed': {
      const state = verificationState(p);
      return (
        <>
          <span className={`provenance is-signed is-${state}`}>
            <Icon shape={state === 'valid' ? 'check' : state === 'invalid' ? 'cross' : 'seal'} />
            {t(`provenance.signed.${state}`)}
          </span>
          {props.detailed && p.verification?.checkedAt ? (
            <span className="provenance-when"> {t('provenance.checkedAt', { date: date(p.verification.checkedAt) })}</span>
          ) : null}
        </>
      );
    }
  }
}

/** Valid only when the last check said so; anything else that was checked is invalid. */
export function verificationState(p: Provenance): 'valid' | 'invalid' | 'unchecked' {
  if (!p.verification) return 'unchecked';
  return p.verification.verified && p.verification.verdict === 'valid' ? 'valid' : 'invalid';
}

/** The verdict of the last check in words, e.g. "revoked by the issuer". */
export function VerdictLine(props: { verification: Verification }) {
  const { t } = useTranslation('dossier');
  const v = props.verification;
  if (v.verdict === 'valid' && v.verified) return null;
  return <p className="verdict-line">{t(`verdicts.${v.verdict}`, { defaultValue: t('verdicts.invalid') })}</p>;
}

const paths = {
  pencil:
    'M3 17.25V21h3.75L17.8 9.94l-3.75-3.75L3 17.25zm17.7-10.2a1 1 0 0 0 0-1.41l-2.34-2.34a1 1 0 0 0-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83z',
  building: 'M4 21V5l8-3 8 3v16h-6v-5h-4v5H4zm4-12h2V7H8v2zm6 0h2V7h-2v2zm-6 4h2v-2H8v2zm6 0h2v-2h-2v2z',
  check: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1.5 14.5-4-4 1.4-1.4 2.6 2.6 5.6-5.6 1.4 1.4-7 7z',
  cross:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm3.6 12.2-1.4 1.4L12 13.4l-2.2 2.2-1.4-1.4 2.2-2.2-2.2-2.2 1.4-1.4 2.2 2.2 2.2-2.2 1.4 1.4-2.2 2.2 2.2 2.2z',
  seal: 'M12 1 3 5v6c0 5.5 3.8 10.7 9 12 5.2-1.3 9-6.5 9-12V5l-9-4z',
} as const;

function Icon(props: { shape: keyof typeof paths }) {
  return (
    <svg className="provenance-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={paths[props.shape]} fill="currentColor" />
    </svg>
  );
}
