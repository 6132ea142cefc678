import type { ConsignmentStatus } from '@tracklink/shared';
import type { KeyValue } from '../consignments/consignment.entity';
import type { UnavailableReason } from './public-tracking.types';
import type { VisibilityProfile } from './visibility';

/** Everything about a link that decides whether and what its page shows (one statement). */
export interface LinkContext {
  linkId: string;
  tenantId: string;
  consignmentId: string;
  driverId: string | null;
  reference: string;
  status: ConsignmentStatus;
  customerReference: string | null;
  containerNumber: string | null;
  transportService: string | null;
  customFields: Record<string, string>;
  extraFields: KeyValue[];
  updatedAt: Date;
  expiresAt: Date;
  organization: { name: string; logoUrl: string | null; brandColor: string | null; locale: string; timezone: string };
  profile: VisibilityProfile;
  /** Null when the page is available; otherwise why not. */
  unavailable: UnavailableReason | null;
}
