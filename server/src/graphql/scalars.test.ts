import { GraphQLDateTimeISO } from 'graphql-scalars';
import { DateTimeISOInput, DateTimeISOText } from './scalars';

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

describe('DateTimeISOInput', () => {
  it('is DateTimeISO to clients: same name, same description', () => {
    expect(DateTimeISOInput.name).toBe(GraphQLDateTimeISO.name);
    expect(DateTimeISOInput.description).toBe(GraphQLDateTimeISO.description);
    expect(DateTimeISOInput.specifiedByURL).toBe(GraphQLDateTimeISO.specifiedByURL);
  });

  it('reads every input to the same instant as DateTimeISO, and refuses what it refuses with its message', () => {
    const inputs: unknown[] = [
      '2026-12-01T12:19:19.894Z',
      '1999-12-31T23:59:59.999Z',
      '2026-12-01T12:19:19Z',
      '2026-12-01T13:19:19.894+01:00',
      '2026-12-01T12:19:19.894123Z',
      '2026-02-30T00:00:00.000Z',
      '2026-12-01T23:59:60.000Z',
      '2026-13-01T00:00:00.000Z',
      '+02026-12-01T10:00:00.00Z',
      '2026-12-01 12:19:19.894Z',
      'yesterday',
      '',
      1764591559894,
      new Date('2026-12-01T12:19:19.894Z'),
      null,
      {},
    ];
    for (const input of inputs) {
      const outcome = (scalar: typeof GraphQLDateTimeISO) => {
        try {
          return { date: (scalar.parseValue(input) as Date).toISOString() };
        } catch (error) {
          return { error: (error as Error).message };
        }
      };
      expect([input, outcome(DateTimeISOInput)]).toEqual([input, outcome(GraphQLDateTimeISO)]);
    }
  });
});
