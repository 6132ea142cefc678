import { screen, within } from '@testing-library/react';

/** The text of the option chosen in the tri-state toggle named `label`. */
export function chosenIn(label: string): string | null | undefined {
  const radios = within(screen.getByRole('group', { name: label })).getAllByRole<HTMLInputElement>('radio');
  return radios.find((radio) => radio.checked)?.closest('label')?.textContent;
}
