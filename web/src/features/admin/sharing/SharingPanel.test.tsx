import { describe, expect, it, jest } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TrackingLinkItemFragment } from '../../../gql/graphql';
import { perSection } from '../ui/SectionTriStates';
import { SharingPanel } from './SharingPanel';
import { REVOKE_TRACKING_LINK_MUTATION, TRACKING_LINK_QR_CODES_QUERY } from './trackingLinkFragments';

const NO_OVERRIDES = { __typename: 'TrackingLinkOverrides' as const, ...perSection(() => null) };

function link(overrides: Partial<TrackingLinkItemFragment>): TrackingLinkItemFragment {
  return {
    id: 'link-1',
    url: 'https://track.example/t/abc123',
    status: 'ACTIVE',
    recipientEmail: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    expiresAt: '2026-12-20T10:00:00.000Z',
    explicitExpiresAt: null,
    revokedAt: null,
    viewCount: 3,
    lastViewedAt: '2026-11-21T08:30:00.000Z',
    photoIds: null,
    overrides: NO_OVERRIDES,
    auditLog: [{ id: 'a1', action: 'CREATED', actor: 'system', at: '2026-11-20T10:00:00.000Z', detail: null }],
    ...overrides,
  };
}

const ACTIVE = link({});
const REVOKED = link({
  id: 'link-2',
  url: 'https://track.example/t/old',
  status: 'REVOKED',
  recipientEmail: 'ops@consignee.example',
  revokedAt: '2026-11-21T09:00:00.000Z',
  viewCount: 0,
  lastViewedAt: null,
});

function renderPanel(mocks: MockedProviderProps['mocks'] = []) {
  const onLinksChanged = jest.fn();
  render(
    <MockedProvider mocks={mocks}>
      <SharingPanel consignmentId="c-1" reference="CN-1" links={[ACTIVE, REVOKED]} photos={[]} onLinksChanged={onLinksChanged} />
    </MockedProvider>,
  );
  return { onLinksChanged };
}

describe('SharingPanel', () => {
  it('lists every link with its recipient, status and numbers', () => {
    renderPanel();
    const active = screen.getByRole('article', { name: 'Tracking link: Default link' });
    expect(within(active).getByText('Active')).toBeInTheDocument();
    expect(within(active).getByText('3')).toBeInTheDocument();
    expect(within(active).getByRole('link', { name: ACTIVE.url })).toBeInTheDocument();

    const revoked = screen.getByRole('article', { name: 'Tracking link: ops@consignee.example' });
    expect(within(revoked).getAllByText('Revoked').length).toBeGreaterThan(0);
    expect(within(revoked).getByText('Never')).toBeInTheDocument();
    // A revoked link cannot be copied, revoked or regenerated again.
    expect(within(revoked).queryByRole('button', { name: 'Copy URL' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create tracking link' })).toBeInTheDocument();
  });

  it('copies the URL and says so', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Copy URL' }));
    expect(await screen.findByText('Copied to clipboard')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(ACTIVE.url);
  });

  it('asks for a confirmation that says revoking is permanent, then revokes', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => ({
      data: { revokeTrackingLink: { ...ACTIVE, status: 'REVOKED' as const, revokedAt: '2026-11-22T10:00:00.000Z' } },
    }));
    renderPanel([{ request: { query: REVOKE_TRACKING_LINK_MUTATION, variables: { linkId: ACTIVE.id } }, result }]);

    await user.click(screen.getByRole('button', { name: 'Revoke' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke this tracking link?' });
    expect(dialog).toHaveTextContent(/permanent/i);
    expect(result).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Revoke link' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('closes the confirmation on Escape without revoking', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Revoke' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the QR code with downloads named after the reference, and prints the label', async () => {
    const user = userEvent.setup();
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 37 37"><path d="M4 4h7"/></svg>';
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const print = jest.fn();
    window.print = print;
    renderPanel([
      {
        request: { query: TRACKING_LINK_QR_CODES_QUERY, variables: { consignmentId: 'c-1' } },
        result: {
          data: {
            consignment: {
              __typename: 'Consignment',
              id: 'c-1',
              trackingLinks: [
                { __typename: 'TrackingLink', id: ACTIVE.id, qrSvg: svg, qrPng: png },
                { __typename: 'TrackingLink', id: REVOKED.id, qrSvg: null, qrPng: null },
              ],
            },
          },
        },
      },
    ]);
    const active = screen.getByRole('article', { name: 'Tracking link: Default link' });
    await user.click(within(active).getByRole('button', { name: 'QR code' }));
    const dialog = screen.getByRole('dialog', { name: 'QR code' });
    const image = await within(dialog).findByRole('img', { name: 'QR code of the tracking link for consignment CN-1' });
    expect(image).toHaveAttribute('src', png);
    expect(within(dialog).getByRole('figure', { name: 'Label for consignment CN-1' })).toHaveTextContent('CN-1');
    expect(within(dialog).getByRole('link', { name: 'Download PNG' })).toHaveAttribute('download', 'tracking-CN-1.png');
    const svgLink = within(dialog).getByRole('link', { name: 'Download SVG' });
    expect(svgLink).toHaveAttribute('download', 'tracking-CN-1.svg');
    expect(decodeURIComponent(svgLink.getAttribute('href')!.replace('data:image/svg+xml;charset=utf-8,', ''))).toBe(svg);
    await user.click(within(dialog).getByRole('button', { name: 'Print label' }));
    expect(print).toHaveBeenCalledTimes(1);
    // A revoked link offers no QR code at all.
    const revoked = screen.getByRole('article', { name: 'Tracking link: ops@consignee.example' });
    expect(within(revoked).queryByRole('button', { name: 'QR code' })).not.toBeInTheDocument();
  });
});
