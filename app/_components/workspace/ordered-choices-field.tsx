'use client';

import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { labelOf, type Choice } from './choices';
import { EditingFieldError, fieldId, inputClass } from './form-field';

type Labels = { add: string; addLabel: string; none: string; moveUp: (name: string) => string; moveDown: (name: string) => string; remove: (name: string) => string };

/** A list of choices whose order matters (issuers as a document names them): add, move up or down, remove. */
export function OrderedChoicesField({ name, label, hint, choices, labels, disabled }: { name: string; label: string; hint?: string; choices: Choice[]; labels: Labels; disabled: boolean }) {
  const { setValue, formState } = useFormContext();
  const chosen = (useWatch({ name }) as string[] | undefined) ?? [];
  const available = choices.filter((choice) => !chosen.includes(choice.value));
  const [adding, setAdding] = useState('');
  const id = fieldId(name);
  const errorKey = (formState.errors[name] as { message?: string } | undefined)?.message;
  const change = (next: string[]) => setValue(name, next, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  const move = (from: number, to: number) => {
    const next = [...chosen];
    [next[from], next[to]] = [next[to]!, next[from]!];
    change(next);
  };
  const buttonClass = 'rounded border border-stone-400 px-2 py-1 text-sm disabled:opacity-40';

  return (
    <fieldset aria-describedby={[hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ')} aria-invalid={Boolean(errorKey)}>
      <legend className="font-medium">{label}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {chosen.length === 0 ? (
        <p className="mt-1 text-sm text-stone-600">{labels.none}</p>
      ) : (
        <ol className="mt-1 space-y-1" data-testid={`${name}-order`}>
          {chosen.map((value, index) => {
            const text = labelOf(choices, value);
            return (
              <li key={value} className="flex flex-wrap items-center gap-2 rounded border border-stone-300 bg-white px-3 py-1">
                <span className="flex-1">{text}</span>
                <button type="button" className={buttonClass} disabled={disabled || index === 0} onClick={() => move(index, index - 1)} aria-label={labels.moveUp(text)}>
                  ↑
                </button>
                <button type="button" className={buttonClass} disabled={disabled || index === chosen.length - 1} onClick={() => move(index, index + 1)} aria-label={labels.moveDown(text)}>
                  ↓
                </button>
                <button type="button" className={buttonClass} disabled={disabled} onClick={() => change(chosen.filter((other) => other !== value))} aria-label={labels.remove(text)}>
                  ×
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {disabled || available.length === 0 ? null : (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <label className="flex-1">
            <span className="block text-sm">{labels.addLabel}</span>
            <select id={id} className={inputClass} value={adding} onChange={(event) => setAdding(event.target.value)}>
              <option value="" />
              {available.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="rounded border border-stone-500 px-4 py-2 font-medium"
            disabled={adding === ''}
            onClick={() => {
              change([...chosen, adding]);
              setAdding('');
            }}
          >
            {labels.add}
          </button>
        </div>
      )}
      <EditingFieldError id={`${id}-error`} errorKey={errorKey} />
    </fieldset>
  );
}
