import { LANGUAGES, type FormattedTexts, type Language } from '../../i18n';
import type { WireTrackingPageResult } from './types';

// The page as the server rendered it (/t/<token> answers with the page already in its HTML):
// the public API's answer for the token, inlined beside the markup as a JSON script element,
// so the running page starts from it instead of asking again. Never the token: the page reads
// that from its own path.

/** The id of the <script type="application/json"> element that carries the page's data. */
export const INITIAL_TRACKING_ID = 'tracking-state';

/** The public API's answer to the page's query, as the server got it. */
export type InitialOutcome =
  | { ok: true; result: WireTrackingPageResult }
  | { ok: false; rateLimited: boolean; retryAfterSeconds: number | null };

export interface InitialTracking {
  /** The language the server picked from the request's Accept-Language. */
  language: Language;
  /** When the server rendered the page (ms since the epoch, by the server's clock). */
  renderedAt: number;
  outcome: InitialOutcome;
  /** The dates, times and numbers as the server wrote them (i18n/formatters.ts). */
  formatted?: FormattedTexts;
}

/**
 * JSON that is safe as the text of a <script> element: no `<` (so no `</script>` or `<!--`),
 * `>` or `&`, and no line or paragraph separator, each written as its \u escape instead.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isOutcome(value: unknown): value is InitialOutcome {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok !== true) return value.ok === false && 'rateLimited' in value;
  const result = 'result' in value ? value.result : null;
  return typeof result === 'object' && result !== null && '__typename' in result &&
    (result.__typename === 'TrackingPage' || result.__typename === 'TrackingUnavailable');
}

function isTexts(value: unknown): value is FormattedTexts {
  return typeof value === 'object' && value !== null && Object.values(value).every((text) => typeof text === 'string');
}

/** The inlined page of a server-rendered document, or null (none, or not ours). */
export function readInitialTracking(doc: Document = document): InitialTracking | null {
  const text = doc.getElementById(INITIAL_TRACKING_ID)?.textContent;
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { language, renderedAt, outcome, formatted } = value as Record<string, unknown>;
    const known = LANGUAGES.find((l) => l === language);
    if (!known || typeof renderedAt !== 'number' || !isOutcome(outcome)) return null;
    return { language: known, renderedAt, outcome, ...(isTexts(formatted) ? { formatted } : {}) };
  } catch {
    return null;
  }
}
