// ts-jest for the web project, with Vite's `import.meta.env` written out first: Jest runs the
// tests as CommonJS, where `import.meta` does not parse. The values are a production build's
// in the browser (DEV false, SSR false; no VITE_* variables set).
const { TsJestTransformer } = require('ts-jest');

const ENV = JSON.stringify({ MODE: 'test', BASE_URL: '/', DEV: false, PROD: true, SSR: false });
const rewrite = (source) => source.replace(/\bimport\.meta\.env\b/g, `(${ENV})`);

module.exports = {
  createTransformer(options) {
    const tsJest = new TsJestTransformer(options);
    return {
      canInstrument: false,
      process: (source, path, transformOptions) => tsJest.process(rewrite(source), path, transformOptions),
      getCacheKey: (source, path, transformOptions) => tsJest.getCacheKey(rewrite(source), path, transformOptions),
    };
  },
};
