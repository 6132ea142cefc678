// `react` as the tracking page's Preact build resolves it (preact/compat, vite.config.ts), with
// the `act` that React 19 exports from `react` and Preact from its test utilities.
const compat = require('preact/compat');
const { act } = require('preact/test-utils');

module.exports = { ...compat, default: compat, act };
