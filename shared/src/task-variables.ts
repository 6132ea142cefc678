// Contact tasks (SPEC §5): their vocabulary and the {{variables}} their subject and body take.
// The server checks and renders with this list; the web editor offers the same list.

import { ConsignmentStatus } from './domain';

export enum TaskLevel {
  CONSIGNMENT = 'CONSIGNMENT',
  STOP = 'STOP',
}

export enum TaskTrigger {
  CONSIGNMENT_CREATED = 'CONSIGNMENT_CREATED',
  STATUS_REACHED = 'STATUS_REACHED',
  STOP_ARRIVED = 'STOP_ARRIVED',
  STOP_DEPARTED = 'STOP_DEPARTED',
  /** The stop's live ETA passed its planned window's end by more than the tenant's threshold: once per lateness episode. */
  ETA_LATE = 'ETA_LATE',
  /** A recipient rated the delivery at or below the tenant's lowRatingThreshold: once per rating given through a link. */
  LOW_RATING = 'LOW_RATING',
}

export enum TaskRecipient {
  STOP_CONTACT = 'STOP_CONTACT',
  PICKUP_CONTACT = 'PICKUP_CONTACT',
  DELIVERY_CONTACT = 'DELIVERY_CONTACT',
  CUSTOMER_CONTACT = 'CUSTOMER_CONTACT',
  FIXED_ADDRESS = 'FIXED_ADDRESS',
}

/** Statuses a STATUS_REACHED task may wait for. */
export const TASK_TRIGGER_STATUSES: readonly ConsignmentStatus[] = [
  ConsignmentStatus.TO_PLAN,
  ConsignmentStatus.PLANNED,
  ConsignmentStatus.IN_TRANSIT,
  ConsignmentStatus.DELIVERED,
];

/** Triggers that exist only for stop-level tasks. */
export const STOP_ONLY_TRIGGERS: readonly TaskTrigger[] = [TaskTrigger.STOP_ARRIVED, TaskTrigger.STOP_DEPARTED, TaskTrigger.ETA_LATE];

/** Recipients that exist only for stop-level tasks. */
export const STOP_ONLY_RECIPIENTS: readonly TaskRecipient[] = [TaskRecipient.STOP_CONTACT];

export interface TaskVariable {
  /** What goes between the braces, e.g. "consignment.reference". */
  name: string;
  description: string;
  /** Task levels whose subject and body may use it. */
  levels: readonly TaskLevel[];
  /** Offered (and accepted) only while the tenant's tracking integration is on. */
  needsTrackingIntegration: boolean;
}

const BOTH = [TaskLevel.CONSIGNMENT, TaskLevel.STOP] as const;
const STOP_ONLY = [TaskLevel.STOP] as const;
const CONSIGNMENT_ONLY = [TaskLevel.CONSIGNMENT] as const;

export const TASK_VARIABLES: readonly TaskVariable[] = [
  { name: 'consignment.trackingLink', description: "The recipient's own public tracking link", levels: BOTH, needsTrackingIntegration: true },
  { name: 'consignment.reference', description: 'Consignment reference', levels: BOTH, needsTrackingIntegration: false },
  { name: 'consignment.status', description: 'Current status, e.g. "In transit"', levels: BOTH, needsTrackingIntegration: false },
  { name: 'consignment.customerReference', description: "The customer's reference", levels: BOTH, needsTrackingIntegration: false },
  { name: 'consignment.containerNumber', description: 'Container number', levels: BOTH, needsTrackingIntegration: false },
  { name: 'consignment.transportService', description: 'Transport service', levels: BOTH, needsTrackingIntegration: false },
  { name: 'order.reference', description: 'Order reference', levels: BOTH, needsTrackingIntegration: false },
  { name: 'customer.name', description: "The order's customer", levels: BOTH, needsTrackingIntegration: false },
  { name: 'stop.name', description: 'Location name of the stop', levels: STOP_ONLY, needsTrackingIntegration: false },
  { name: 'stop.address', description: 'Address of the stop', levels: STOP_ONLY, needsTrackingIntegration: false },
  { name: 'stop.type', description: 'Pickup or Delivery', levels: STOP_ONLY, needsTrackingIntegration: false },
  { name: 'stop.reference', description: 'Reference of the stop', levels: STOP_ONLY, needsTrackingIntegration: false },
  { name: 'stop.eta', description: "Estimated arrival, in the stop's time zone", levels: STOP_ONLY, needsTrackingIntegration: false },
  { name: 'stop.plannedArrival', description: "Start of the planned window, in the stop's time zone", levels: STOP_ONLY, needsTrackingIntegration: false },
  { name: 'stop.actualArrival', description: "Actual arrival, in the stop's time zone", levels: STOP_ONLY, needsTrackingIntegration: false },
  { name: 'stop.actualDeparture', description: "Actual departure, in the stop's time zone", levels: STOP_ONLY, needsTrackingIntegration: false },
  { name: 'stop.contactName', description: 'Contact person at the stop', levels: STOP_ONLY, needsTrackingIntegration: false },
  { name: 'tenant.name', description: 'Your company name', levels: BOTH, needsTrackingIntegration: false },
  { name: 'recipient.email', description: "The recipient's email address", levels: BOTH, needsTrackingIntegration: false },
  { name: 'feedback.rating', description: "The recipient's rating, 1 to 5 (LOW_RATING tasks)", levels: CONSIGNMENT_ONLY, needsTrackingIntegration: false },
  { name: 'feedback.comment', description: "The recipient's comment with the rating (LOW_RATING tasks)", levels: CONSIGNMENT_ONLY, needsTrackingIntegration: false },
];

