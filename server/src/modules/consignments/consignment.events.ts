import type { EntityManager } from 'typeorm';
import type { ConsignmentStatus } from '@tracklink/shared';
import type { TenantScope } from '../../graphql/auth';
import type { Consignment } from './consignment.entity';
import type { Stop } from './stop.entity';

/**
 * What other modules hook into. `inTransaction` listeners run inside the transaction of the
 * change (their writes commit or roll back with it); `afterCommit` listeners run once it has
 * committed (for notifying live pages).
 */
export type ConsignmentEvent =
  | { type: 'created'; consignment: Consignment }
  | { type: 'statusChanged'; consignment: Consignment; from: ConsignmentStatus }
  | { type: 'changed'; consignment: Consignment }
  /** A stop was changed; `arrived`/`departed`: its actual arrival/departure was set just now. */
  | { type: 'stopChanged'; consignment: Consignment; stop: Stop; arrived: boolean; departed: boolean }
  | { type: 'deleted'; consignment: Consignment };

type InTransaction = (em: EntityManager, scope: TenantScope, event: ConsignmentEvent) => Promise<void>;
type AfterCommit = (event: ConsignmentEvent) => void;

export class ConsignmentEvents {
  private readonly inTransactionListeners: InTransaction[] = [];
  private readonly afterCommitListeners: AfterCommit[] = [];

  onInTransaction(listener: InTransaction): void {
    this.inTransactionListeners.push(listener);
  }

  onAfterCommit(listener: AfterCommit): void {
    this.afterCommitListeners.push(listener);
  }

  async emitInTransaction(em: EntityManager, scope: TenantScope, event: ConsignmentEvent): Promise<void> {
    for (const listener of this.inTransactionListeners) await listener(em, scope, event);
  }

  emitAfterCommit(events: ConsignmentEvent[]): void {
    for (const event of events) for (const listener of this.afterCommitListeners) listener(event);
  }
}
