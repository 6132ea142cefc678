/**
 * HTTP load with autocannon: a fixed number of keep-alive connections, each sending its next
 * request as soon as the last is answered, for a fixed time. Bodies come from `nextBody`, so
 * requests can differ (tokens, unique position ids).
 */
import autocannon from 'autocannon';
import { sleep } from './clock.mjs';

export async function httpLoad({ url, connections, seconds, headers = {}, nextBody, verify = () => true }) {
  let mismatches = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        setupRequest: (request) => {
          const { body, headers: extra } = nextBody();
          return { ...request, body, headers: extra ? { ...request.headers, ...extra } : request.headers };
        },
        onResponse: (status, body) => {
          if (status !== 200 || !verify(body)) mismatches++;
        },
      },
    ],
  });
  // Requests cut off at the end are still being answered: let them finish before whatever runs next.
  await sleep(300);
  const ok = result['2xx'];
  return {
    requests: result.requests.total,
    ok,
    rps: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
    mismatches,
    seconds: result.duration,
  };
}