export const TRACKING_LINK_VARIABLE = 'consignment.trackingLink';

const BY_NAME = new Map(TASK_VARIABLES.map((v) => [v.name, v]));

/** The variables a task of `level` may use, given the tenant's integration (what the editor offers). */
export function taskVariablesFor(level: TaskLevel, trackingIntegrationEnabled: boolean): TaskVariable[] {
  return TASK_VARIABLES.filter((v) => v.levels.includes(level) && (trackingIntegrationEnabled || !v.needsTrackingIntegration));
}

/** One piece of a template: literal text, or a variable to fill in. */
export type TemplatePart = { text: string } | { variable: string };

// {{ name }} with optional spaces inside the braces; a name is dotted identifiers.
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)\s*\}\}/g;

/**
 * Splits a template into text and variables. Throws a readable message for a "{{" that does
 * not open a well-formed placeholder (the whole template would otherwise send it verbatim).
 */
export function parseTaskTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const literal = template.slice(at, match.index);
    checkLiteral(literal);
    if (literal) parts.push({ text: literal });
    parts.push({ variable: match[1] });
    at = match.index + match[0].length;
  }
  const rest = template.slice(at);
  checkLiteral(rest);
  if (rest) parts.push({ text: rest });
  return parts;
}

function checkLiteral(text: string): void {
  const open = text.indexOf('{{');
  if (open >= 0) {
    const sample = text.slice(open, open + 30).split('\n')[0];
    throw new Error(`"${sample}" is not a variable; write variables as {{consignment.reference}}`);
  }
}

/** Every variable a template uses, in order of first use. */
export function taskTemplateVariables(template: string): string[] {
  const names = parseTaskTemplate(template).flatMap((p) => ('variable' in p ? [p.variable] : []));
  return [...new Set(names)];
}

/**
 * Why a subject or body cannot be saved for a task of `level`, or null when it can: a malformed
 * placeholder, an unknown variable, a stop variable on a consignment task, or the tracking link
 * while the tenant's integration is off.
 */
export function taskTemplateProblem(template: string, level: TaskLevel, trackingIntegrationEnabled: boolean): string | null {
  let names: string[];
  try {
    names = taskTemplateVariables(template);
  } catch (error) {
    return (error as Error).message;
  }
  for (const name of names) {
    const variable = BY_NAME.get(name);
    if (!variable) {
      const known = taskVariablesFor(level, trackingIntegrationEnabled).map((v) => `{{${v.name}}}`);
      return `{{${name}}} is not a known variable; use one of ${known.join(', ')}`;
    }
    if (!variable.levels.includes(level)) {
      return `{{${name}}} is only available in stop-level tasks`;
    }
    if (variable.needsTrackingIntegration && !trackingIntegrationEnabled) {
      return `{{${name}}} needs the tracking integration, which is off for this tenant`;
    }
  }
  return null;
}

/** Fills a parsed template: `fill` gives each variable's text (already escaped for its target). */
export function fillTaskTemplate(parts: readonly TemplatePart[], literal: (text: string) => string, fill: (variable: string) => string): string {
  return parts.map((p) => ('variable' in p ? fill(p.variable) : literal(p.text))).join('');
}
