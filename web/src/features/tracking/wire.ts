import type {
  Status,
  TrackingField,
  TrackingPage,
  TrackingPageResult,
  TrackingProgressStep,
  TrackingUnavailable,
} from './types';

// The public API sends a few sections in the contract's plain shapes; the page works with
// richer ones. This is the one place the two meet.

/** The page as the API sends it. */
export type WireTrackingPage = Omit<TrackingPage, 'progress' | 'notes' | 'photos'> & {
  /** Steps reached so far, the last being the current one; [CANCELLED] when cancelled. */
  progress: Status[] | null;
  notes: string[] | null;
  /** label: caption (may be empty), value: image URL. */
  photos: TrackingField[] | null;
};

export type WireTrackingPageResult = WireTrackingPage | TrackingUnavailable;

/** The steps a recipient follows (DRAFT is internal). */
const FLOW: readonly Status[] = ['TO_PLAN', 'PLANNED', 'IN_TRANSIT', 'DELIVERED'];

export function progressSteps(reached: readonly Status[]): TrackingProgressStep[] {
  if (reached.includes('CANCELLED')) return [{ status: 'CANCELLED', done: true, current: true }];
  const current = reached.at(-1);
  const at = current ? FLOW.indexOf(current) : -1;
  return FLOW.map((status, i) => ({
    status,
    done: i < at || (i === at && status === 'DELIVERED'),
    current: i === at,
  }));
}

export function fromWire(result: WireTrackingPageResult): TrackingPageResult {
  if (result.__typename !== 'TrackingPage') return result;
  return {
    ...result,
    progress: result.progress ? progressSteps(result.progress) : null,
    notes: result.notes ? result.notes.map((text) => ({ text })) : null,
    photos: result.photos ? result.photos.map((p) => ({ url: p.value, caption: p.label || null })) : null,
  };
}
