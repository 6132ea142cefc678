import { useId } from 'react';
import { humanize } from './format';

export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: string;
  className?: string;
}

export function SelectField<T extends string>({ label, value, options, onChange, error, className }: SelectFieldProps<T>) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <span id={errorId} className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}

/** The options of a filter: `all` (the value '') first, then each value in words. */
export function filterOptions<T extends string>(values: readonly T[], all: string): { value: T | ''; label: string }[] {
  return [{ value: '', label: all }, ...values.map((value) => ({ value, label: humanize(value) }))];
}
