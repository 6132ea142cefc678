import { graphql } from '../../../gql';

export const TRACKING_LINK_ITEM_FRAGMENT = graphql(`
  fragment TrackingLinkItem on TrackingLink {
    id
    url
    status
    recipientEmail
    createdAt
    expiresAt
    explicitExpiresAt
    revokedAt
    viewCount
    lastViewedAt
    photoIds
    overrides {
      ...SectionChoices
    }
    auditLog {
      id
      action
      actor
      at
      detail
    }
  }
`);

export const CREATE_TRACKING_LINK_MUTATION = graphql(`
  mutation CreateTrackingLink($consignmentId: ID!, $input: TrackingLinkInput) {
    createTrackingLink(consignmentId: $consignmentId, input: $input) {
      ...TrackingLinkItem
    }
  }
`);

export const UPDATE_TRACKING_LINK_MUTATION = graphql(`
  mutation UpdateTrackingLink($linkId: ID!, $input: TrackingLinkInput!) {
    updateTrackingLink(linkId: $linkId, input: $input) {
      ...TrackingLinkItem
    }
  }
`);

export const REVOKE_TRACKING_LINK_MUTATION = graphql(`
  mutation RevokeTrackingLink($linkId: ID!) {
    revokeTrackingLink(linkId: $linkId) {
      ...TrackingLinkItem
    }
  }
`);

export const REGENERATE_TRACKING_LINK_MUTATION = graphql(`
  mutation RegenerateTrackingLink($linkId: ID!) {
    regenerateTrackingLink(linkId: $linkId) {
      ...TrackingLinkItem
    }
  }
`);

/** The QR codes of a consignment's links, asked for only when staff open one (each is an image drawn). */
export const TRACKING_LINK_QR_CODES_QUERY = graphql(`
  query TrackingLinkQrCodes($consignmentId: ID!) {
    consignment(id: $consignmentId) {
      id
      trackingLinks {
        id
        qrSvg: qrCode(format: SVG)
        qrPng: qrCode(format: PNG)
      }
    }
  }
`);
