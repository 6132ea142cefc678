import { describe, expect, it } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { ConsignmentsPage } from './ConsignmentsPage';
import { CONSIGNMENTS_QUERY, PAGE_SIZE } from './consignmentsQuery';
import { SET_STATUS_MUTATION } from '../consignment/StatusActions';

const DETECTED = '2026-11-22T08:40:00.000Z';

function row(i: number) {
  return {
    __typename: 'ConsignmentEdge' as const,
    cursor: `cursor-${i}`,
    node: {
      __typename: 'Consignment' as const,
      id: `c${i}`,
      reference: `CN-${i}`,
      status: 'IN_TRANSIT',
      deliveryDetectedAt: i === 0 ? DETECTED : null,
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

function renderPage(...mocks: object[]) {
  render(
    <MockedProvider mocks={mocks as never}>
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

  it('offers a detected delivery for one-click confirmation, and the offer goes once DELIVERED', async () => {
    let confirmed = false;
    const confirm = {
      request: { query: SET_STATUS_MUTATION, variables: { consignmentId: 'c0', status: 'DELIVERED' } },
      result: () => {
        confirmed = true;
        return {
          data: {
            setConsignmentStatus: {
              __typename: 'Consignment' as const,
              id: 'c0',
              status: 'DELIVERED',
              allowedNextStatuses: [],
              deliveryDetectedAt: null,
              updatedAt: '2026-11-22T09:05:00.000Z',
            },
          },
        };
      },
    };
    renderPage(page(2, { count: 2, capped: false }), confirm);
    const buttons = await screen.findAllByRole('button', { name: 'Confirm delivered' });
    expect(buttons).toHaveLength(1); // only the consignment whose delivery was detected
    expect(screen.getByRole('group', { name: 'Delivery detected' })).toHaveTextContent('Delivery detected');
    fireEvent.click(buttons[0]);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Confirm delivered' })).not.toBeInTheDocument());
    expect(confirmed).toBe(true);
  });
});
