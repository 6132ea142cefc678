import type { RateLimitSlot } from '../../limits/rate-limit-fields';
import type { LiveTracking } from '../../modules/public-tracking/live-tracking';
import type { PublicTrackingService } from '../../modules/public-tracking/public-tracking.service';
import type { PublicLimits } from './rate-limiter';

/** What a public request (a tracking page's query or subscription) runs with. */
export interface PublicContext {
  tracking: PublicTrackingService;
  live: LiveTracking;
  ip: string;
  /**
   * Whether reading an available page counts a view of its link. False where the server reads
   * the page to render its HTML (a mail scanner's fetch is no view); the running page counts
   * its view when it opens its live updates.
   */
  countViews: boolean;
  limits: PublicLimits;
  /** Where the address stands against the look-up limits (the answer's RateLimit headers). */
  rateLimit: RateLimitSlot;
  /** The look-up limits were counted already for this request (by the page cache, graphql/public/page-cache.ts). */
  limitsChecked?: boolean;
  /** Why those limits refused it (then thrown by the first look-up). */
  limitsRefusal?: unknown;
  /** Where the answer may go into the page cache: what each page the operation read was. */
  pageCapture?: PageCapture;
}

/** The pages an operation read, as the page cache needs to know them before keeping its answer. */
export interface PageCapture {
  /** One entry per trackingPage field resolved: its token, and its link and version when it was an available consignment page. */
  pages: Array<{ token: string; linkId: string | null; version: string | null }>;
}
