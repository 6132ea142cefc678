import { TaskTrigger } from '@tracklink/shared';
import { inTransaction, type DomainEvent } from '../../events/domain-events';
import { DEFAULT_LINK_LISTENER } from '../tracking-links/default-link.listener';
import type { ContactTaskService, Occasion } from './contact-task.service';

type TaskEvent = Extract<DomainEvent, { type: 'consignment.created' | 'consignment.statusChanged' | 'stop.changed' | 'stop.runningLate' }>;

/** What tasks may be waiting for in a change of a consignment. */
export function occasionsOf(event: TaskEvent): Occasion[] {
  switch (event.type) {
    case 'consignment.created':
      // A consignment can start in any status before CANCELLED: it has reached that one too.
      return [{ trigger: TaskTrigger.CONSIGNMENT_CREATED }, { trigger: TaskTrigger.STATUS_REACHED, status: event.consignment.status }];
    case 'consignment.statusChanged':
      return [{ trigger: TaskTrigger.STATUS_REACHED, status: event.consignment.status }];
    case 'stop.changed':
      return [
        ...(event.arrived ? [{ trigger: TaskTrigger.STOP_ARRIVED, stopId: event.stop.id }] : []),
        ...(event.departed ? [{ trigger: TaskTrigger.STOP_DEPARTED, stopId: event.stop.id }] : []),
      ];
    case 'stop.runningLate':
      return [{ trigger: TaskTrigger.ETA_LATE, stopId: event.stop.id, episode: event.episode }];
  }
}

export const CONTACT_TASK_LISTENER = 'tasks.queue-emails';

/**
 * Contact-task emails are queued in the transaction of the change that triggers them, after a
 * new consignment has its default link.
 */
export const queueContactTaskEmails = (tasks: ContactTaskService) =>
  inTransaction({
    name: CONTACT_TASK_LISTENER,
    on: ['consignment.created', 'consignment.statusChanged', 'stop.changed', 'stop.runningLate', 'feedback.submitted'],
    after: [DEFAULT_LINK_LISTENER],
    handle: async (tx, event) => {
      if (event.type === 'feedback.submitted') {
        await tasks.runForFeedback(tx, event.consignment, event.feedback);
        return;
      }
      const occasions = occasionsOf(event);
      if (occasions.length) await tasks.run(tx, event.consignment, occasions);
    },
  });
