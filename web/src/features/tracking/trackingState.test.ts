import { describe, expect, it } from '@jest/globals';
import { position, trackingPage } from './testing/pages';
import { INITIAL_TRACKING_STATE, trackingReducer, type TrackingAction, type TrackingState } from './trackingState';

const run = (actions: TrackingAction[], from: TrackingState = INITIAL_TRACKING_STATE) => actions.reduce(trackingReducer, from);

const EARLY = '2026-03-01T10:00:00.000Z';
const LATE = '2026-03-01T10:05:00.000Z';

describe('trackingReducer', () => {
  it('shows the first page, connecting until told otherwise', () => {
    const page = trackingPage();
    expect(run([{ type: 'page', page }])).toEqual({ status: 'ready', page, connection: 'connecting' });
  });

  it('keeps the very same state for the page it already shows (a server-rendered one)', () => {
    const page = trackingPage();
    const state = run([{ type: 'page', page }]);
    expect(trackingReducer(state, { type: 'page', page })).toBe(state);
  });

  it('follows the connection once there is a page', () => {
    const state = run([
      { type: 'page', page: trackingPage() },
      { type: 'connection', connection: 'live' },
    ]);
    expect(state).toMatchObject({ status: 'ready', connection: 'live' });
    expect(trackingReducer(state, { type: 'connection', connection: 'live' })).toBe(state);
    expect(trackingReducer(state, { type: 'connection', connection: 'offline' })).toMatchObject({ connection: 'offline' });
  });

  it('replaces the page with a CHANGED one and keeps the connection', () => {
    const state = run([
      { type: 'page', page: trackingPage({ reference: 'OLD' }) },
      { type: 'connection', connection: 'live' },
      { type: 'page', page: trackingPage({ reference: 'NEW', status: 'DELIVERED' }) },
    ]);
    expect(state).toMatchObject({ status: 'ready', connection: 'live', page: { reference: 'NEW', status: 'DELIVERED' } });
  });

  describe('driver position: the one recorded last wins', () => {
    const at = (recordedAt: string) => position(recordedAt, recordedAt === LATE ? 49.9 : 50.5);
    const positionOf = (state: TrackingState) => (state.status === 'ready' ? state.page.driverPosition : undefined);

    it('takes a POSITION recorded later', () => {
      const state = run([
        { type: 'page', page: trackingPage({ driverPosition: at(EARLY) }) },
        { type: 'position', position: at(LATE) },
      ]);
      expect(positionOf(state)).toEqual(at(LATE));
    });

    it('ignores a POSITION recorded earlier than the one shown', () => {
      const before = run([{ type: 'page', page: trackingPage({ driverPosition: at(LATE) }) }]);
      expect(trackingReducer(before, { type: 'position', position: at(EARLY) })).toBe(before);
    });

    it('takes a POSITION when the page had none', () => {
      const state = run([
        { type: 'page', page: trackingPage({ driverPosition: null }) },
        { type: 'position', position: at(EARLY) },
      ]);
      expect(positionOf(state)).toEqual(at(EARLY));
    });

    it('keeps the newer position when a fresh page brings an older one', () => {
      const state = run([
        { type: 'page', page: trackingPage({ driverPosition: at(EARLY) }) },
        { type: 'position', position: at(LATE) },
        { type: 'page', page: trackingPage({ reference: 'FRESH', driverPosition: at(EARLY) }) },
      ]);
      expect(state).toMatchObject({ page: { reference: 'FRESH', driverPosition: at(LATE) } });
    });

    it('takes the fresh page\'s position when it is newer', () => {
      const state = run([
        { type: 'page', page: trackingPage({ driverPosition: at(EARLY) }) },
        { type: 'page', page: trackingPage({ driverPosition: at(LATE) }) },
      ]);
      expect(positionOf(state)).toEqual(at(LATE));
    });

    it('clears it when a fresh page has none (no longer in transit, or hidden)', () => {
      const state = run([
        { type: 'page', page: trackingPage({ driverPosition: at(LATE) }) },
        { type: 'page', page: trackingPage({ status: 'DELIVERED', driverPosition: null }) },
      ]);
      expect(positionOf(state)).toBeNull();
    });

    it('ignores a POSITION before any page', () => {
      expect(run([{ type: 'position', position: at(LATE) }])).toBe(INITIAL_TRACKING_STATE);
    });
  });

  it('shows an error only while there is no page to show', () => {
    const failed: TrackingAction = { type: 'failed', rateLimited: true, retryAt: 1234 };
    expect(run([failed])).toEqual({ status: 'error', rateLimited: true, retryAt: 1234 });
    const ready = run([{ type: 'page', page: trackingPage() }]);
    expect(trackingReducer(ready, failed)).toBe(ready);
    expect(run([failed, { type: 'page', page: trackingPage() }])).toMatchObject({ status: 'ready' });
  });

  it('turns into unavailable, and stays so whatever comes late', () => {
    const state = run([
      { type: 'page', page: trackingPage() },
      { type: 'unavailable', reason: 'EXPIRED', message: 'Expired.' },
    ]);
    expect(state).toEqual({ status: 'unavailable', reason: 'EXPIRED', message: 'Expired.' });
    const late: TrackingAction[] = [
      { type: 'page', page: trackingPage() },
      { type: 'position', position: position(LATE) },
      { type: 'connection', connection: 'live' },
      { type: 'failed', rateLimited: false, retryAt: 0 },
      { type: 'unavailable', reason: 'NOT_AVAILABLE', message: '' },
    ];
    expect(run(late, state)).toBe(state);
  });

  it('starts over on loading (a retry without a page, or another token)', () => {
    expect(run([{ type: 'failed', rateLimited: false, retryAt: 1 }, { type: 'loading' }])).toEqual({ status: 'loading' });
    expect(run([{ type: 'unavailable', reason: 'EXPIRED', message: '' }, { type: 'loading' }])).toEqual({ status: 'loading' });
    expect(trackingReducer(INITIAL_TRACKING_STATE, { type: 'loading' })).toBe(INITIAL_TRACKING_STATE);
  });
});
