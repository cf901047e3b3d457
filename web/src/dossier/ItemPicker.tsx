import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierItem } from './api';

/**
 * Choosing items of the dossier (for a share or a collection): a list of checkboxes with a filter on
 * words and kind, so that a dossier of hundreds of items stays usable. What is chosen stays chosen
 * while the filter hides it; the count says how many are chosen in all.
 */
export function ItemPicker({
  items,
  chosen,
  onChange,
  legend,
  describedBy,
}: {
  items: readonly DossierItem[];
  chosen: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
  legend: string;
  describedBy?: string | undefined;
}) {
  const { t } = useTranslation('dossier');
  const id = useId();
  const [words, setWords] = useState('');
  const [kind, setKind] = useState('');
  const kinds = useMemo(() => [...new Set(items.map((i) => i.kind))].sort(), [items]);
  const needle = words.trim().toLocaleLowerCase('nl');
  const shown = items.filter((i) => (!kind || i.kind === kind) && (!needle || i.title.toLocaleLowerCase('nl').includes(needle)));
  const toggle = (itemId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(itemId);
    else next.delete(itemId);
    onChange(next);
  };
  return (
    <fieldset className="checkboxes" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {items.length > 0 ? (
        <div className="item-filter">
          <div className="field">
            <label htmlFor={`${id}-woorden`}>{t('filterWords')}</label>
            <input id={`${id}-woorden`} type="search" value={words} onChange={(e) => setWords(e.target.value)} />
          </div>
          {kinds.length > 1 ? (
            <div className="field">
              <label htmlFor={`${id}-soort`}>{t('filterKind')}</label>
              <select id={`${id}-soort`} value={kind} onChange={(e) => setKind(e.target.value)}>
                <option value="">{t('allKinds')}</option>
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
      ) : null}
      <p className="muted" role="status">
        {items.length === 0 ? t('empty') : t('chosenCount', { chosen: chosen.size, shown: shown.length, total: items.length })}
      </p>
      <div className="item-choice">
        {shown.map((item) => (
          <label key={item.id}>
            <input type="checkbox" checked={chosen.has(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
            <span>
              {item.title} <span className="muted">({t(`kinds.${item.kind}`)})</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
