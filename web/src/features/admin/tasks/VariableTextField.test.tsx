import { describe, expect, it } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TaskForm } from './TaskForm';

function renderForm(trackingIntegrationEnabled: boolean) {
  render(
    <TaskForm trackingIntegrationEnabled={trackingIntegrationEnabled} saving={false} error={null} onSave={() => undefined} onCancel={() => undefined} />,
  );
  return screen.getByRole('combobox', { name: 'Subject' });
}

// user-event reads "{" as the start of a key name: "{{" types one brace.
const BRACES = '{{{{';

describe("the task editor's variable picker", () => {
  it('opens when "{{" is typed and inserts the chosen variable', async () => {
    const user = userEvent.setup();
    const subject = renderForm(true);
    expect(screen.queryByRole('listbox', { name: 'Variables' })).not.toBeInTheDocument();

    await user.type(subject, `Consignment ${BRACES}`);
    const list = screen.getByRole('listbox', { name: 'Variables' });
    expect(list).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /consignment\.trackingLink/ })).toBeInTheDocument();

    await user.click(screen.getByRole('option', { name: /\{\{consignment\.reference\}\}/ }));
    expect(subject).toHaveValue('Consignment {{consignment.reference}}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('is keyboard operable: arrows move, Enter inserts, Escape closes', async () => {
    const user = userEvent.setup();
    const subject = renderForm(true);
    await user.type(subject, `${BRACES}consignment.ref`);
    const list = screen.getByRole('listbox', { name: 'Variables' });
    expect(within(list).getAllByRole('option')).toHaveLength(1);
    await user.keyboard('{Enter}');
    expect(subject).toHaveValue('{{consignment.reference}}');
    // Choosing puts the caret after the variable on the next frame (as a person sees it): typing
    // on before that frame would race it.
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

    await user.type(subject, ` ${BRACES}`);
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('opens from the "Insert variable" button', async () => {
    const user = userEvent.setup();
    renderForm(true);
    await user.click(screen.getByRole('button', { name: 'Insert variable into body' }));
    expect(screen.getByRole('listbox', { name: 'Variables' })).toBeInTheDocument();
  });

  it('leaves out the tracking-link variable while the integration is off', async () => {
    const user = userEvent.setup();
    const subject = renderForm(false);
    await user.type(subject, BRACES);
    expect(screen.getByRole('option', { name: /consignment\.reference/ })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /trackingLink/ })).not.toBeInTheDocument();
  });
});
