// The public API's documents. The query and the subscription select the same page, so a
// CHANGED update can replace the page as it is.

const PAGE_RESULT_FIELDS = /* GraphQL */ `
  fragment TrackingPageResultFields on TrackingPageResult {
    __typename
    ... on TrackingPage {
      organization { name logoUrl locale brandColor timezone }
      reference
      status
      progress
      stops {
        type name address latitude longitude timezone reference
        plannedArrival plannedWindowEnd estimatedArrival actualArrival actualDeparture
      }
      cargo { description quantity packagingType weightKg }
      palletScans { palletBarcode event scannedAt stopName }
      customerReference
      containerNumber
      transportService
      customFields { label value }
      extraFields { label value }
      notes
      photos { label value }
      showMap
      driverPosition { latitude longitude heading recordedAt }
      lastUpdatedAt
      expiresAt
    }
    ... on TrackingUnavailable { reason message }
  }
`;

export const TRACKING_PAGE_QUERY = /* GraphQL */ `
  query TrackingPage($token: String!) {
    trackingPage(token: $token) { ...TrackingPageResultFields }
  }
  ${PAGE_RESULT_FIELDS}
`;

export const TRACKING_UPDATES_SUBSCRIPTION = /* GraphQL */ `
  subscription TrackingUpdates($token: String!) {
    trackingUpdates(token: $token) {
      kind
      driverPosition { latitude longitude heading recordedAt }
      page { ...TrackingPageResultFields }
    }
  }
  ${PAGE_RESULT_FIELDS}
`;
