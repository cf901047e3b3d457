import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { toProblem, type Problem } from './api';
import { useSession, type Session } from './session';

/** A page: sets the document title and moves focus to the heading when the page opens. */
export function Page(props: { title: string; children: ReactNode; lead?: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  useEffect(() => {
    document.title = `${props.title} — ${t('appName')}`;
  }, [props.title, t]);
  useEffect(() => {
    // Screen-reader and keyboard users land on the new page's heading after navigation.
    if (location.key !== 'default') heading.current?.focus();
  }, [location.key]);
  return (
    <div className={props.wide ? 'page page-wide' : 'page'}>
      <h1 ref={heading} tabIndex={-1}>
        {props.title}
      </h1>
      {props.lead ? <p className="lead">{props.lead}</p> : null}
      {props.children}
    </div>
  );
}

/** A polite "loading" line for assistive technology and everyone else. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('loading')}
    </p>
  );
}

/** A problem explained in the reader's language, by its stable code. */
export function ProblemMessage(props: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation();
  const problem: Problem = toProblem(props.error);
  // A known code speaks the reader's language; only an unknown one falls back to the server's words.
  const known = i18n.exists(`errors.${problem.code}`);
  const text = known ? t(`errors.${problem.code}`) : (problem.detail ?? problem.title);
  return (
    <div className="alert alert-error" role="alert">
      <p>{text}</p>
      {props.onRetry ? (
        <button type="button" className="button secondary" onClick={props.onRetry}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  );
}

/** Renders a query: loading, a problem with retry, or the data. */
export function QueryView<T>(props: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { query } = props;
  if (query.isPending) return <Loading />;
  if (query.isError) return <ProblemMessage error={query.error} onRetry={() => void query.refetch()} />;
  return <>{props.children(query.data)}</>;
}

/** Marks data that is demo data, with an explanation on hover and for screen readers. */
export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-demo" title={t('demoDataTitle')}>
      {t('demoData')}
      <span className="visually-hidden">: {t('demoDataTitle')}</span>
    </span>
  );
}

/** Previous/next navigation for paged lists. */
export function Pagination(props: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pageOf', { page: props.page, pages })}>
      <button type="button" className="button secondary" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
        {t('previous')}
      </button>
      <span>{t('pageOf', { page: props.page, pages })}</span>
      <button type="button" className="button secondary" disabled={props.page >= pages} onClick={() => props.onPage(props.page + 1)}>
        {t('next')}
      </button>
    </nav>
  );
}

/** Shows `children` only to a logged-in person who passes `allowed`; explains otherwise. */
export function RequireSession(props: { allowed?: (session: Extract<Session, { authenticated: true }>) => boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.isError) return <ProblemMessage error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.authenticated) {
    return (
      <Page title={t('loginRequiredTitle')}>
        <p>{t('loginRequiredBody')}</p>
        <a className="button" href={`/auth/login?returnTo=${encodeURIComponent(location.pathname + location.search)}`}>
          {t('login')}
        </a>
      </Page>
    );
  }
  if (props.allowed && !props.allowed(session.data)) {
    return (
      <Page title={t('forbiddenTitle')}>
        <p>{t('forbiddenBody')}</p>
        <Link to="/">{t('toHome')}</Link>
      </Page>
    );
  }
  return <>{props.children}</>;
}

/** The page for addresses that do not exist. */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFoundTitle')}>
      <p>{t('notFoundBody')}</p>
      <Link to="/">{t('toHome')}</Link>
    </Page>
  );
}

/** A progress bar for long work (uploads, imports). */
export function ProgressBar(props: { value: number; label: string }) {
  const percent = Math.round(Math.max(0, Math.min(1, props.value)) * 100);
  return (
    <div className="progress">
      <label>
        {props.label} <span aria-hidden="true">({percent}%)</span>
        <progress max={100} value={percent} aria-valuetext={`${percent}%`} />
      </label>
    </div>
  );
}

/** What a labelled field gives its control: its id, and the hint and error that describe it. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: true;
}

/**
 * A form field: its label (with "optional" where it is), a hint and an error message, each tied to
 * the control through `aria-describedby` so that a screen reader reads them with it.
 */
export function LabelledField(props: {
  id: string;
  label: ReactNode;
  /** The word shown after the label of a field that may stay empty. */
  optional?: string;
  hint?: ReactNode;
  error?: ReactNode;
  wide?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return (
    <div className={props.wide ? 'field wide' : 'field'}>
      <label htmlFor={props.id}>
        {props.label}
        {props.optional ? <span className="optional"> {props.optional}</span> : null}
      </label>
      {hintId ? (
        <span className="hint" id={hintId}>
          {props.hint}
        </span>
      ) : null}
      {props.children({
        id: props.id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(errorId ? { 'aria-invalid': true as const } : {}),
      })}
      {errorId ? (
        <span className="field-error" id={errorId}>
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

/** A horizontally scrollable area (wide tables on a phone), reachable and scrollable with the keyboard. */
export function ScrollRegion(props: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={props.label} tabIndex={0}>
      {props.children}
    </div>
  );
}

/** The reason of one row error in the reader's language. */
export function useRowErrorText(): (error: { code?: string; message: string; params?: Record<string, string | number> }) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    const code = error.code === 'invalid-format' && error.params?.['example'] ? 'invalid-format-example' : error.code;
    return code && i18n.exists(`rowErrors.${code}`) ? t(`rowErrors.${code}`, { ...error.params }) : error.message;
  };
}
