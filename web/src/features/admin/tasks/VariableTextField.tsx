import type { TaskVariable } from '@tracklink/shared';
import { useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { VariablePicker } from './VariablePicker';

export interface VariableTextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The variables this field may offer (already filtered by level and integration). */
  variables: readonly TaskVariable[];
  multiline?: boolean;
  error?: string;
  required?: boolean;
}

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/** Where the picker inserts: from `from` (the "{{" typed, or the caret) to the caret. */
interface Picking {
  from: number;
  /** Opened by typing "{{": what follows it narrows the list. */
  typed: boolean;
}

/**
 * A subject or body that takes {{variables}} (SPEC 5.2): typing "{{" or pressing
 * "Insert variable" opens the list; choosing one inserts it at the caret.
 */
export function VariableTextField({ label, value, onChange, variables, multiline, error, required }: VariableTextFieldProps) {
  const id = useId();
  const listId = `${id}-variables`;
  const inputRef = useRef<TextElement | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [picking, setPicking] = useState<Picking | null>(null);
  const [active, setActive] = useState(0);
  const [caret, setCaret] = useState(0);

  const query = picking?.typed ? value.slice(picking.from + 2, caret).toLowerCase() : '';
  const options = variables.filter((v) => v.name.toLowerCase().includes(query));

  function open(from: number, typed: boolean) {
    setPicking({ from, typed });
    setActive(0);
  }

  function close(focusField: boolean) {
    setPicking(null);
    if (focusField) inputRef.current?.focus();
  }

  function handleChange(event: ChangeEvent<TextElement>) {
    const next = event.target.value;
    const at = event.target.selectionStart ?? next.length;
    setCaret(at);
    onChange(next);
    if (next.length > value.length && next.slice(at - 2, at) === '{{') open(at - 2, true);
    else if (picking?.typed && (at < picking.from + 2 || next.slice(picking.from, picking.from + 2) !== '{{')) setPicking(null);
  }

  function choose(variable: TaskVariable) {
    if (!picking) return;
    const end = picking.typed ? caret : picking.from;
    const inserted = `{{${variable.name}}}`;
    const next = value.slice(0, picking.from) + inserted + value.slice(end);
    const position = picking.from + inserted.length;
    onChange(next);
    setPicking(null);
    setCaret(position);
    requestAnimationFrame(() => {
      const el = inputRef.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(position, position);
    });
  }

  function handlePickerKey(event: KeyboardEvent<HTMLElement>) {
    if (!picking) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => (options.length ? (i + 1) % options.length : 0));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (options.length ? (i - 1 + options.length) % options.length : 0));
    } else if ((event.key === 'Enter' || event.key === 'Tab') && options[active]) {
      event.preventDefault();
      choose(options[active]);
    }
  }

  function openFromButton() {
    const at = inputRef.current?.selectionStart ?? value.length;
    setCaret(at);
    open(at, false);
    requestAnimationFrame(() => listRef.current?.focus());
  }

  const common = {
    id,
    value,
    required,
    onChange: handleChange,
    onKeyDown: handlePickerKey,
    onSelect: (e: { currentTarget: TextElement }) => setCaret(e.currentTarget.selectionStart ?? 0),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    'aria-controls': picking ? listId : undefined,
    'aria-expanded': picking ? true : false,
    'aria-autocomplete': 'list' as const,
    'aria-activedescendant': picking?.typed && options.length ? `${listId}-${active}` : undefined,
  };

  return (
    <div
      className="field variable-field"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setPicking(null);
      }}
    >
      <div className="variable-field__label">
        <label htmlFor={id}>{label}</label>
        <button type="button" className="button button--small" onClick={openFromButton} aria-label={`Insert variable into ${label.toLowerCase()}`}>
          Insert variable
        </button>
      </div>
      {multiline ? (
        <textarea ref={(el) => void (inputRef.current = el)} rows={6} role="combobox" {...common} />
      ) : (
        <input ref={(el) => void (inputRef.current = el)} role="combobox" {...common} />
      )}
      {picking && (
        <VariablePicker
          ref={listRef}
          id={listId}
          variables={options}
          active={Math.min(active, Math.max(options.length - 1, 0))}
          onActiveChange={setActive}
          onChoose={choose}
          onKeyDown={handlePickerKey}
        />
      )}
      {error && (
        <span id={`${id}-error`} className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}
