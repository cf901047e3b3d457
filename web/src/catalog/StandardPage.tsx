import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { paths } from '../api/schema';
import { api, call } from '../app/api';
import { DemoBadge, Page, Pagination, QueryView, ScrollRegion } from '../app/components';
import { grantsOf, hasRole, useSession } from '../app/session';
import { CatalogProblem } from './CatalogProblem';
import { useUrlFilters } from './search-params';
import './catalog.css';

type Ruleset = paths['/api/catalog/rulesets']['get']['responses']['200']['content']['application/json'][number];
type Rules = Ruleset['rules'];
const rules = ['sbu-not-allowed', 'too-short', 'too-long', 'duration-missing', 'field-missing', 'too-few-outcomes'] as const;
const requirable = ['description', 'learningOutcomes', 'coverage', 'durationWeeks', 'leadsTo'] as const;
const PAGE_SIZE = 25;

/** `/catalogus/standaard`: the agreed standards for units and the units that break them, and why. */
export function StandardPage() {
  const { t } = useTranslation('catalog');
  const { values, page, update } = useUrlFilters(['institution', 'rule'] as const);
  const session = useSession();
  const rulesets = useQuery({
    queryKey: ['catalog-rulesets'],
    queryFn: () => call(api.GET('/api/catalog/rulesets', { params: { query: {} } })),
  });
  const institutions = useQuery({
    queryKey: ['institutions', ''],
    queryFn: () => call(api.GET('/api/reference/institutions', { params: { query: {} } })),
  });
  const rule = (rules as readonly string[]).includes(values.rule) ? (values.rule as (typeof rules)[number]) : undefined;
  const report = useQuery({
    queryKey: ['catalog-standard-report', values.institution, rule, page],
    placeholderData: keepPreviousData,
    queryFn: () =>
      call(
        api.GET('/api/catalog/standard-report', {
          params: {
            query: {
              page,
              pageSize: PAGE_SIZE,
              ...(values.institution ? { institution: values.institution } : {}),
              ...(rule ? { rule } : {}),
            },
          },
        }),
      ),
  });
  const reason = useReason();
  const editorAt = grantsOf(session.data).filter((g) => g.role === 'catalog_editor');
  return (
    <Page title={t('standardTitle')} lead={t('standardLead')} wide>
      <section aria-labelledby="rulesets">
        <h2 id="rulesets">{t('rulesetsTitle')}</h2>
        <QueryView query={rulesets}>
          {(list) => (
            <ul className="result-list">
              {list.map((r) => (
                <li key={r.id} className="result">
                  <h3 className="result-title">
                    {r.name} {r.isDemo ? <DemoBadge /> : null}
                  </h3>
                  <p className="meta">
                    <span>{r.scope === 'sector' ? t('sectorScope') : r.institutionName}</span>
                    <span>{t('versionLabel', { version: r.version })}</span>
                  </p>
                  <RulesSummary rules={r.rules} />
                </li>
              ))}
            </ul>
          )}
        </QueryView>
      </section>
      <section aria-labelledby="report">
        <h2 id="report">{t('reportTitle')}</h2>
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="report-institution">{t('facet.institution')}</label>
            <select id="report-institution" value={values.institution} onChange={(e) => update({ institution: e.target.value })}>
              <option value="">{t('allInstitutions')}</option>
              {(institutions.data ?? []).map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="report-rule">{t('ruleLabel')}</label>
            <select id="report-rule" value={rule ?? ''} onChange={(e) => update({ rule: e.target.value })}>
              <option value="">{t('allRules')}</option>
              {rules.map((r) => (
                <option key={r} value={r}>
                  {t(`ruleName.${r}`)}
                </option>
              ))}
            </select>
          </div>
        </form>
        <QueryView query={report}>
          {(data) => (
            <>
              <p role="status" className="result-count">
                {t('reportCount', { count: data.total, checked: data.checked })}
              </p>
              {data.byRule.length > 0 ? (
                <ScrollRegion label={t('byRuleTitle')}>
                  <table>
                    <caption>{t('byRuleTitle')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('ruleLabel')}</th>
                        <th scope="col">{t('unitsColumn')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.byRule.map((r) => (
                        <tr key={r.rule}>
                          <td>{t(`ruleName.${r.rule}`)}</td>
                          <td>{r.units}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              ) : null}
              {data.items.length === 0 ? (
                <p>{t('reportEmpty')}</p>
              ) : (
                <ScrollRegion label={t('reportTitle')}>
                  <table>
                    <caption className="visually-hidden">{t('reportTitle')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('unitColumn')}</th>
                        <th scope="col">{t('facet.institution')}</th>
                        <th scope="col">{t('whyColumn')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.items.map((item) => (
                        <tr key={item.id}>
                          <td>
                            <Link to={`/catalogus/eenheden/${item.id}`}>{item.title}</Link> <span className="code">{item.code}</span>
                          </td>
                          <td>{item.institutionName}</td>
                          <td>
                            <ul className="report-reasons">
                              {item.issues.map((issue, i) => (
                                <li key={i}>
                                  {issue.ruleset}: {reason(issue)}
                                </li>
                              ))}
                            </ul>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              )}
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => update({ page: String(p) })} />
            </>
          )}
        </QueryView>
      </section>
      {rulesets.data &&
        editorAt.map((g) => (
          <RulesetForm
            key={`${g.scopeId ?? ''}:${rulesets.data?.find((r) => r.institutionId === g.scopeId)?.version ?? 0}`}
            title={t('ownStandardTitle', { name: g.scopeName ?? '' })}
            current={rulesets.data?.find((r) => r.institutionId === g.scopeId)}
            institutionId={g.scopeId ?? ''}
          />
        ))}
      {rulesets.data && hasRole(session.data, 'platform_admin') ? (
        <RulesetForm
          key={rulesets.data.find((r) => r.scope === 'sector')?.version ?? 0}
          title={t('sectorStandardTitle')}
          current={rulesets.data?.find((r) => r.scope === 'sector')}
          institutionId={null}
        />
      ) : null}
    </Page>
  );
}

/** The reason of one finding in the reader's language. */
function useReason() {
  const { t } = useTranslation('catalog');
  return (issue: { rule: string; params: Record<string, string | number> }) =>
    t(`standardRule.${issue.rule}`, { ...issue.params, field: t(`requirable.${String(issue.params['field'] ?? '')}`) });
}

function RulesSummary(props: { rules: Rules }) {
  const { t } = useTranslation('catalog');
  const r = props.rules;
  const lines = [
    r.allowedSbu.length ? t('summary.sbu', { sizes: r.allowedSbu.join(', ') }) : null,
    r.minWeeks !== null ? t('summary.minWeeks', { weeks: r.minWeeks }) : null,
    r.maxWeeks !== null ? t('summary.maxWeeks', { weeks: r.maxWeeks }) : null,
    r.requiredFields.length ? t('summary.required', { fields: r.requiredFields.map((f) => t(`requirable.${f}`)).join(', ') }) : null,
    r.minLearningOutcomes > 0 ? t('summary.outcomes', { count: r.minLearningOutcomes }) : null,
  ].filter((l): l is string => l !== null);
  return <ul>{lines.length ? lines.map((l) => <li key={l}>{l}</li>) : <li>{t('summary.none')}</li>}</ul>;
}

/** Changes the standard of the institution (its editors) or of the sector (platform administrators). */
function RulesetForm(props: { title: string; current: Ruleset | undefined; institutionId: string | null }) {
  const { t } = useTranslation('catalog');
  const queryClient = useQueryClient();
  const current = props.current?.rules;
  const [name, setName] = useState(props.current?.name ?? '');
  const [sizes, setSizes] = useState(current?.allowedSbu.join(', ') ?? '');
  const [minWeeks, setMinWeeks] = useState(current?.minWeeks?.toString() ?? '');
  const [maxWeeks, setMaxWeeks] = useState(current?.maxWeeks?.toString() ?? '');
  const [required, setRequired] = useState<string[]>(current?.requiredFields ?? []);
  const [outcomes, setOutcomes] = useState(String(current?.minLearningOutcomes ?? 0));
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name: name.trim(),
        rules: {
          allowedSbu: sizes
            .split(/[\s,;]+/)
            .filter(Boolean)
            .map(Number),
          minWeeks: minWeeks ? Number(minWeeks) : null,
          maxWeeks: maxWeeks ? Number(maxWeeks) : null,
          requiredFields: required as Rules['requiredFields'],
          minLearningOutcomes: Number(outcomes) || 0,
        },
      };
      return props.institutionId
        ? call(
            api.PUT('/api/catalog/workspace/{institutionId}/ruleset', { params: { path: { institutionId: props.institutionId } }, body }),
          )
        : call(api.PUT('/api/catalog/rulesets/sector', { body }));
    },
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('catalog-') }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const id = props.institutionId ?? 'sector';
  return (
    <section aria-labelledby={`form-${id}`}>
      <h2 id={`form-${id}`}>{props.title}</h2>
      <form className="form-grid catalog-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('rulesetName')}</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-sizes`}>{t('allowedSizes')}</label>
          <input id={`${id}-sizes`} value={sizes} inputMode="numeric" onChange={(e) => setSizes(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-min`}>{t('minWeeks')}</label>
          <input id={`${id}-min`} value={minWeeks} inputMode="numeric" onChange={(e) => setMinWeeks(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-max`}>{t('maxWeeks')}</label>
          <input id={`${id}-max`} value={maxWeeks} inputMode="numeric" onChange={(e) => setMaxWeeks(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-outcomes`}>{t('minOutcomes')}</label>
          <input id={`${id}-outcomes`} value={outcomes} inputMode="numeric" onChange={(e) => setOutcomes(e.target.value)} />
        </div>
        <fieldset className="field wide">
          <legend>{t('requiredFields')}</legend>
          {requirable.map((f) => (
            <label key={f} className="inline">
              <input
                type="checkbox"
                checked={required.includes(f)}
                onChange={(e) => setRequired(e.target.checked ? [...required, f] : required.filter((x) => x !== f))}
              />{' '}
              {t(`requirable.${f}`)}
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('save', { ns: 'common' })}
          </button>
        </div>
      </form>
      {save.isError ? <CatalogProblem error={save.error} /> : null}
      {save.isSuccess ? (
        <p role="status" className="alert alert-success">
          {t('rulesetSaved', { version: save.data.version, count: save.data.checkedUnits })}
        </p>
      ) : null}
    </section>
  );
}
