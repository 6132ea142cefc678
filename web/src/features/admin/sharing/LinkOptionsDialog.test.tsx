import { describe, expect, it, jest } from '@jest/globals';
import '@testing-library/jest-dom/jest-globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { TEMPLATE_SECTIONS } from '@tracklink/shared';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TrackingLinkItemFragment } from '../../../gql/graphql';
import { chosenIn } from '../testing/triStates';
import { perSection } from '../ui/SectionTriStates';
import { LinkOptionsDialog } from './LinkOptionsDialog';
import { UPDATE_TRACKING_LINK_MUTATION } from './trackingLinkFragments';

const LINK: TrackingLinkItemFragment = {
  id: 'link-1',
  url: 'https://track.example/t/abc123',
  status: 'ACTIVE',
  recipientEmail: 'ops@consignee.example',
  createdAt: '2026-11-20T10:00:00.000Z',
  expiresAt: '2026-12-20T10:00:00.000Z',
  explicitExpiresAt: null,
  revokedAt: null,
  viewCount: 0,
  lastViewedAt: null,
  photoIds: null,
  overrides: { ...perSection(() => null), showMap: false, showNotes: true },
  auditLog: [],
};

describe('LinkOptionsDialog', () => {
  it('shows each section\'s override, and saves the changed ones with the rest inheriting', async () => {
    const user = userEvent.setup();
    const onClose = jest.fn();
    const inherit = TEMPLATE_SECTIONS.filter((s) => s !== 'showNotes' && s !== 'showPhotos');
    const result = jest.fn(() => ({ data: { updateTrackingLink: { ...LINK, overrides: { ...LINK.overrides, showMap: null, showPhotos: true } } } }));
    render(
      <MockedProvider
        mocks={[
          {
            request: {
              query: UPDATE_TRACKING_LINK_MUTATION,
              variables: { linkId: LINK.id, input: { inherit, showNotes: true, showPhotos: true, photoIds: [], clearExpiresAt: true } },
            },
            result,
          },
        ]}
      >
        <LinkOptionsDialog link={LINK} photos={[]} onClose={onClose} />
      </MockedProvider>,
    );

    expect(screen.getAllByRole('group')).toHaveLength(TEMPLATE_SECTIONS.length + 1); // and the photos
    expect(chosenIn('Map')).toBe('Off');
    expect(chosenIn('Customer notes')).toBe('On');
    expect(chosenIn('Photos')).toBe('Template');

    await user.click(within(screen.getByRole('group', { name: 'Photos' })).getByRole('radio', { name: 'On' }));
    await user.click(within(screen.getByRole('group', { name: 'Map' })).getByRole('radio', { name: 'Template' }));
    expect(chosenIn('Photos')).toBe('On');
    expect(chosenIn('Map')).toBe('Template');

    await user.click(screen.getByRole('button', { name: 'Save options' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
  });
});
