import type { DriverPosition, TrackingUnavailable } from '../types';
import type { TrackingPage } from '../wire';

// Pages for the tracking tests, typed like the real ones.

export function position(recordedAt: string, latitude = 50.5, longitude = 8.1): DriverPosition {
  return { latitude, longitude, heading: 90, recordedAt };
}

export function trackingPage(changes: Partial<TrackingPage> = {}): TrackingPage {
  return {
    __typename: 'TrackingPage',
    organization: { name: 'Northwind Haulage', logoUrl: null, locale: 'en-GB', brandColor: null, timezone: 'Europe/Amsterdam' },
    reference: 'CN-1001',
    status: 'IN_TRANSIT',
    progress: null,
    stops: [],
    cargo: null,
    palletScans: null,
    customerReference: null,
    containerNumber: null,
    transportService: null,
    customFields: null,
    extraFields: null,
    notes: null,
    photos: null,
    feedback: null,
    showMap: true,
    driverPosition: position('2026-03-01T10:00:00.000Z'),
    lastUpdatedAt: '2026-03-01T10:00:00.000Z',
    expiresAt: '2099-01-01T00:00:00.000Z',
    consignments: null,
    ...changes,
  };
}

export function unavailable(reason: TrackingUnavailable['reason'] = 'NOT_AVAILABLE'): TrackingUnavailable {
  return { __typename: 'TrackingUnavailable', reason, message: reason === 'EXPIRED' ? 'This link has expired.' : 'Not available.' };
}
