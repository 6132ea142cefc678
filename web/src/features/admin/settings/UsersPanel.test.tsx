import { describe, expect, it } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CREATE_USER_MUTATION, USERS_QUERY, UsersPanel } from './UsersPanel';

const ANNA = { __typename: 'User' as const, id: 'u1', email: 'anna@carrier.example', name: 'Anna', role: 'SUPER_ADMIN' as const, createdAt: '2026-11-01T09:00:00.000Z' };
const BEN = { __typename: 'User' as const, id: 'u2', email: 'ben@carrier.example', name: null, role: 'DISPATCHER' as const, createdAt: '2026-11-22T09:00:00.000Z' };

describe('UsersPanel', () => {
  it("lists the tenant's users and shows a new one once it is added", async () => {
    const user = userEvent.setup();
    const input = { email: 'ben@carrier.example', name: null, password: 'long-enough-pass', role: 'DISPATCHER' };
    render(
      <MockedProvider
        mocks={[
          { request: { query: USERS_QUERY }, result: { data: { users: [ANNA] } } },
          { request: { query: CREATE_USER_MUTATION, variables: { input } }, result: { data: { createUser: { __typename: 'User', id: 'u2', email: BEN.email, role: BEN.role } } } },
          { request: { query: USERS_QUERY }, result: { data: { users: [ANNA, BEN] } } },
        ]}
      >
        <UsersPanel />
      </MockedProvider>,
    );
    const table = await screen.findByRole('table');
    expect(within(table).getByText('anna@carrier.example')).toBeInTheDocument();
    expect(within(table).getByText('Super admin')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Email'), input.email);
    await user.type(screen.getByLabelText('Password'), input.password);
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    expect(await screen.findByText('ben@carrier.example can sign in now.')).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[2]).getByText('Dispatcher')).toBeInTheDocument();
  });
});
