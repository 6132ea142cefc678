import { forwardRef, type KeyboardEvent } from 'react';
import type { TaskVariable } from '@tracklink/shared';

export interface VariablePickerProps {
  id: string;
  variables: readonly TaskVariable[];
  active: number;
  onActiveChange: (index: number) => void;
  onChoose: (variable: TaskVariable) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/** The list of {{variables}}: a listbox; arrows move, Enter chooses, Escape closes. */
export const VariablePicker = forwardRef<HTMLUListElement, VariablePickerProps>(function VariablePicker(
  { id, variables, active, onActiveChange, onChoose, onKeyDown },
  ref,
) {
  if (variables.length === 0) {
    return (
      <p className="variable-picker variable-picker--empty" id={id}>
        No variable matches.
      </p>
    );
  }
  return (
    <ul
      ref={ref}
      id={id}
      role="listbox"
      aria-label="Variables"
      tabIndex={-1}
      className="variable-picker"
      aria-activedescendant={`${id}-${active}`}
      onKeyDown={onKeyDown}
    >
      {variables.map((v, i) => (
        <li
          key={v.name}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'variable-picker__option variable-picker__option--active' : 'variable-picker__option'}
          onMouseDown={(e) => e.preventDefault()}
          onMouseEnter={() => onActiveChange(i)}
          onClick={() => onChoose(v)}
        >
          <code>{`{{${v.name}}}`}</code> <span className="muted small">{v.description}</span>
        </li>
      ))}
    </ul>
  );
});
