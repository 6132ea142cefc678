import fs from 'node:fs';
import path from 'node:path';
import { bearingDeg, distanceKm } from '@tracklink/shared';

// Moves a driver along each consignment in transit, through the real GraphQL API, so a new user
// sees the live map move. Routes are straight lines from pickup to delivery (no routing engine
// is needed offline); the simulated clock runs faster than the real one. At each end a truck
// stays a while (longer than the geofence's dwell, on real recorded time) before it drives back,
// so the stops' arrivals and departures are detected from its positions as they would be.

export interface SimulatorOptions {
  apiUrl: string;
  email: string;
  password: string;
  /** Where the simulated drivers' tokens are kept between runs. */
  stateFile: string;
  tickMs?: number;
  /** Simulated seconds per real second. */
  speedup?: number;
  speedKmh?: number;
  /** How long a truck stays at each end, in recorded time (default 4 min: over the 2 min dwell and the 3 min exit). */
  stayMs?: number;
  /** The time positions are recorded at (default: now). */
  now?: () => number;
  log?: (message: string) => void;
}

interface Leg {
  consignmentId: string;
  reference: string;
  from: { latitude: number; longitude: number };
  to: { latitude: number; longitude: number };
  km: number;
  progress: number;
  driverToken: string;
  /** While at the end of its leg: until when it stays there. */
  stayUntil: number | null;
}

type State = Record<string, { driverId: string; token: string }>;

async function gql<T>(apiUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

export class DriverSimulator {
  private timer: NodeJS.Timeout | null = null;
  private legs: Leg[] = [];
  private seq = Date.now();
  private ticking = false;

  constructor(private readonly options: SimulatorOptions) {}

  async start(): Promise<number> {
    const o = this.options;
    const { login } = await gql<{ login: { token: string } }>(o.apiUrl, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: o.email, p: o.password });
    const staff = login.token;
    const { consignments } = await gql<{ consignments: { edges: Array<{ node: { id: string; reference: string; driver: { id: string } | null; driverPosition: { latitude: number; longitude: number } | null; stops: Array<{ type: string; latitude: number; longitude: number }> } }> } }>(
      o.apiUrl,
      '{ consignments(first: 100, filter: { status: IN_TRANSIT }) { edges { node { id reference driver { id } driverPosition { latitude longitude } stops { type latitude longitude } } } } }',
      {},
      staff,
    );
    const state = this.readState();
    for (const { node } of consignments.edges) {
      const from = node.stops.find((s) => s.type === 'PICKUP');
      const to = [...node.stops].reverse().find((s) => s.type === 'DELIVERY');
      if (!from || !to) continue;
      let driver = state[node.id];
      if (!driver || driver.driverId !== node.driver?.id) {
        const { createDriver } = await gql<{ createDriver: { token: string; driver: { id: string } } }>(
          o.apiUrl,
          'mutation($n: String!) { createDriver(input: { name: $n }) { token driver { id } } }',
          { n: `Simulated driver ${node.reference}` },
          staff,
        );
        await gql(o.apiUrl, 'mutation($c: ID!, $d: ID!) { assignDriver(consignmentId: $c, driverId: $d) { id } }', { c: node.id, d: createDriver.driver.id }, staff);
        driver = state[node.id] = { driverId: createDriver.driver.id, token: createDriver.token };
      }
      const km = distanceKm(from, to);
      const done = node.driverPosition ? Math.min(distanceKm(from, node.driverPosition) / km, 0.95) : 0;
      this.legs.push({ consignmentId: node.id, reference: node.reference, from, to, km, progress: done, driverToken: driver.token, stayUntil: null });
    }
    this.writeState(state);
    this.timer = setInterval(() => void this.tick(), o.tickMs ?? 2000);
    this.timer.unref();
    o.log?.(`Driver simulator: ${this.legs.length} truck(s) on the road`);
    return this.legs.length;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One step of every truck: a position report per driver. */
  async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    const o = this.options;
    const stepHours = ((o.tickMs ?? 2000) / 3_600_000) * (o.speedup ?? 20);
    try {
      const now = o.now ?? Date.now;
      for (const leg of this.legs) {
        if (leg.stayUntil !== null && now() >= leg.stayUntil) {
          leg.stayUntil = null;
          [leg.from, leg.to] = [leg.to, leg.from]; // and back, so the demo keeps moving
          leg.progress = 0;
        } else if (leg.stayUntil === null) {
          leg.progress += ((o.speedKmh ?? 80) * stepHours) / leg.km;
          if (leg.progress >= 1) {
            leg.progress = 1;
            leg.stayUntil = now() + (o.stayMs ?? 240_000);
          }
        }
        const standing = leg.stayUntil !== null;
        const at = {
          latitude: leg.from.latitude + (leg.to.latitude - leg.from.latitude) * leg.progress,
          longitude: leg.from.longitude + (leg.to.longitude - leg.from.longitude) * leg.progress,
        };
        await gql(
          o.apiUrl,
          'mutation($p: [PositionInput!]!) { reportPositions(positions: $p) { accepted } }',
          {
            p: [{
              clientId: `sim-${leg.consignmentId}-${this.seq++}`,
              latitude: at.latitude,
              longitude: at.longitude,
              heading: standing ? null : bearingDeg(at, leg.to),
              speedKmh: standing ? 0 : (o.speedKmh ?? 80),
              recordedAt: new Date(now()).toISOString(),
            }],
          },
          leg.driverToken,
        ).catch((error) => o.log?.(`simulator: ${leg.reference}: ${error.message}`));
      }
    } finally {
      this.ticking = false;
    }
  }

  private readState(): State {
    try {
      return JSON.parse(fs.readFileSync(this.options.stateFile, 'utf8')) as State;
    } catch {
      return {};
    }
  }

  private writeState(state: State): void {
    fs.mkdirSync(path.dirname(this.options.stateFile), { recursive: true });
    fs.writeFileSync(this.options.stateFile, JSON.stringify(state, null, 2), { mode: 0o600 });
  }
}
