import { GraphQLDateTimeISO } from 'graphql-scalars';
import { DateTimeISOText } from './scalars';

describe('DateTimeISOText', () => {
  it('is DateTimeISO to clients: same name, same description', () => {
    expect(DateTimeISOText.name).toBe(GraphQLDateTimeISO.name);
    expect(DateTimeISOText.description).toBe(GraphQLDateTimeISO.description);
  });

  it('sends canonical text as it is and writes everything else as DateTimeISO does', () => {
    const text = '2026-12-01T12:19:19.894Z';
    expect(DateTimeISOText.serialize(text)).toBe(text);
    expect(DateTimeISOText.serialize(new Date(text))).toBe(text);
    expect(DateTimeISOText.serialize('2026-12-01T13:19:19.894+01:00')).toBe(text);
    expect(DateTimeISOText.serialize('2026-12-01T12:19:19.894123Z')).toBe(GraphQLDateTimeISO.serialize('2026-12-01T12:19:19.894123Z'));
  });

  it('refuses what DateTimeISO refuses', () => {
    expect(() => DateTimeISOText.serialize('yesterday')).toThrow();
    expect(() => DateTimeISOText.serialize({})).toThrow();
  });
});
