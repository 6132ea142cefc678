/** The product's GraphQL APIs, as a client sees them (HTTP on loopback). */

export const PLATFORM_ADMIN = { email: 'bench-platform@bench.local', password: 'bench-platform-pass-1' };

/** POST a GraphQL document; resolves to the parsed body (data and/or errors) and status. */
export async function postGraphql(url, query, variables = {}, token = null) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text), text };
  } catch {
    return { status: res.status, body: { errors: [{ message: text.slice(0, 200) }] }, text };
  }
}

/** The staff endpoint of one running app: `ok` fails on any GraphQL error. */
export function staffApi(baseUrl) {
  const url = `${baseUrl}/graphql`;
  const ok = async (query, variables, token) => {
    const { status, body } = await postGraphql(url, query, variables, token);
    if (body.errors?.length || status !== 200) {
      throw new Error(`GraphQL ${status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
    }
    return body.data;
  };
  const login = async (email, password) =>
    (await ok(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: password })).login.token;
  return { url, ok, login };
}

/** The query a tracking page sends (the web app's selection), with every field of the page. */
export const TRACKING_PAGE_QUERY = `query TrackingPage($token: String!) {
  trackingPage(token: $token) {
    __typename
    ... on TrackingUnavailable { reason message }
    ... on TrackingPage {
      organization { name logoUrl brandColor locale timezone }
      reference status progress
      stops { type name address latitude longitude timezone reference plannedArrival plannedWindowEnd estimatedArrival actualArrival actualDeparture }
      cargo { description quantity packagingType weightKg }
      palletScans { palletBarcode event scannedAt stopName }
      customerReference containerNumber transportService
      customFields { label value } extraFields { label value } notes photos { label value }
      showMap driverPosition { latitude longitude heading recordedAt }
      lastUpdatedAt expiresAt
    }
  }
}`;

/** The live subscription of an open page, as the floor repeats it byte for byte. */
export const TRACKING_UPDATES_SUBSCRIPTION =
  'subscription Updates($token: String!) { trackingUpdates(token: $token) { kind driverPosition { latitude longitude heading recordedAt } } }';

export const REPORT_POSITIONS = 'mutation Report($p: [PositionInput!]!) { reportPositions(positions: $p) { accepted duplicates } }';
