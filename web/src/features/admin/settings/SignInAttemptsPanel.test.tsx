import { describe, expect, it } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adminTypePolicies } from '../../../apollo/typePolicies';
import { FAILED_SIGN_INS_QUERY, SignInAttemptsPanel } from './SignInAttemptsPanel';

const attempt = (i: number) => ({
  __typename: 'LoginAttemptEdge' as const,
  node: {
    __typename: 'LoginAttempt' as const,
    id: `a${i}`,
    email: `user${i}@carrier.example`,
    ip: '198.51.100.7',
    outcome: i === 3 ? ('LOCKED' as const) : ('WRONG_PASSWORD' as const),
    createdAt: '2026-11-22T09:00:00.000Z',
  },
});
const page = (items: number[], hasNextPage: boolean, endCursor: string) => ({
  data: {
    loginAttemptsConnection: {
      __typename: 'LoginAttemptConnection' as const,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
      edges: items.map(attempt),
    },
  },
});

describe('SignInAttemptsPanel', () => {
  it('pages through the failed sign-ins with "Load more", keeping those shown', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider
        cache={new InMemoryCache({ typePolicies: adminTypePolicies })}
        mocks={[
          { request: { query: FAILED_SIGN_INS_QUERY }, result: page([1, 2], true, 'cursor-2') },
          { request: { query: FAILED_SIGN_INS_QUERY, variables: { after: 'cursor-2' } }, result: page([3], false, 'cursor-3') },
        ]}
      >
        <SignInAttemptsPanel />
      </MockedProvider>,
    );
    expect(await screen.findByText('user1@carrier.example')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('user3@carrier.example')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'user1@carrier.example',
      'user2@carrier.example',
      'user3@carrier.example',
    ]);
    expect(screen.getByText('Locked')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });
});
