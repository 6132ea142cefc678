// The public tracking schema.
module.exports = require('../rules').config('../../schema.public.graphql', {
  // The rule asks every schema for a PageInfo type; the public schema has no list that grows
  // (one page, one stream of updates), so it has no connection and no PageInfo to check.
  'relay-page-info-spec': true,
});
