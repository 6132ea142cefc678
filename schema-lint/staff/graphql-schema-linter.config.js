// The staff and integrator schema, with every rule of ../rules.js.
module.exports = require('../rules').config('../../schema.graphql');
