import type {
  Status,
  TrackingField,
  TrackingUnavailable,
  WireTrackingPage,
  WireTrackingPageResult,
  WireTrackingUpdate,
} from './types';

// The public API sends a few sections in the contract's plain shapes; the page works with
// richer ones. This is the one place the two meet.

export interface TrackingProgressStep {
  status: Status;
  done: boolean;
  current: boolean;
}

/** A note for the customer (the API sends the text alone). */
export interface TrackingNote {
  text: NonNullable<WireTrackingPage['notes']>[number];
}

/** A photo (the API sends it as a field: label the caption, may be empty; value the URL). */
export interface TrackingPhoto {
  url: TrackingField['value'];
  caption: TrackingField['label'] | null;
}

/** The recipient's word back (the API sends it as fields: label the key, value its text). */
export interface TrackingFeedback {
  stage: 'INSTRUCTIONS' | 'RATING' | 'CLOSED';
  instructions: string | null;
  rating: number | null;
  comment: string | null;
  submissionsLeft: number;
}

/** A consignment's page inside an order link's page, as the API sends it. */
type WireConsignmentPage = NonNullable<WireTrackingPage['consignments']>[number];

/**
 * The page the components show. An order link's page holds each consignment's own page in
 * `consignments` (null on a consignment's page).
 */
export type TrackingPage = Omit<WireTrackingPage, 'progress' | 'notes' | 'photos' | 'feedback' | 'consignments'> & {
  progress: TrackingProgressStep[] | null;
  notes: TrackingNote[] | null;
  photos: TrackingPhoto[] | null;
  feedback: TrackingFeedback | null;
  consignments: TrackingPage[] | null;
};

/** A delivery stop's proof of delivery (the API sends it as fields: label the key, value its text). */
export interface TrackingProof {
  receiverName: string;
  deliveredAt: string;
  /** Signed same-origin image paths; anything else is left out. */
  signatureUrl: string | null;
  photoUrls: string[];
  latitude: number | null;
  longitude: number | null;
}

/** Only this server's signed image paths are shown (the server renders the page, so no window to ask). */
const POD_IMAGE = /^\/public\/pod\/[0-9a-f-]{36}\?exp=\d+&sig=[\w-]+$/;

export function proofFromFields(fields: readonly TrackingField[] | null | undefined): TrackingProof | null {
  if (!fields?.length) return null;
  const of = (key: string) => fields.find((f) => f.label === key)?.value ?? null;
  const receiverName = of('receiverName');
  const deliveredAt = of('deliveredAt');
  if (!receiverName || !deliveredAt) return null;
  const signature = of('signature');
  const latitude = of('latitude');
  const longitude = of('longitude');
  return {
    receiverName,
    deliveredAt,
    signatureUrl: signature && POD_IMAGE.test(signature) ? signature : null,
    photoUrls: fields.filter((f) => f.label === 'photo' && POD_IMAGE.test(f.value)).map((f) => f.value),
    latitude: latitude === null || longitude === null ? null : Number(latitude),
    longitude: latitude === null || longitude === null ? null : Number(longitude),
  };
}

const STAGES: readonly TrackingFeedback['stage'][] = ['INSTRUCTIONS', 'RATING', 'CLOSED'];

export function feedbackFromFields(fields: readonly TrackingField[]): TrackingFeedback {
  const of = (key: string) => fields.find((f) => f.label === key)?.value ?? null;
  const stage = of('stage') as TrackingFeedback['stage'] | null;
  const rating = of('rating');
  return {
    stage: stage && STAGES.includes(stage) ? stage : 'CLOSED',
    instructions: of('instructions'),
    rating: rating === null ? null : Number(rating),
    comment: of('comment'),
    submissionsLeft: Number(of('submissionsLeft') ?? 0),
  };
}

export type TrackingPageResult = TrackingPage | TrackingUnavailable;

/** A subscription message, its page adapted like the query's. */
export type TrackingUpdate = Omit<WireTrackingUpdate, 'page'> & { page: TrackingPageResult | null };

/** The steps a recipient follows (DRAFT is internal). */
const FLOW: readonly Status[] = ['TO_PLAN', 'PLANNED', 'IN_TRANSIT', 'DELIVERED'];

/** `reached`: the steps reached so far, the last being the current one; [CANCELLED] when cancelled. */
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

function pageFromWire(wire: WireConsignmentPage & { __typename?: 'TrackingPage'; consignments?: unknown }): Omit<TrackingPage, '__typename' | 'consignments'> {
  const { __typename: _typename, consignments: _consignments, ...page } = wire;
  return {
    ...page,
    progress: page.progress ? progressSteps(page.progress) : null,
    notes: page.notes ? page.notes.map((text) => ({ text })) : null,
    photos: page.photos ? page.photos.map((p) => ({ url: p.value, caption: p.label || null })) : null,
    feedback: page.feedback ? feedbackFromFields(page.feedback) : null,
  };
}

/** A page as the query or a live update sends it (an update's page has no consignments: order pages are not live). */
export function fromWire(result: WireTrackingPageResult | NonNullable<WireTrackingUpdate['page']>): TrackingPageResult {
  if (result.__typename !== 'TrackingPage') return result;
  const consignments = 'consignments' in result ? result.consignments : null;
  return {
    ...pageFromWire(result),
    __typename: 'TrackingPage',
    consignments: consignments ? consignments.map((c) => ({ ...pageFromWire(c), __typename: 'TrackingPage', consignments: null })) : null,
  };
}

export function updateFromWire(update: WireTrackingUpdate): TrackingUpdate {
  return { ...update, page: update.page ? fromWire(update.page) : null };
}
