import { ConsignmentStatus, FEEDBACK_LIMITS, feedbackStage, STATUS_FLOW, type FeedbackStage } from '@tracklink/shared';
import type { LinkContext } from './link-context';
import type { DriverPosition, TrackingField, TrackingPage, TrackingStop } from './public-tracking.types';

/** Where no signer is at hand (tests of the view alone), an image has no URL. */
const noImages = (): string => '';

/**
 * Section rows as the section statements return them (JSON; times as `Date#toISOString`
 * text); a section the profile hides is null, as is the position of a driver not shown.
 */
export interface SectionData {
  stops: Array<{
    type: string;
    name: string;
    address: string | null;
    timezone: string;
    plannedArrival: string | null;
    plannedWindowEnd: string | null;
    actualArrival: string | null;
    actualDeparture: string | null;
    /** The next ones are null when the profile hides them. */
    reference: string | null;
    estimatedArrival: string | null;
    etaEarliest?: string | null;
    etaLatest?: string | null;
    stopsBefore?: number | null;
    lateByMinutes: number | null;
    lateRecovered: boolean | null;
    latitude: number | null;
    longitude: number | null;
    /** The stop's proof of delivery; null: none, or the profile hides it. */
    pod?: {
      receiverName: string;
      deliveredAt: string;
      latitude: number | null;
      longitude: number | null;
      /** The signature first, then the photos in order. */
      images: Array<{ id: string; kind: 'SIGNATURE' | 'PHOTO' }>;
    } | null;
  }>;
  cargo: Array<{ description: string; quantity: number; packagingType: string; weightKg: number | null }> | null;
  scans: Array<{ palletBarcode: string; event: string; scannedAt: string; stopName: string | null }> | null;
  notes: Array<{ text: string; createdAt: string }> | null;
  photos: Array<{ url: string; caption: string | null }> | null;
  field_labels: Array<{ key: string; label: string }> | null;
  /** The link's recipient feedback so far; null when none was sent or the section is hidden. */
  feedback?: { instructions: string | null; rating: number | null; comment: string | null; submissions: number } | null;
  position: { latitude: number; longitude: number; heading: number | null; recordedAt: string } | null;
}

export interface FeedbackView {
  stage: FeedbackStage;
  instructions: string | null;
  rating: number | null;
  comment: string | null;
  submissionsLeft: number;
}

/** What the page shows of its recipient's feedback: what they may send now, and what they sent. */
export function feedbackView(
  status: ConsignmentStatus | string,
  stored: { instructions: string | null; rating: number | null; comment: string | null; submissions: number } | null,
): FeedbackView {
  return {
    stage: feedbackStage(status),
    instructions: stored?.instructions ?? null,
    rating: stored?.rating ?? null,
    comment: stored?.comment ?? null,
    submissionsLeft: Math.max(0, FEEDBACK_LIMITS.submissionsPerLink - (stored?.submissions ?? 0)),
  };
}

/** The view as the page's fields (label: key, value: text), the values that are set. */
export function feedbackFields(view: FeedbackView): TrackingField[] {
  return Object.entries(view)
    .filter(([, value]) => value !== null)
    .map(([label, value]) => ({ label, value: String(value) }));
}

/** Steps a recipient follows; DRAFT is internal and CANCELLED ends the line. */
const PUBLIC_FLOW: readonly ConsignmentStatus[] = STATUS_FLOW.filter((s) => s !== ConsignmentStatus.DRAFT);

export function progressSteps(status: ConsignmentStatus): ConsignmentStatus[] {
  if (status === ConsignmentStatus.CANCELLED) return [ConsignmentStatus.CANCELLED];
  return PUBLIC_FLOW.slice(0, PUBLIC_FLOW.indexOf(status) + 1);
}

export function toDriverPosition(p: NonNullable<SectionData['position']>): DriverPosition {
  return { latitude: p.latitude, longitude: p.longitude, heading: p.heading, recordedAt: p.recordedAt };
}

/**
 * The one place the public view is built: from the link context (consignment fields) and the
 * section data, keeping only what the visibility profile shows.
 */
