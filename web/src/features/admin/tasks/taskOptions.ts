import { TaskLevel, taskVariablesFor, type TaskVariable } from '@tracklink/shared';
import type { ConsignmentStatus, TaskLevel as Level, TaskRecipient, TaskTrigger } from '../../../gql/graphql';

// What a contact task can be set to, in words (SPEC 5.1). Stop-only choices are offered for
// stop-level tasks only; the server checks the same rules.

export const LEVELS: { value: Level; label: string }[] = [
  { value: 'CONSIGNMENT', label: 'Consignment' },
  { value: 'STOP', label: 'Stop' },
];

const TRIGGERS: { value: TaskTrigger; label: string; stopOnly?: boolean; consignmentOnly?: boolean }[] = [
  { value: 'CONSIGNMENT_CREATED', label: 'Consignment created' },
  { value: 'STATUS_REACHED', label: 'Consignment reached a status' },
  { value: 'STOP_ARRIVED', label: 'Driver arrived at the stop', stopOnly: true },
  { value: 'STOP_DEPARTED', label: 'Driver left the stop', stopOnly: true },
  { value: 'ETA_LATE', label: 'Stop is running late (once per delay)', stopOnly: true },
  { value: 'LOW_RATING', label: 'Recipient gave a low rating', consignmentOnly: true },
];

const RECIPIENTS: { value: TaskRecipient; label: string; stopOnly?: boolean }[] = [
  { value: 'STOP_CONTACT', label: "The stop's contact", stopOnly: true },
  { value: 'PICKUP_CONTACT', label: "The pickup stop's contact" },
  { value: 'DELIVERY_CONTACT', label: "The delivery stop's contact" },
  { value: 'CUSTOMER_CONTACT', label: "The order's customer contact" },
  { value: 'FIXED_ADDRESS', label: 'A fixed address' },
];

export const TRIGGER_STATUSES: { value: ConsignmentStatus; label: string }[] = [
  { value: 'TO_PLAN', label: 'To plan' },
  { value: 'PLANNED', label: 'Planned' },
  { value: 'IN_TRANSIT', label: 'In transit' },
  { value: 'DELIVERED', label: 'Delivered' },
];

export const triggersFor = (level: Level) => TRIGGERS.filter((t) => (level === 'STOP' ? !t.consignmentOnly : !t.stopOnly));
export const recipientsFor = (level: Level) => RECIPIENTS.filter((r) => level === 'STOP' || !r.stopOnly);

export const triggerLabel = (t: TaskTrigger) => TRIGGERS.find((x) => x.value === t)?.label ?? t;
export const recipientLabel = (r: TaskRecipient) => RECIPIENTS.find((x) => x.value === r)?.label ?? r;

/** The variables the editor offers: shared with the server, which renders and checks them. */
export function variablesFor(level: Level, trackingIntegrationEnabled: boolean): TaskVariable[] {
  return taskVariablesFor(level === 'STOP' ? TaskLevel.STOP : TaskLevel.CONSIGNMENT, trackingIntegrationEnabled);
}
