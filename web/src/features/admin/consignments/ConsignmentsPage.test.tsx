import { describe, expect, it } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { ConsignmentsPage } from './ConsignmentsPage';
import { CONSIGNMENTS_QUERY, PAGE_SIZE } from './consignmentsQuery';

function row(i: number) {
  return {
    __typename: 'ConsignmentEdge' as const,
    cursor: `cursor-${i}`,
    node: {
      __typename: 'Consignment' as const,
      id: `c${i}`,
      reference: `CN-${i}`,
      status: 'IN_TRANSIT',
      customerReference: null,
      updatedAt: '2026-11-22T09:00:00.000Z',
      order: { __typename: 'Order' as const, id: `o${i}`, reference: `ORD-${i}`, customer: null },
      stops: [],
      trackingLinks: [],
    },
  };
}

function page(count: number, total: { count: number; capped: boolean }) {
  return {
    request: { query: CONSIGNMENTS_QUERY, variables: { first: PAGE_SIZE, filter: { search: undefined, status: undefined } } },
    result: {
      data: {
        consignments: {
          __typename: 'ConsignmentConnection' as const,
          total: { __typename: 'CappedCount' as const, ...total },
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage: count < total.count || total.capped, endCursor: `cursor-${count - 1}` },
          edges: Array.from({ length: count }, (_, i) => row(i)),
        },
      },
    },
  };
}

function renderPage(mock: ReturnType<typeof page>) {
  render(
    <MockedProvider mocks={[mock]}>
      <MemoryRouter>
        <ConsignmentsPage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('ConsignmentsPage', () => {
  it('shows a total the server counted exactly as it is', async () => {
    renderPage(page(3, { count: 3, capped: false }));
    expect(await screen.findByText('Showing 3 of 3')).toBeInTheDocument();
  });

  it('shows a total the server stopped counting as "10,000+", never as an exact number', async () => {
    renderPage(page(PAGE_SIZE, { count: 10_000, capped: true }));
    expect(await screen.findByText(`Showing ${PAGE_SIZE} of 10,000+`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load more' })).toBeInTheDocument();
  });
});
