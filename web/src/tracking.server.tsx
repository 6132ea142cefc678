import { renderToString } from 'react-dom/server';
import { documentTitle, themeColor } from './features/tracking/documentHead';
import { INITIAL_TRACKING_ID, scriptSafeJson, type InitialOutcome, type InitialTracking } from './features/tracking/initialTracking';
import { TrackingRoot } from './features/tracking/TrackingRoot';
import { initialLoad, stateOf } from './features/tracking/useTrackingUpdates';
import { TrackingPageDocument } from './gql-public/graphql';
import { acceptedLanguages, messagesFor, pickLanguage, type FormattedTexts } from './i18n';

// The server's half of the public page (built by `vite build --ssr` into dist/server/): the
// server runs the page's own query in-process and hands the answer here; this writes the whole
// HTML document with the page already rendered, and its data beside it for tracking.tsx to
// hydrate from. Nothing here reads the token, and nothing runs in the page but our own module
// script: the data is a JSON script element, which no CSP treats as a script.

/** The query the page would send: the server runs the same one so the answer is the same. */
export const PAGE_QUERY = { query: TrackingPageDocument.toString(), operationName: 'TrackingPage' } as const;

export interface DocumentAssets {
  /** Module scripts to run (the page's entry). */
  scripts: string[];
  /** Modules they import, fetched at once instead of one after another. */
  preloads: string[];
  stylesheets: string[];
}

export interface TrackingDocumentInput {
  /** The answer to PAGE_QUERY: the `trackingPage` result, or why there is none. */
  outcome: InitialOutcome;
  /** The request's Accept-Language header: the page's language. */
  acceptLanguage: string | undefined;
  /** The time to render with (ms since the epoch). */
  now: number;
  assets: DocumentAssets;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

export function renderTrackingDocument({ outcome, acceptLanguage, now, assets }: TrackingDocumentInput): string {
  const language = pickLanguage(acceptedLanguages(acceptLanguage));
  const initial: InitialTracking = { language, renderedAt: now, outcome };
  const state = stateOf(initialLoad(initial));
  // The token is read from the page's path in the browser; the markup does not depend on it.
  // The texts the formatters write go along, for hydration to write the same without Intl.
  const formatted: FormattedTexts = {};
  const body = renderToString(<TrackingRoot token="" initial={initial} recordTexts={formatted} />);
  // A link that is expired or not available shows a final state with nothing to keep live or
  // to click: it needs no script, and no data for one.
  const needsScript = !(outcome.ok && outcome.result.__typename === 'TrackingUnavailable');
  const scripts = needsScript ? assets : { scripts: [], preloads: [] };
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<meta name="theme-color" content="${escapeHtml(themeColor(state))}">`,
    '<meta name="robots" content="noindex, nofollow">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(documentTitle(state, messagesFor(language)))}</title>`,
    ...assets.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`),
    ...scripts.preloads.map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`),
    ...scripts.scripts.map((src) => `<script type="module" crossorigin src="${escapeHtml(src)}"></script>`),
  ];
  return (
    `<!doctype html>\n<html lang="${language}">\n<head>\n${head.join('\n')}\n</head>\n<body>\n` +
    `<div id="root">${body}</div>\n` +
    (needsScript ? `<script type="application/json" id="${INITIAL_TRACKING_ID}">${scriptSafeJson({ ...initial, formatted })}</script>\n` : '') +
    '</body>\n</html>\n'
  );
}
