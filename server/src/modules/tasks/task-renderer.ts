import { ConsignmentStatus, fillTaskTemplate, parseTaskTemplate, StopType, TRACKING_LINK_VARIABLE, type TemplatePart } from '@tracklink/shared';
import type { Consignment } from '../consignments/consignment.entity';
import type { Stop } from '../consignments/stop.entity';
import { LINK_PLACEHOLDER } from '../outbox/outbox-message.entity';

/** Everything a task's variables can draw on, for one message. */
export interface MessageContext {
  /** BCP 47, from the tenant's language and country, e.g. "nl-NL". */
  locale: string;
  tenantName: string;
  consignment: Consignment;
  orderReference: string;
  customerName: string | null;
  /** The stop of a stop-level task. */
  stop: Stop | null;
  recipientEmail: string;
  /** The rating a LOW_RATING task writes about. */
  feedback?: { rating: number; comment: string | null } | null;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

const STATUS_LABELS: Record<ConsignmentStatus, string> = {
  [ConsignmentStatus.DRAFT]: 'Draft',
  [ConsignmentStatus.TO_PLAN]: 'To plan',
  [ConsignmentStatus.PLANNED]: 'Planned',
  [ConsignmentStatus.IN_TRANSIT]: 'In transit',
  [ConsignmentStatus.DELIVERED]: 'Delivered',
  [ConsignmentStatus.CANCELLED]: 'Cancelled',
};

/** Shown for a value the consignment does not have (yet). */
const MISSING = '—';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** The tenant's locale for dates and numbers; "en" when the pair makes no valid tag. */
export function tenantLocale(tenant: { defaultLanguage: string; country: string }): string {
  try {
    const [tag] = Intl.getCanonicalLocales(`${tenant.defaultLanguage}-${tenant.country}`);
    new Intl.DateTimeFormat(tag);
    return tag;
  } catch {
    return 'en';
  }
}

/** A time as the people at the stop read it: their time zone, the tenant's locale. */
export function formatStopTime(at: Date | null, timeZone: string, locale: string): string {
  if (!at) return MISSING;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(at);
}

function valueOf(variable: string, ctx: MessageContext): string {
  const { consignment: c, stop } = ctx;
  const time = (at: Date | null) => (stop ? formatStopTime(at, stop.timezone, ctx.locale) : MISSING);
  const values: Record<string, () => string | null | undefined> = {
    'consignment.reference': () => c.reference,
    'consignment.status': () => STATUS_LABELS[c.status],
    'consignment.customerReference': () => c.customerReference,
    'consignment.containerNumber': () => c.containerNumber,
    'consignment.transportService': () => c.transportService,
    'order.reference': () => ctx.orderReference,
    'customer.name': () => ctx.customerName,
    'stop.name': () => stop?.name,
    'stop.address': () => stop?.address,
    'stop.type': () => (stop ? (stop.type === StopType.PICKUP ? 'Pickup' : 'Delivery') : null),
    'stop.reference': () => stop?.reference,
    'stop.eta': () => time(stop?.estimatedArrival ?? null),
    'stop.plannedArrival': () => time(stop?.plannedArrival ?? null),
    'stop.actualArrival': () => time(stop?.actualArrival ?? null),
    'stop.actualDeparture': () => time(stop?.actualDeparture ?? null),
    'stop.contactName': () => stop?.contactName,
    'tenant.name': () => ctx.tenantName,
    'recipient.email': () => ctx.recipientEmail,
    'feedback.rating': () => (ctx.feedback ? String(ctx.feedback.rating) : null),
    'feedback.comment': () => ctx.feedback?.comment,
  };
  // Tasks are checked on save; a variable unknown here can only come from an older list. A value
  // never opens a placeholder of its own (the link placeholder is filled in at send time).
  return (values[variable]?.() || MISSING).replaceAll('{{', '{\u200b{');
}

/** Templates are checked on save; one that no longer parses is sent as written rather than block the change that triggered it. */
function parts(template: string): TemplatePart[] {
  try {
    return parseTaskTemplate(template);
  } catch {
    return [{ text: template }];
  }
}

/**
 * The subject, plain-text part and HTML part of one message. Values are escaped in the HTML
 * part; the tracking link stays LINK_PLACEHOLDER until the worker sends the message.
 */
export function renderTaskMessage(task: { subject: string; body: string }, ctx: MessageContext): RenderedMessage {
  const isLink = (v: string) => v === TRACKING_LINK_VARIABLE;
  const subject = fillTaskTemplate(
    parts(task.subject),
    (t) => t,
    (v) => (isLink(v) ? LINK_PLACEHOLDER : valueOf(v, ctx).replace(/\s+/g, ' ')),
  );
  const body = parts(task.body.replace(/\r\n?/g, '\n'));
  const text = fillTaskTemplate(body, (t) => t, (v) => (isLink(v) ? LINK_PLACEHOLDER : valueOf(v, ctx)));
  const inner = fillTaskTemplate(body, escapeHtml, (v) =>
    isLink(v) ? `<a href="${LINK_PLACEHOLDER}">${LINK_PLACEHOLDER}</a>` : escapeHtml(valueOf(v, ctx)),
  );
  const paragraphs = inner
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/\n/g, '<br>\n')}</p>`);
  const html =
    `<!DOCTYPE html>\n<html lang="${escapeHtml(ctx.locale)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n` +
    `<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #1f2937;">\n` +
    `${paragraphs.join('\n')}\n</body></html>\n`;
  return { subject, text, html };
}
