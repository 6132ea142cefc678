import { describe, expect, it } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { DEFAULT_TEMPLATE } from '@tracklink/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAdminCache } from '../../../apollo/adminClient';
import { chosenIn } from '../testing/triStates';
import { perSection } from '../ui/SectionTriStates';
import { CustomerTemplateEditor } from './CustomerTemplateEditor';
import { CUSTOMER_TEMPLATES_QUERY } from './templateQuery';

const customer = (id: string, name: string) => ({ __typename: 'Customer' as const, id, name });

const DATA = {
  customers: [
    { ...customer('c1', 'Acme'), email: null },
    { ...customer('c2', 'Globex'), email: null },
  ],
  customerTrackingLinkTemplates: [
    {
      __typename: 'CustomerTrackingLinkTemplate' as const,
      customer: customer('c1', 'Acme'),
      ...perSection(() => null),
      showMap: false,
      showPhotos: true,
    },
  ],
};

describe('CustomerTemplateEditor', () => {
  it("shows a customer's own choices, and what inheriting the tenant template means", async () => {
    const user = userEvent.setup();
    render(
      // The real cache: the flags come through a fragment on the SectionChoices interface.
      <MockedProvider cache={createAdminCache()} mocks={[{ request: { query: CUSTOMER_TEMPLATES_QUERY }, result: { data: DATA } }]}>
        <CustomerTemplateEditor tenant={{ ...DEFAULT_TEMPLATE }} onSaved={() => undefined} />
      </MockedProvider>,
    );

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Customer' }), 'c1');
    expect(chosenIn('Map')).toBe('Off');
    expect(chosenIn('Photos')).toBe('On');
    expect(chosenIn('Cargo details')).toBe('Template (on)');
    expect(chosenIn('Customer notes')).toBe('Template (off)');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Customer' }), 'c2');
    expect(chosenIn('Map')).toBe('Template (on)');
    expect(chosenIn('Photos')).toBe('Template (off)');
  });
});
