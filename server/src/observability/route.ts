/** The route of a URL as logs and metrics name it: a template, never a token or an id. */
export function routeOf(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0];
  if (path === '/graphql' || path === '/graphql/') return '/graphql';
  if (path === '/public/graphql' || path === '/public/graphql/') return '/public/graphql';
  if (path === '/public/feedback') return path;
  if (path.startsWith('/t/')) return '/t/:token';
  // Its query string holds a device key (OsmAnd): the route alone is named.
  if (path === '/driver-app/positions') return '/driver-app/positions';
  if (path.startsWith('/assets/')) return '/assets';
  // A signed image URL works for anyone who has it: only its route is named.
  if (path.startsWith('/public/pod/')) return '/public/pod/:imageId';
  if (/^\/api\/stops\/[^/]+\/proof-of-delivery$/.test(path)) return '/api/stops/:stopId/proof-of-delivery';
  if (path === '/admin' || path.startsWith('/admin/')) return '/admin';
  if (['/healthz', '/readyz', '/metrics', '/robots.txt', '/'].includes(path)) return path;
  return 'other';
}
