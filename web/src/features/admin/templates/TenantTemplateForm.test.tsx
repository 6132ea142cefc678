import { describe, expect, it, jest } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { DEFAULT_TEMPLATE, SECTION_LABELS, TEMPLATE_SECTIONS } from '@tracklink/shared';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UPDATE_TRACKING_LINK_TEMPLATE_MUTATION, type TenantTemplate } from './templateQuery';
import { TenantTemplateForm } from './TenantTemplateForm';

const TEMPLATE: TenantTemplate = { ...DEFAULT_TEMPLATE };

describe('TenantTemplateForm', () => {
  it('shows every section of SPEC 3.1 as a labelled switch with its current value', () => {
    render(
      <MockedProvider>
        <TenantTemplateForm template={TEMPLATE} onSaved={() => undefined} />
      </MockedProvider>,
    );
    // SPEC 3.1's fifteen, the recipient's feedback and the proof of delivery.
    expect(screen.getAllByRole('switch')).toHaveLength(17);
    for (const section of TEMPLATE_SECTIONS) {
      const toggle = screen.getByRole('switch', { name: SECTION_LABELS[section] });
      if (DEFAULT_TEMPLATE[section]) expect(toggle).toBeChecked();
      else expect(toggle).not.toBeChecked();
    }
  });

  it('saves the toggled section, and only that section', async () => {
    const user = userEvent.setup();
    const onSaved = jest.fn();
    const result = jest.fn(() => ({ data: { updateTrackingLinkTemplate: { ...TEMPLATE, showPhotos: true } } }));
    render(
      <MockedProvider
        mocks={[{ request: { query: UPDATE_TRACKING_LINK_TEMPLATE_MUTATION, variables: { input: { showPhotos: true } } }, result }]}
      >
        <TenantTemplateForm template={TEMPLATE} onSaved={onSaved} />
      </MockedProvider>,
    );

    await user.click(screen.getByRole('switch', { name: 'Photos' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Photos: shown. Saved.')).toBeInTheDocument();
  });
});
