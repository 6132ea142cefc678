// Jest (jsdom) setup for the web project: DOM matchers, and the browser APIs jsdom lacks.
import '@testing-library/jest-dom/jest-globals';

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as MediaQueryList;
}
