// graphql-schema-linter's rules for the published schemas (npm run lint:schema, run by CI).
// Every built-in rule is on unless listed in DISABLED below, each with its reason.
const ALL = [
  'arguments-have-descriptions',
  'defined-types-are-used',
  'deprecations-have-a-reason',
  'descriptions-are-capitalized',
  'enum-values-all-caps',
  'enum-values-have-descriptions',
  'enum-values-sorted-alphabetically',
  'fields-are-camel-cased',
  'fields-have-descriptions',
  'input-object-fields-sorted-alphabetically',
  'input-object-values-are-camel-cased',
  'input-object-values-have-descriptions',
  'interface-fields-sorted-alphabetically',
  'relay-connection-arguments-spec',
  'relay-connection-types-spec',
  'relay-page-info-spec',
  'type-fields-sorted-alphabetically',
  'types-are-capitalized',
  'types-have-descriptions',
];

/** Rules that are off, and why. */
const DISABLED = {};

/** Single schema members a rule passes over, and why; the rule still checks everything else. */
const IGNORE = {
  // TrackingSection's values are the names of the show* fields they stand for (SectionChoices,
  // TrackingLinkInput.inherit) and clients send them as they are: renaming them would break them.
  'enum-values-all-caps': ['TrackingSection'],
};

function config(schemaPath, disabled = {}) {
  const off = { ...DISABLED, ...disabled };
  return {
    schemaPaths: [schemaPath],
    rules: ALL.filter((rule) => !(rule in off)),
    ignore: IGNORE,
  };
}

module.exports = { ALL, DISABLED, IGNORE, config };
