import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey, type CellInput, type Concept, type ScenarioInputs } from '../../../src/logistics/domain/inputs';
import { NumberKnob } from './Knobs';
import { useIssueText, type FieldIssues } from './validation';
import { Disclosure } from './Disclosure';

const hourFields = ['totalHours', 'botHours', 'bpvHours'] as const;
const overrideFields = [
  'groupSizeTheory',
  'groupSizePractice',
  'minGroupSize',
  'intakeMoments',
  'theoryPercent',
  'onlinePercent',
  'onlineSavingPercent',
  'elsewherePercent',
] as const satisfies ReadonlyArray<keyof Concept>;

/** One cell's hours, and the concept's knobs it overrides (empty: it follows the concept). */
export const CellEditor = memo(function CellEditor(props: {
  inputs: ScenarioInputs;
  issues: FieldIssues;
  onCell: (index: number, cell: CellInput) => void;
}) {
  const { t } = useTranslation('logistics');
  const issueText = useIssueText();
  const [key, setKey] = useState('');
  const index = Math.max(
    0,
    props.inputs.cells.findIndex((c) => cellKey(c) === key),
  );
  const cell = props.inputs.cells[index];
  if (!cell) return null;
  const set = (patch: Partial<CellInput>) => props.onCell(index, { ...cell, ...patch });
  return (
    <Disclosure className="panel cell-editor" summary={<h2>{t('cellEditor')}</h2>}>
      {() => (
        <>
          <p className="hint">{t('cellEditorHint')}</p>
          <div className="field">
            <label htmlFor="edit-cell">{t('programme')}</label>
            <select id="edit-cell" value={cellKey(cell)} onChange={(e) => setKey(e.target.value)}>
              {props.inputs.cells.map((c) => (
                <option key={cellKey(c)} value={cellKey(c)}>
                  {c.title} · {c.leerweg} · {t('fields.year')} {c.year}
                </option>
              ))}
            </select>
          </div>
          <div className="knob-grid">
            {hourFields.map((field) => (
              <NumberKnob
                key={field}
                name={`cell-${field}`}
                label={t(`fields.${field}`)}
                value={cell[field]}
                min={0}
                error={issueText(props.issues.get(`cells.${index}.${field}`))}
                onChange={(value) => set({ [field]: value })}
              />
            ))}
          </div>
          <fieldset className="overrides">
            <legend>{t('overrides')}</legend>
            <div className="knob-grid">
              {overrideFields.map((field) => {
                const own = cell[field];
                return (
                  <NumberKnob
                    key={field}
                    name={`cell-${field}`}
                    label={t(`fields.${field}`)}
                    value={own ?? Number.NaN}
                    hint={own === undefined || own === null ? t('followsConcept', { value: props.inputs.concept[field] }) : undefined}
                    error={issueText(props.issues.get(`cells.${index}.${field}`))}
                    onChange={(value) => set({ [field]: Number.isNaN(value) ? undefined : value })}
                  />
                );
              })}
            </div>
          </fieldset>
        </>
      )}
    </Disclosure>
  );
});
