import { TrackingUpdateKind, type TrackingUpdate } from './public-tracking.types';
import { UpdateStream } from './update-stream';

const position = (latitude: number): TrackingUpdate => ({
  kind: TrackingUpdateKind.POSITION,
  driverPosition: { latitude, longitude: 0, heading: null, recordedAt: new Date() },
  page: null,
});
const changed = (): TrackingUpdate => ({ kind: TrackingUpdateKind.CHANGED, driverPosition: null, page: null });

describe('UpdateStream', () => {
  it('keeps only the latest position for a reader that does not read', async () => {
    const stream = new UpdateStream(() => undefined);
    for (let i = 0; i < 100_000; i++) stream.push(position(i % 90));
    expect(stream.backlog).toBe(1);
    expect((await stream.next()).value?.driverPosition?.latitude).toBe(99_999 % 90);
  });

  it('lets a fresh page replace what is pending, and UNAVAILABLE end the stream after it is read', async () => {
    let closed = 0;
    const stream = new UpdateStream(() => closed++);
    stream.push(position(1));
    stream.push(changed());
    stream.push(position(2));
    expect(stream.backlog).toBe(2);
    stream.push({ kind: TrackingUpdateKind.UNAVAILABLE, driverPosition: null, page: null });
    stream.push(position(3));
    expect(stream.backlog).toBe(1);
    expect((await stream.next()).value?.kind).toBe('UNAVAILABLE');
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(closed).toBe(1);
  });

  it('wakes a waiting reader, and return() ends it', async () => {
    const stream = new UpdateStream(() => undefined);
    const next = stream.next();
    stream.push(changed());
    expect((await next).value?.kind).toBe('CHANGED');
    const waiting = stream.next();
    await stream.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
  });

  it('hands updates straight to a listener only while the reader waits with nothing pending', async () => {
    const stream = new UpdateStream(() => undefined);
    const direct: number[] = [];
    let accept = true;
    stream.listen((u) => accept && direct.push(u.driverPosition!.latitude) > 0);
    stream.push(position(1)); // nobody waits yet: queued
    expect(direct).toEqual([]);
    expect((await stream.next()).value?.driverPosition?.latitude).toBe(1);
    const waiting = stream.next();
    stream.push(position(2));
    stream.push(position(3));
    expect(direct).toEqual([2, 3]);
    expect(stream.backlog).toBe(0);
    accept = false; // declined: the waiting reader gets it, and what follows queues behind it
    stream.push(position(4));
    stream.push(changed());
    expect((await waiting).value?.driverPosition?.latitude).toBe(4);
    accept = true;
    stream.push(position(5));
    expect(direct).toEqual([2, 3]);
    expect((await stream.next()).value?.kind).toBe('CHANGED');
    expect((await stream.next()).value?.driverPosition?.latitude).toBe(5);
  });

  it('never hands UNAVAILABLE to a listener: the reader gets it and the stream ends', async () => {
    const stream = new UpdateStream(() => undefined);
    const direct: string[] = [];
    stream.listen((u) => direct.push(u.kind) > 0);
    const waiting = stream.next();
    stream.push({ kind: TrackingUpdateKind.UNAVAILABLE, driverPosition: null, page: null });
    expect(direct).toEqual([]);
    expect((await waiting).value?.kind).toBe('UNAVAILABLE');
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('falls back to the reader when the listener throws', async () => {
    const stream = new UpdateStream(() => undefined);
    stream.listen(() => {
      throw new Error('socket gone');
    });
    const waiting = stream.next();
    stream.push(position(7));
    expect((await waiting).value?.driverPosition?.latitude).toBe(7);
  });
});
