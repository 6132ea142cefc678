import type { ConsignmentStatus } from '@tracklink/shared';
import { listenersFor, type DomainEvents, type Transaction, type UnitOfWork } from '../core/events';
import type { Consignment } from '../modules/consignments/consignment.entity';
import type { Stop } from '../modules/consignments/stop.entity';

/** A driver's newest position in a stored batch: what listeners are told. */
export interface NewestPosition {
  tenantId: string;
  driverId: string;
  latitude: number;
  longitude: number;
  heading: number | null;
  speedKmh: number | null;
  recordedAt: Date;
  /** A consignment of the driver's was in transit when the batch was stored (work for the live ETA). */
  inTransit: boolean;
}

/** Positions of a driver stored in one batch (any order, late ones too), for geofence detection. */
export interface StoredPositions {
  tenantId: string;
  driverId: string;
  /** The earliest and latest recorded time among them. */
  from: Date;
  to: Date;
}

/** The link a change concerns. */
export interface LinkRef {
  linkId: string;
  tenantId: string;
  consignmentId: string;
}

/** An email the outbox gave up on. */
export interface FailedEmail {
  id: string;
  tenantId: string;
  consignmentId: string | null;
  stopId: string | null;
  taskId: string | null;
  trigger: string;
  to: string;
  error: string;
  attempts: number;
}

/** What a recipient sent through a link's page (POST /public/feedback), as stored. */
export interface SubmittedFeedback {
  id: string;
  tenantId: string;
  consignmentId: string;
  linkId: string;
  /** INSTRUCTIONS before delivery, RATING after it. */
  kind: 'INSTRUCTIONS' | 'RATING';
  instructions: string | null;
  rating: number | null;
  comment: string | null;
  /** The rating the link had before this submission (null: none). */
  previousRating: number | null;
  submittedAt: Date;
}

/**
 * Everything that happens in the domain that other modules may react to, declared once. Events
 * of a consignment and its stops are emitted inside the change's transaction; the others are
 * emitted in theirs too, or (positions, stored in one statement) once stored.
 */
export type DomainEvent =
  | { type: 'consignment.created'; consignment: Consignment }
  | { type: 'consignment.statusChanged'; consignment: Consignment; from: ConsignmentStatus }
  /** Any other change of the consignment or what belongs to it (cargo, notes, photos, scans, ETA). */
  | { type: 'consignment.changed'; consignment: Consignment }
  | { type: 'consignment.deleted'; consignment: Consignment }
  /** A stop was changed; `arrived`/`departed`: its actual arrival/departure was set just now. */
  | { type: 'stop.changed'; consignment: Consignment; stop: Stop; arrived: boolean; departed: boolean }
  /** A stop started running late (episode `episode`, counting from 1): its ETA_LATE tasks write once. */
  | { type: 'stop.runningLate'; consignment: Consignment; stop: Stop; episode: number }
  /** A stop's estimated arrival moved (staff, an integrator or the live ETA); `from` is the one before. */
  | { type: 'stop.etaChanged'; consignment: Consignment; stop: Stop; from: Date | null }
  /** A delivery stop's proof of delivery was recorded (revision 1) or corrected (2, 3 …). */
  | { type: 'stop.proofOfDelivery'; consignment: Consignment; stop: Stop; proofId: string; revision: number; deliveredAt: Date }
  /** A link's options changed: open pages check it again. */
  | { type: 'trackingLink.changed'; link: LinkRef }
  /** A link was made (a consignment's default link, a recipient's own, or by staff). */
  | { type: 'trackingLink.created'; link: LinkRef; recipientEmail: string | null }
  /** A link was revoked: open pages are cut off. */
  | { type: 'trackingLink.revoked'; link: LinkRef }
  /** A link was revoked and `replacement` made in its place, in one step. */
  | { type: 'trackingLink.regenerated'; link: LinkRef; replacement: LinkRef }
  /** A link's page was viewed for the first time. */
  | { type: 'trackingLink.firstViewed'; link: LinkRef; viewedAt: Date }
  /** A contact-task email is FAILED for good (refused, out of attempts, or its link revoked). */
  | { type: 'email.failed'; email: FailedEmail }
  /** A recipient sent delivery instructions or a rating through a link (in the feedback's transaction). */
  | { type: 'feedback.submitted'; consignment: Consignment; feedback: SubmittedFeedback }
  /** A tenant's settings, integration or billing status changed. */
  | { type: 'tenant.changed'; tenantId: string }
  /** The tenant's or one of its customers' templates changed. */
  | { type: 'template.changed'; tenantId: string }
  /** A stored batch moved a driver's latest position. */
  | { type: 'driver.positionMoved'; position: NewestPosition }
  /** A stored batch held positions of a driver with a consignment whose stops are still ahead. */
  | { type: 'driver.positionsStored'; positions: StoredPositions }
  /** Credentials stopped working: a session ended (sign-out), an API key was revoked, a user removed. */
  | { type: 'credentials.ended'; credentials: EndedCredentials };

/** Whose credentials ended: open connections made with them are closed. */
export type EndedCredentials =
  | { kind: 'session'; sessionId: string; userId: string }
  | { kind: 'apiKey'; apiKeyId: string; tenantId: string }
  | { kind: 'user'; userId: string };

export type DomainEventType = DomainEvent['type'];
export type AppEvents = DomainEvents<DomainEvent>;
export type AppUnitOfWork = UnitOfWork<DomainEvent>;
export type AppTransaction = Transaction<DomainEvent>;

/** Declarations of listeners of these events (see listeners.ts for where they are registered). */
export const { inTransaction, afterCommit } = listenersFor<DomainEvent>();
