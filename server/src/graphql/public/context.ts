import type { LiveTracking } from '../../modules/public-tracking/live-tracking';
import type { PublicTrackingService } from '../../modules/public-tracking/public-tracking.service';
import type { PublicLimits } from './rate-limiter';

/** What a public request (a tracking page's query or subscription) runs with. */
export interface PublicContext {
  tracking: PublicTrackingService;
  live: LiveTracking;
  ip: string;
  limits: PublicLimits;
}
