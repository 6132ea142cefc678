import { describe, expect, it } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CREATE_DEVICE_KEY_MUTATION, DRIVERS_QUERY, DriversPanel, REVOKE_DEVICE_KEY_MUTATION } from './DriversPanel';

const URL = 'https://track.carrier.example/driver-app/positions';
const driver = (deviceKeyCreatedAt: string | null) => ({
  __typename: 'Driver' as const,
  id: 'd1',
  name: 'Dana',
  phone: null,
  vehiclePlate: 'TL-01-AB',
  deviceKeyCreatedAt,
  deviceAppUrl: URL,
});

describe('DriversPanel', () => {
  it('shows the server URL and, once, the device identifier to type into Traccar Client; a key can be revoked', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider
        mocks={[
          { request: { query: DRIVERS_QUERY }, result: { data: { drivers: [driver(null)] } } },
          {
            request: { query: CREATE_DEVICE_KEY_MUTATION, variables: { driverId: 'd1' } },
            result: {
              data: {
                createDriverDeviceKey: {
                  __typename: 'DriverDeviceKey',
                  deviceKey: 'abcdefghjkmnpqrstuvw',
                  url: URL,
                  driver: { __typename: 'Driver', id: 'd1', deviceKeyCreatedAt: '2026-12-01T10:00:00.000Z' },
                },
              },
            },
          },
          {
            request: { query: REVOKE_DEVICE_KEY_MUTATION, variables: { driverId: 'd1' } },
            result: { data: { revokeDriverDeviceKey: { __typename: 'Driver', id: 'd1', deviceKeyCreatedAt: null } } },
          },
        ]}
      >
        <DriversPanel />
      </MockedProvider>,
    );
    expect(await screen.findByText('No Traccar Client / OsmAnd key', { exact: false })).toBeInTheDocument();
    expect(screen.getByText(URL)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Connect Traccar Client' }));
    const setup = await screen.findByRole('region', { name: 'Driver app setup for Dana' });
    expect(within(setup).getByText(URL)).toBeInTheDocument();
    expect(within(setup).getByText('abcdefghjkmnpqrstuvw')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Revoke device key' })).toBeInTheDocument();

    await user.click(within(setup).getByRole('button', { name: 'Done' }));
    expect(screen.queryByText('abcdefghjkmnpqrstuvw')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Revoke device key' }));
    expect(await screen.findByRole('button', { name: 'Connect Traccar Client' })).toBeInTheDocument();
  });
});
