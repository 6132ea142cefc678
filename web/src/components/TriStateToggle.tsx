import { useId } from 'react';

export type TriState = 'inherit' | 'on' | 'off';

export interface TriStateToggleProps {
  label: string;
  value: TriState;
  onChange: (value: TriState) => void;
  /** What "inherit" means here, e.g. "Template (on)". */
  inheritLabel?: string;
  disabled?: boolean;
}

/** A setting that can follow a default or force on/off: three radios in a labelled group. */
export function TriStateToggle({ label, value, onChange, inheritLabel = 'Inherit', disabled }: TriStateToggleProps) {
  const name = useId();
  const options: { value: TriState; text: string }[] = [
    { value: 'inherit', text: inheritLabel },
    { value: 'on', text: 'On' },
    { value: 'off', text: 'Off' },
  ];
  return (
    <fieldset className="tristate" disabled={disabled}>
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o.value} className={value === o.value ? 'tristate__option tristate__option--checked' : 'tristate__option'}>
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.text}
        </label>
      ))}
    </fieldset>
  );
}

export function toTriState(value: boolean | null | undefined): TriState {
  return value == null ? 'inherit' : value ? 'on' : 'off';
}
