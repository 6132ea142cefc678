import { ConsignmentStatus, StopType } from '@tracklink/shared';
import { systemScope } from '../../core/scope';
import type { Logger } from '../../logger';
import type { Consignment } from './consignment.entity';
import type { ConsignmentService } from './consignment.service';
import type { Stop } from './stop.entity';
import type { StopService } from './stop.service';

/** The tenant's settings this follows (the tenants module's service). */
export interface VisitStatusSettings {
  byId(tenantId: string): Promise<{ inTransitOnPickupDeparture: boolean; offerDeliveredOnArrival: boolean } | null>;
}

/** The statuses a departure from the last pickup moves on from, to IN_TRANSIT. */
const BEFORE_TRANSIT: readonly ConsignmentStatus[] = [ConsignmentStatus.TO_PLAN, ConsignmentStatus.PLANNED];

/**
 * Status from stop visits, where the tenant has turned it on: the departure from a
 * consignment's last PICKUP (detected or typed in) moves a TO_PLAN or PLANNED consignment to
 * IN_TRANSIT through the ordinary status change, one step of the flow at a time (so its tasks,
 * webhooks and open pages follow); the arrival at its last DELIVERY offers DELIVERED to the
 * dispatcher, who confirms it. Nothing here sets DELIVERED. One visit at a time per consignment.
 */
export class VisitStatusService {
  private readonly chains = new Map<string, Promise<void>>();

  constructor(
    private readonly consignments: ConsignmentService,
    private readonly stops: StopService,
    private readonly tenants: VisitStatusSettings,
    private readonly log: Logger,
  ) {}

  onVisit(visit: { consignment: Consignment; stop: Stop; arrived: boolean; departed: boolean }): void {
    if (!visit.arrived && !visit.departed) return;
    const id = visit.consignment.id;
    const previous = this.chains.get(id) ?? Promise.resolve();
    const next = previous
      .then(() => this.apply(visit))
      .catch((error) => this.log.error('status from a stop visit failed:', error))
      .finally(() => {
        if (this.chains.get(id) === next) this.chains.delete(id);
      });
    this.chains.set(id, next);
  }

  /** Resolves when every queued visit is done (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.chains.size) await Promise.all([...this.chains.values()]);
  }

  async apply(visit: { consignment: Consignment; stop: Stop; arrived: boolean; departed: boolean }): Promise<void> {
    const { consignment, stop } = visit;
    const tenant = await this.tenants.byId(consignment.tenantId);
    if (!tenant) return;
    const departs = visit.departed && tenant.inTransitOnPickupDeparture && stop.type === StopType.PICKUP;
    const arrives = visit.arrived && tenant.offerDeliveredOnArrival && stop.type === StopType.DELIVERY;
    if (!departs && !arrives) return;
    const stops = await this.stops.of([consignment.id]);
    const last = (type: StopType) => stops.filter((s) => s.type === type).at(-1);
    const scope = systemScope(consignment.tenantId, 'stop visit');
    if (departs && last(StopType.PICKUP)?.id === stop.id) {
      await this.consignments.advance(scope, consignment.id, BEFORE_TRANSIT, ConsignmentStatus.IN_TRANSIT);
    }
    if (arrives && last(StopType.DELIVERY)?.id === stop.id && stop.actualArrival) {
      await this.consignments.offerDelivered(scope, consignment.id, stop.actualArrival);
    }
  }
}
