import { describe, expect, it } from '@jest/globals';
import { DEFAULT_TEMPLATE } from '@tracklink/shared';
import { CUSTOMER_TEMPLATES_QUERY, TRACKING_LINK_TEMPLATE_QUERY } from '../features/admin/templates/templateQuery';
import { createAdminCache } from './adminClient';

// The section flags are selected through a fragment on the SectionChoices interface: the
// cache fills it in only when it knows which types implement the interface.

describe('the admin cache and fragments on interfaces', () => {
  it('reads back the tenant template it was given', () => {
    const cache = createAdminCache();
    const trackingLinkTemplate = { __typename: 'TrackingLinkTemplate' as const, ...DEFAULT_TEMPLATE, showPhotos: true };
    cache.writeQuery({ query: TRACKING_LINK_TEMPLATE_QUERY, data: { trackingLinkTemplate } });
    expect(cache.readQuery({ query: TRACKING_LINK_TEMPLATE_QUERY })).toEqual({ trackingLinkTemplate });
  });

  it('reads back a customer template, its nulls included', () => {
    const cache = createAdminCache();
    const customer = { __typename: 'Customer' as const, id: 'c1', name: 'Acme', email: null };
    const template = {
      __typename: 'CustomerTrackingLinkTemplate' as const,
      customer: { __typename: 'Customer' as const, id: 'c1', name: 'Acme' },
      ...DEFAULT_TEMPLATE,
      showMap: false,
      showNotes: null,
    };
    cache.writeQuery({ query: CUSTOMER_TEMPLATES_QUERY, data: { customers: [customer], customerTrackingLinkTemplates: [template] } });
    expect(cache.readQuery({ query: CUSTOMER_TEMPLATES_QUERY })).toEqual({
      customers: [customer],
      customerTrackingLinkTemplates: [template],
    });
  });
});
