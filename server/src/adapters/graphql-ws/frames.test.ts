import { GraphQLError, type ExecutionResult } from 'graphql';
import { NextFrames } from './frames';

describe('NextFrames', () => {
  it('serialises a result once and builds one frame per subscription id', () => {
    const frames = new NextFrames();
    const result: ExecutionResult = { data: { trackingUpdates: { kind: 'POSITION' } } };
    const first = frames.frame('1', result);
    expect(frames.frame('1', result)).toBe(first);
    expect(JSON.parse(first.toString())).toEqual({ id: '1', type: 'next', payload: result });
    const other = frames.frame('a"b', result);
    expect(JSON.parse(other.toString())).toEqual({ id: 'a"b', type: 'next', payload: result });
    expect(frames.serialised).toBe(1);
    frames.frame('1', { data: { trackingUpdates: null } });
    expect(frames.serialised).toBe(2);
  });

  it('writes errors as graphql-ws does, and leaves them out when there are none', () => {
    const frames = new NextFrames();
    const error = new GraphQLError('Link not available', { extensions: { code: 'NOT_AVAILABLE' } });
    const payload = JSON.parse(frames.frame('1', { data: null, errors: [error] }).toString()).payload;
    expect(payload).toEqual({ data: null, errors: [{ message: 'Link not available', extensions: { code: 'NOT_AVAILABLE' } }] });
    expect(JSON.parse(frames.frame('1', { data: { a: 1 } }).toString()).payload).not.toHaveProperty('errors');
  });
});