export function buildTrackingPage(ctx: LinkContext, data: SectionData, imageUrl: (imageId: string) => string = noImages): TrackingPage {
  const p = ctx.profile;
  const proofOf = (pod: NonNullable<SectionData['stops'][number]['pod']>): TrackingField[] => {
    const fields: TrackingField[] = [
      { label: 'receiverName', value: pod.receiverName },
      { label: 'deliveredAt', value: pod.deliveredAt },
    ];
    for (const image of pod.images) fields.push({ label: image.kind === 'SIGNATURE' ? 'signature' : 'photo', value: imageUrl(image.id) });
    if (p.showMap && pod.latitude !== null && pod.longitude !== null) {
      fields.push({ label: 'latitude', value: String(pod.latitude) }, { label: 'longitude', value: String(pod.longitude) });
    }
    return fields;
  };
  const stops: TrackingStop[] = data.stops.map((s) => ({
    type: s.type as TrackingStop['type'],
    name: s.name,
    address: s.address,
    latitude: p.showMap ? s.latitude : null,
    longitude: p.showMap ? s.longitude : null,
    timezone: s.timezone,
    reference: p.showStopReferences ? s.reference : null,
    plannedArrival: s.plannedArrival,
    plannedWindowEnd: s.plannedWindowEnd,
    estimatedArrival: p.showEstimatedTimes ? s.estimatedArrival : null,
    etaEarliest: p.showEstimatedTimes ? (s.etaEarliest ?? null) : null,
    etaLatest: p.showEstimatedTimes ? (s.etaLatest ?? null) : null,
    stopsBefore: p.showEstimatedTimes ? (s.stopsBefore ?? null) : null,
    lateByMinutes: p.showEstimatedTimes ? (s.lateByMinutes ?? null) : null,
    lateRecovered: p.showEstimatedTimes ? s.lateRecovered === true : false,
    actualArrival: s.actualArrival,
    actualDeparture: s.actualDeparture,
    proofOfDelivery: p.showProofOfDelivery && s.type === 'DELIVERY' && s.pod ? proofOf(s.pod) : null,
  }));
  const labels = new Map((data.field_labels ?? []).map((f) => [f.key, f.label]));
  const keys = p.customFieldKeys;
  return {
    organization: ctx.organization,
    reference: ctx.reference,
    status: p.showStatus ? ctx.status : null,
    progress: p.showProgress ? progressSteps(ctx.status) : null,
    stops,
    // The statements select cargo lines and scans in the view's own shape (SectionData): taken
    // as they are, not copied, when the section is shown.
    cargo: p.showCargo ? ((data.cargo ?? []) as TrackingPage['cargo']) : null,
    palletScans: p.showPalletScans ? ((data.scans ?? []) as TrackingPage['palletScans']) : null,
    customerReference: p.showCustomerReference ? ctx.customerReference : null,
    containerNumber: p.showContainerNumber ? ctx.containerNumber : null,
    transportService: p.showTransportService ? ctx.transportService : null,
    customFields: p.showCustomFields
      ? [...labels.entries()]
          .filter(([key]) => ctx.customFields[key] !== undefined && (!keys || keys.includes(key)))
          .map(([key, label]) => ({ label, value: ctx.customFields[key] }))
      : null,
    extraFields: p.showExtraFields ? ctx.extraFields.map((f) => ({ label: f.key, value: f.value })) : null,
    notes: p.showNotes ? (data.notes ?? []).map((n) => n.text) : null,
    photos: p.showPhotos ? (data.photos ?? []).map((ph) => ({ label: ph.caption ?? '', value: ph.url })) : null,
    feedback: p.showFeedback ? feedbackFields(feedbackView(ctx.status, data.feedback ?? null)) : null,
    showMap: p.showMap,
    driverPosition: data.position ? toDriverPosition(data.position) : null,
    lastUpdatedAt: ctx.updatedAt,
    expiresAt: ctx.expiresAt,
    consignments: null,
  };
}

/**
 * An order link's page: the order's reference, the organization and the times, with every
 * consignment's own page (each built by buildTrackingPage from the same profile) in
 * `consignments`; the order page's own sections are empty.
 */
export function buildOrderPage(order: {
  organization: LinkContext['organization'];
  reference: string;
  showMap: boolean;
  lastUpdatedAt: Date;
  expiresAt: Date;
  consignments: TrackingPage[];
}): TrackingPage {
  return {
    organization: order.organization,
    reference: order.reference,
    status: null,
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
    showMap: order.showMap,
    driverPosition: null,
    lastUpdatedAt: order.lastUpdatedAt,
    expiresAt: order.expiresAt,
    consignments: order.consignments,
  };
}
