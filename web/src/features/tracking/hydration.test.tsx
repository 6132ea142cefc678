/**
 * @jest-environment-options {"customExportConditions": ["node", "default"]}
 */
// react-dom/server as the server loads it (its Node build); the rest of the page as a browser runs it.
// Runs twice: on React (project `web`, the app shell's page) and on Preact (project
// `web-preact`: preact-render-to-string and preact/compat, as the page's own build has them).
import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import type { InitialOutcome } from './initialTracking';
import { readInitialTracking } from './initialTracking';
import type { TrackingTransport } from './trackingConnection';
import type { WireTrackingPage } from './types';

// The server's render (tracking.server.tsx) hydrated in the browser's way (tracking.tsx): the
// same markup, no mismatch, no request for the page, and no Intl formatter built.

const transport: { fetches: number; sockets: number } = { fetches: 0, sockets: 0 };
jest.mock('./trackingApi', () => ({
  trackingTransport: (): TrackingTransport => ({
    fetchPage: () => {
      transport.fetches += 1;
      return new Promise(() => undefined);
    },
    openSocket: () => {
      transport.sockets += 1;
      return { subscribe: () => () => undefined, dispose: () => undefined };
    },
  }),
}));

let renderTrackingDocument: typeof import('../../tracking.server').renderTrackingDocument;
let TrackingRoot: typeof import('./TrackingRoot').TrackingRoot;

beforeAll(async () => {
  // react-dom/server's Node build encodes with TextEncoder, which jsdom leaves out.
  const { TextEncoder } = await import('node:util');
  Object.assign(globalThis, { TextEncoder, IS_REACT_ACT_ENVIRONMENT: true });
  ({ renderTrackingDocument } = await import('../../tracking.server'));
  ({ TrackingRoot } = await import('./TrackingRoot'));
});

const RENDERED_AT = Date.parse('2026-03-01T10:00:00.000Z');
const ASSETS = { scripts: ['/assets/tracking.js'], preloads: ['/assets/react.js'], stylesheets: ['/assets/tracking.css'] };

function wirePage(): WireTrackingPage {
  return {
    __typename: 'TrackingPage',
    organization: { name: 'Northwind Haulage', logoUrl: null, locale: 'nl-NL', brandColor: '#0b5cad', timezone: 'Europe/Amsterdam' },
    reference: 'CN-4711',
    status: 'IN_TRANSIT',
    progress: ['TO_PLAN', 'PLANNED', 'IN_TRANSIT'],
    stops: [
      { type: 'PICKUP', name: 'Rotterdam terminal', address: 'Europaweg 875', latitude: 51.95, longitude: 4.04, timezone: 'Europe/Amsterdam', reference: 'PU-1', plannedArrival: '2026-03-01T06:00:00.000Z', plannedWindowEnd: '2026-03-01T08:00:00.000Z', estimatedArrival: null, etaEarliest: null, etaLatest: null, stopsBefore: null, lateByMinutes: null, lateRecovered: false, actualArrival: '2026-03-01T06:30:00.000Z', actualDeparture: '2026-03-01T07:00:00.000Z', proofOfDelivery: null },
      { type: 'DELIVERY', name: 'Munich warehouse', address: null, latitude: 48.14, longitude: 11.46, timezone: 'Europe/Berlin', reference: 'DL-1', plannedArrival: '2026-03-01T15:00:00.000Z', plannedWindowEnd: '2026-03-01T17:00:00.000Z', estimatedArrival: '2026-03-01T15:40:00.000Z', etaEarliest: '2026-03-01T15:25:00.000Z', etaLatest: '2026-03-01T15:55:00.000Z', stopsBefore: 2, lateByMinutes: 20, lateRecovered: false, actualArrival: null, actualDeparture: null,
        proofOfDelivery: [
          { label: 'receiverName', value: 'A. Jansen' },
          { label: 'deliveredAt', value: '2026-03-01T15:52:00.000Z' },
          { label: 'signature', value: `/public/pod/${'1'.repeat(8)}-1111-4111-8111-${'1'.repeat(12)}?exp=1772380000&sig=abc_DEF-123` },
          { label: 'photo', value: `/public/pod/${'2'.repeat(8)}-2222-4222-8222-${'2'.repeat(12)}?exp=1772380000&sig=ghi_JKL-456` },
          { label: 'latitude', value: '48.14012' },
          { label: 'longitude', value: '11.46034' },
        ] },
    ],
    cargo: Array.from({ length: 20 }, (_, i) => ({ description: `Line ${i + 1}`, quantity: i + 1, packagingType: 'PALLET', weightKg: 100.5 + i })),
    palletScans: Array.from({ length: 50 }, (_, i) => ({ palletBarcode: `PAL-${i}`, event: 'LOADED', scannedAt: new Date(RENDERED_AT - i * 60_000).toISOString(), stopName: 'Rotterdam terminal' })),
    customerReference: 'PO-1',
    containerNumber: null,
    transportService: null,
    customFields: null,
    extraFields: null,
    notes: ['Call before arrival'],
    photos: null,
    feedback: null,
    // The map is the browser's alone (Leaflet); the rest is what the server renders.
    showMap: false,
    driverPosition: { latitude: 50.5, longitude: 8.1, heading: 120, recordedAt: '2026-03-01T09:57:00.000Z' },
    lastUpdatedAt: '2026-03-01T09:50:00.000Z',
    expiresAt: '2026-04-01T00:00:00.000Z',
    consignments: null,
  };
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  jest.restoreAllMocks();
  transport.fetches = 0;
  transport.sockets = 0;
  document.documentElement.innerHTML = '<head></head><body></body>';
});

