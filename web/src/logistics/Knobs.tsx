import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Concept, Parameters, RoomType, ScenarioInputs } from '../../../src/logistics/domain/inputs';
import { defaultFigures, hourNormRulesets, hourNormRulesetIds, type SourcedFigure } from '../../../src/logistics/domain/rulesets';
import { useIssueText, type FieldIssues } from './validation';
import { Disclosure } from './Disclosure';

/** A number with a slider (when a range is given) and a field for exact values; the error sits under both. */
export function NumberKnob(props: {
  name: string;
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
  slider?: boolean;
  error?: string | undefined;
  hint?: string | undefined;
  disabled?: boolean;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = [props.error ? errorId : null, props.hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const parse = (raw: string) => props.onChange(raw.trim() === '' ? Number.NaN : Number(raw.replace(',', '.')));
  return (
    <div className={props.error ? 'field knob has-error' : 'field knob'}>
      <label htmlFor={id} id={`${id}-label`}>
        {props.label}
      </label>
      <div className="knob-controls">
        {props.slider ? (
          <input
            type="range"
            aria-labelledby={`${id}-label`}
            data-knob={`${props.name}-slider`}
            min={props.min}
            max={props.max}
            step={props.step ?? 1}
            value={Number.isFinite(props.value) ? props.value : (props.min ?? 0)}
            disabled={props.disabled}
            onChange={(e) => parse(e.target.value)}
          />
        ) : null}
        <input
          id={id}
          type="number"
          inputMode="decimal"
          data-knob={props.name}
          min={props.min}
          max={props.max}
          step={props.step ?? 1}
          value={Number.isFinite(props.value) ? props.value : ''}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={described}
          disabled={props.disabled}
          onChange={(e) => parse(e.target.value)}
        />
      </div>
      {props.hint ? (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId} className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

const conceptKnobs: ReadonlyArray<{ key: keyof Omit<Concept, 'smallGroupPolicy'>; min: number; max: number }> = [
  { key: 'groupSizeTheory', min: 1, max: 40 },
  { key: 'groupSizePractice', min: 1, max: 40 },
  { key: 'minGroupSize', min: 1, max: 30 },
  { key: 'intakeMoments', min: 1, max: 12 },
  { key: 'theoryPercent', min: 0, max: 100 },
  { key: 'onlinePercent', min: 0, max: 100 },
  { key: 'onlineSavingPercent', min: 0, max: 100 },
  { key: 'elsewherePercent', min: 0, max: 100 },
];

/** The concept's knobs, the ruleset and the small-group policy. */
export function ConceptKnobs(props: {
  inputs: ScenarioInputs;
  issues: FieldIssues;
  disabled: boolean;
  onChange: (inputs: ScenarioInputs) => void;
}) {
  const { t } = useTranslation('logistics');
  const issueText = useIssueText();
  const { inputs } = props;
  const setConcept = (patch: Partial<Concept>) => props.onChange({ ...inputs, concept: { ...inputs.concept, ...patch } });
  return (
    <section aria-labelledby="knoppen" className="panel">
      <h2 id="knoppen">{t('knobs')}</h2>
      <div className="knob-grid">
        {conceptKnobs.map((k) => (
          <NumberKnob
            key={k.key}
            name={k.key}
            label={t(`fields.${k.key}`)}
            value={inputs.concept[k.key]}
            min={k.min}
            max={k.max}
            slider
            disabled={props.disabled}
            error={issueText(props.issues.get(`concept.${k.key}`))}
            onChange={(value) => setConcept({ [k.key]: value })}
          />
        ))}
      </div>
      <fieldset className="radio-group" disabled={props.disabled}>
        <legend>{t('fields.smallGroupPolicy')}</legend>
        {(['merge', 'postpone'] as const).map((policy) => (
          <label key={policy}>
            <input
              type="radio"
              name="smallGroupPolicy"
              value={policy}
              checked={inputs.concept.smallGroupPolicy === policy}
              onChange={() => setConcept({ smallGroupPolicy: policy })}
            />{' '}
            {t(policy)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="ruleset">{t('rulesetLabel')}</label>
        <select
          id="ruleset"
          value={inputs.rulesetId}
          disabled={props.disabled}
          onChange={(e) => props.onChange({ ...inputs, rulesetId: e.target.value as ScenarioInputs['rulesetId'] })}
        >
          {hourNormRulesetIds.map((id) => (
            <option key={id} value={id}>
              {hourNormRulesets[id].name}
              {hourNormRulesets[id].status === 'pending' ? ` (${t('pending')})` : ''}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}

const parameterKnobs: ReadonlyArray<{ key: keyof Parameters; euros?: boolean; step?: number }> = [
  { key: 'hoursPerFte' },
  { key: 'costPerFteCents', euros: true },
  { key: 'loadFactor', step: 0.01 },
  { key: 'bpvSupervisionHours', step: 0.5 },
  { key: 'fundingBolCents', euros: true },
  { key: 'fundingBblCents', euros: true },
  { key: 'benchmarkStudentsPerFte', step: 0.1 },
  { key: 'bblWeightPercent' },
  { key: 'contactCapPerWeek' },
  { key: 'bpvHoursPerWeek' },
  { key: 'weeksPerYearForArrivals' },
];

function sourceOf(key: keyof Parameters): SourcedFigure | undefined {
  return (defaultFigures as Record<string, SourcedFigure>)[key];
}

/** Staff, money and benchmark parameters with their sources, and the rooms. */
export function ParameterKnobs(props: {
  inputs: ScenarioInputs;
  issues: FieldIssues;
  disabled: boolean;
  onChange: (inputs: ScenarioInputs) => void;
}) {
  const { t } = useTranslation('logistics');
  const issueText = useIssueText();
  const { inputs } = props;
  const setParameter = (key: keyof Parameters, value: number) =>
    props.onChange({ ...inputs, parameters: { ...inputs.parameters, [key]: value } });
  const setRoom = (index: number, patch: Partial<RoomType>) =>
    props.onChange({ ...inputs, rooms: inputs.rooms.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
  return (
    <Disclosure className="panel parameters" summary={<h2>{t('parameters')}</h2>}>
      {() => (
        <>
          <p className="hint">{t('parametersHint')}</p>
          <div className="knob-grid">
            {parameterKnobs.map((k) => {
              const source = sourceOf(k.key);
              const raw = inputs.parameters[k.key];
              return (
                <NumberKnob
                  key={k.key}
                  name={k.key}
                  label={k.euros ? `${t(`fields.${k.key}`)} (€)` : t(`fields.${k.key}`)}
                  value={k.euros ? raw / 100 : raw}
                  step={k.euros ? 1 : (k.step ?? 1)}
                  disabled={props.disabled}
                  hint={source ? `${source.source.title}${source.source.verified ? '' : ` (${t('sourceUnverified')})`}` : undefined}
                  error={issueText(props.issues.get(`parameters.${k.key}`))}
                  onChange={(value) => setParameter(k.key, k.euros ? Math.round(value * 100) : value)}
                />
              );
            })}
          </div>
          <h3>{t('rooms')}</h3>
          {inputs.rooms.map((room, i) => (
            <fieldset key={room.key} className="room-row" disabled={props.disabled}>
              <legend>{room.name}</legend>
              <NumberKnob
                name={`room-${room.key}-count`}
                label={t('roomCount')}
                value={room.count}
                error={issueText(props.issues.get(`rooms.${i}.count`))}
                onChange={(count) => setRoom(i, { count })}
              />
              <NumberKnob
                name={`room-${room.key}-capacity`}
                label={t('roomCapacity')}
                value={room.capacity}
                error={issueText(props.issues.get(`rooms.${i}.capacity`))}
                onChange={(capacity) => setRoom(i, { capacity })}
              />
              <NumberKnob
                name={`room-${room.key}-hours`}
                label={t('roomHours')}
                value={room.hoursPerWeek}
                error={issueText(props.issues.get(`rooms.${i}.hoursPerWeek`))}
                onChange={(hoursPerWeek) => setRoom(i, { hoursPerWeek })}
              />
            </fieldset>
          ))}
        </>
      )}
    </Disclosure>
  );
}
