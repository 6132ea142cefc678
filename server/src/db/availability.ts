/**
 * Whether an error means the database cannot be reached (down, restarting, refusing
 * connections, out of connection slots) rather than that a statement was wrong. Such errors are
 * answered as a brief unavailability, never as a bug, and never logged per request.
 */
const UNAVAILABLE_CODES = new Set([
  // Node's socket errors
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
  // PostgreSQL: connection exceptions (class 08), shutting down or starting (57P0x), no slots
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    // TypeORM's QueryFailedError keeps the driver's error, graphql-js keeps what it could not
    // tell was an Error (another realm's) as `thrownValue`; errors may carry a cause.
    const wrapper = e as { driverError?: unknown; thrownValue?: unknown; cause?: unknown };
    e = wrapper.driverError ?? wrapper.thrownValue ?? wrapper.cause;
  }
  return false;
}
