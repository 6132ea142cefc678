/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment TrackingPageFields on TrackingPage {\n  organization {\n    name\n    logoUrl\n    locale\n    brandColor\n    timezone\n  }\n  reference\n  status\n  progress\n  stops {\n    type\n    name\n    address\n    latitude\n    longitude\n    timezone\n    reference\n    plannedArrival\n    plannedWindowEnd\n    estimatedArrival\n    etaEarliest\n    etaLatest\n    stopsBefore\n    lateByMinutes\n    lateRecovered\n    actualArrival\n    actualDeparture\n    proofOfDelivery {\n      label\n      value\n    }\n  }\n  cargo {\n    description\n    quantity\n    packagingType\n    weightKg\n  }\n  palletScans {\n    palletBarcode\n    event\n    scannedAt\n    stopName\n  }\n  customerReference\n  containerNumber\n  transportService\n  customFields {\n    label\n    value\n  }\n  extraFields {\n    label\n    value\n  }\n  notes\n  photos {\n    label\n    value\n  }\n  feedback {\n    label\n    value\n  }\n  showMap\n  driverPosition {\n    latitude\n    longitude\n    heading\n    recordedAt\n  }\n  lastUpdatedAt\n  expiresAt\n}\n\nfragment TrackingPageResultFields on TrackingPageResult {\n  __typename\n  ... on TrackingPage {\n    ...TrackingPageFields\n  }\n  ... on TrackingUnavailable {\n    reason\n    message\n  }\n}\n\nquery TrackingPage($token: String!) {\n  trackingPage(token: $token) {\n    ...TrackingPageResultFields\n    ... on TrackingPage {\n      consignments {\n        ...TrackingPageFields\n      }\n    }\n  }\n}\n\nsubscription TrackingUpdates($token: String!) {\n  trackingUpdates(token: $token) {\n    kind\n    driverPosition {\n      latitude\n      longitude\n      heading\n      recordedAt\n    }\n    page {\n      ...TrackingPageResultFields\n    }\n  }\n}": typeof types.TrackingPageFieldsFragmentDoc,
};
const documents: Documents = {
    "fragment TrackingPageFields on TrackingPage {\n  organization {\n    name\n    logoUrl\n    locale\n    brandColor\n    timezone\n  }\n  reference\n  status\n  progress\n  stops {\n    type\n    name\n    address\n    latitude\n    longitude\n    timezone\n    reference\n    plannedArrival\n    plannedWindowEnd\n    estimatedArrival\n    etaEarliest\n    etaLatest\n    stopsBefore\n    lateByMinutes\n    lateRecovered\n    actualArrival\n    actualDeparture\n    proofOfDelivery {\n      label\n      value\n    }\n  }\n  cargo {\n    description\n    quantity\n    packagingType\n    weightKg\n  }\n  palletScans {\n    palletBarcode\n    event\n    scannedAt\n    stopName\n  }\n  customerReference\n  containerNumber\n  transportService\n  customFields {\n    label\n    value\n  }\n  extraFields {\n    label\n    value\n  }\n  notes\n  photos {\n    label\n    value\n  }\n  feedback {\n    label\n    value\n  }\n  showMap\n  driverPosition {\n    latitude\n    longitude\n    heading\n    recordedAt\n  }\n  lastUpdatedAt\n  expiresAt\n}\n\nfragment TrackingPageResultFields on TrackingPageResult {\n  __typename\n  ... on TrackingPage {\n    ...TrackingPageFields\n  }\n  ... on TrackingUnavailable {\n    reason\n    message\n  }\n}\n\nquery TrackingPage($token: String!) {\n  trackingPage(token: $token) {\n    ...TrackingPageResultFields\n    ... on TrackingPage {\n      consignments {\n        ...TrackingPageFields\n      }\n    }\n  }\n}\n\nsubscription TrackingUpdates($token: String!) {\n  trackingUpdates(token: $token) {\n    kind\n    driverPosition {\n      latitude\n      longitude\n      heading\n      recordedAt\n    }\n    page {\n      ...TrackingPageResultFields\n    }\n  }\n}": types.TrackingPageFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TrackingPageFields on TrackingPage {\n  organization {\n    name\n    logoUrl\n    locale\n    brandColor\n    timezone\n  }\n  reference\n  status\n  progress\n  stops {\n    type\n    name\n    address\n    latitude\n    longitude\n    timezone\n    reference\n    plannedArrival\n    plannedWindowEnd\n    estimatedArrival\n    etaEarliest\n    etaLatest\n    stopsBefore\n    lateByMinutes\n    lateRecovered\n    actualArrival\n    actualDeparture\n    proofOfDelivery {\n      label\n      value\n    }\n  }\n  cargo {\n    description\n    quantity\n    packagingType\n    weightKg\n  }\n  palletScans {\n    palletBarcode\n    event\n    scannedAt\n    stopName\n  }\n  customerReference\n  containerNumber\n  transportService\n  customFields {\n    label\n    value\n  }\n  extraFields {\n    label\n    value\n  }\n  notes\n  photos {\n    label\n    value\n  }\n  feedback {\n    label\n    value\n  }\n  showMap\n  driverPosition {\n    latitude\n    longitude\n    heading\n    recordedAt\n  }\n  lastUpdatedAt\n  expiresAt\n}\n\nfragment TrackingPageResultFields on TrackingPageResult {\n  __typename\n  ... on TrackingPage {\n    ...TrackingPageFields\n  }\n  ... on TrackingUnavailable {\n    reason\n    message\n  }\n}\n\nquery TrackingPage($token: String!) {\n  trackingPage(token: $token) {\n    ...TrackingPageResultFields\n    ... on TrackingPage {\n      consignments {\n        ...TrackingPageFields\n      }\n    }\n  }\n}\n\nsubscription TrackingUpdates($token: String!) {\n  trackingUpdates(token: $token) {\n    kind\n    driverPosition {\n      latitude\n      longitude\n      heading\n      recordedAt\n    }\n    page {\n      ...TrackingPageResultFields\n    }\n  }\n}"): typeof import('./graphql').TrackingPageFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
