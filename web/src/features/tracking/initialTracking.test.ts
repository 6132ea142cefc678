import { describe, expect, it } from '@jest/globals';
import { INITIAL_TRACKING_ID, readInitialTracking, scriptSafeJson, type InitialTracking } from './initialTracking';
import { trackingPage } from './testing/pages';

function documentWith(text: string): Document {
  const doc = document.implementation.createHTMLDocument('page');
  const script = doc.createElement('script');
  script.type = 'application/json';
  script.id = INITIAL_TRACKING_ID;
  script.textContent = text;
  doc.body.append(script);
  return doc;
}

describe('scriptSafeJson', () => {
  it('writes nothing that could end the element or start markup inside it', () => {
    const value = { note: '</script><script>alert(1)</script> <!-- & > \u2028\u2029 ok' };
    const json = scriptSafeJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('survives the HTML parser as the text of a script element', () => {
    const value = { note: '</script><p id="x">injected</p>' };
    const html = `<script type="application/json" id="${INITIAL_TRACKING_ID}">${scriptSafeJson(value)}</script>`;
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
    expect(doc.getElementById('x')).toBeNull();
    expect(JSON.parse(doc.getElementById(INITIAL_TRACKING_ID)?.textContent ?? '')).toEqual(value);
  });
});

describe('readInitialTracking', () => {
  const initial: InitialTracking = {
    language: 'nl',
    renderedAt: Date.parse('2026-03-01T10:00:00Z'),
    outcome: { ok: true, result: { ...trackingPage(), progress: ['TO_PLAN'], notes: null, photos: null, feedback: null, consignments: null } },
    formatted: { 'en-GB|en-GB|number|4|0': '4' },
  };

  it('reads what the server wrote', () => {
    expect(readInitialTracking(documentWith(scriptSafeJson(initial)))).toEqual(initial);
  });

  it('reads a failed render', () => {
    const failed: InitialTracking = { ...initial, outcome: { ok: false, rateLimited: true, retryAfterSeconds: 30 } };
    expect(readInitialTracking(documentWith(scriptSafeJson(failed)))).toEqual(failed);
  });

  it('is null without the element, or with anything it does not recognise', () => {
    expect(readInitialTracking(document.implementation.createHTMLDocument('none'))).toBeNull();
    expect(readInitialTracking(documentWith('{not json'))).toBeNull();
    expect(readInitialTracking(documentWith(scriptSafeJson({ ...initial, language: 'xx' })))).toBeNull();
    expect(readInitialTracking(documentWith(scriptSafeJson({ ...initial, outcome: { ok: true, result: { __typename: 'Other' } } })))).toBeNull();
  });

  it('leaves out formatted texts that are not all strings', () => {
    expect(readInitialTracking(documentWith(scriptSafeJson({ ...initial, formatted: { a: 1 } })))?.formatted).toBeUndefined();
  });
});