/** Renders the document as the server does, loads it as the browser would, and hydrates it. */
async function hydrate(outcome: InitialOutcome, acceptLanguage = 'en-GB,en;q=0.9') {
  const html = renderTrackingDocument({ outcome, acceptLanguage, now: RENDERED_AT, assets: ASSETS });
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.innerHTML = parsed.documentElement.innerHTML;
  const container = document.getElementById('root')!;
  const serverMarkup = container.innerHTML;
  const initial = readInitialTracking() ?? undefined;
  const errors: unknown[] = [];
  const dateTimeFormat = jest.spyOn(Intl, 'DateTimeFormat');
  await act(async () => {
    root = hydrateRoot(container, <TrackingRoot token="a-token" initial={initial} />, { onRecoverableError: (error) => errors.push(error) });
  });
  return { html, container, serverMarkup, initial, errors, dateTimeFormat };
}

describe('a server-rendered page', () => {
  it('hydrates without a mismatch, asks for nothing but its live updates, and builds no date formatter', async () => {
    const { container, serverMarkup, errors, dateTimeFormat, initial } = await hydrate({ ok: true, result: wirePage() });
    expect(errors).toEqual([]);
    expect(container.innerHTML).toBe(serverMarkup);
    expect(container.textContent).toContain('Munich warehouse');
    // The proof of delivery: a card of plain images, rendered by the server and hydrated as is.
    const card = [...container.querySelectorAll('section.tp-pod')];
    expect(card.map((c) => c.querySelector('h2')?.textContent)).toEqual(['Delivered']);
    expect(card[0].textContent).toContain('Received byA. Jansen');
    expect([...card[0].querySelectorAll('img')].map((img) => [img.getAttribute('alt'), img.getAttribute('src')?.slice(0, 12)])).toEqual([
      ['Signature of A. Jansen', '/public/pod/'],
      ['Delivery photo 1 of 1', '/public/pod/'],
    ]);
    expect(initial?.formatted && Object.keys(initial.formatted).length).toBeGreaterThan(5);
    expect(dateTimeFormat).not.toHaveBeenCalled();
    expect(transport.fetches).toBe(0);
    expect(transport.sockets).toBe(1);
    expect(document.title).toBe('Shipment CN-4711 – Northwind Haulage');
    expect(document.querySelectorAll('meta[name="robots"]')).toHaveLength(1);
  });

  it('in the language the server picked', async () => {
    const { container, errors, html } = await hydrate({ ok: true, result: wirePage() }, 'nl-BE,nl;q=0.9');
    expect(html).toMatch(/<html lang="nl">/);
    expect(errors).toEqual([]);
    expect(container.textContent).toContain('Onderweg');
    expect(container.querySelector('section.tp-pod h2')?.textContent).toBe('Afgeleverd');
    expect(container.querySelector('section.tp-pod img')?.getAttribute('alt')).toBe('Handtekening van A. Jansen');
  });

  it('a rate-limited look-up: the error state, hydrated, which retries by itself', async () => {
    const { container, errors } = await hydrate({ ok: false, rateLimited: true, retryAfterSeconds: 30 });
    expect(errors).toEqual([]);
    expect(container.querySelector('[data-testid="tracking-error"]')).not.toBeNull();
    expect(transport.fetches).toBe(0);
  });
});

describe('an expired link\'s page', () => {
  it('is complete as the server writes it: no script, no data', () => {
    const html = renderTrackingDocument({
      outcome: { ok: true, result: { __typename: 'TrackingUnavailable', reason: 'EXPIRED', message: 'This tracking link has expired' } },
      acceptLanguage: 'fr',
      now: RENDERED_AT,
      assets: ASSETS,
    });
    expect(html).toContain('data-reason="EXPIRED"');
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).not.toMatch(/<script|modulepreload/);
    expect(html).toContain('<link rel="stylesheet" href="/assets/tracking.css">');
  });
});
