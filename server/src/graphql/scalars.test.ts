import fc from 'fast-check';
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

  it('sends canonical text as it is (the consignment list reads its times so) and everything else as DateTimeISO does', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), (d) => {
        const text = d.toISOString();
        expect(DateTimeISOInput.serialize(text)).toBe(GraphQLDateTimeISO.serialize(d));
        expect(DateTimeISOInput.serialize(d)).toBe(text);
      }),
    );
    expect(DateTimeISOInput.serialize('2026-12-01T13:19:19.894+01:00')).toBe('2026-12-01T12:19:19.894Z');
    expect(() => DateTimeISOInput.serialize('yesterday')).toThrow();
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

  it('reads text of the canonical shape, field by field, to the same instant as DateTimeISO, and refuses what it refuses', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const outcome = (scalar: typeof GraphQLDateTimeISO, input: string) => {
      try {
        return { date: (scalar.parseValue(input) as Date).toISOString() };
      } catch (error) {
        return { error: (error as Error).message };
      }
    };
    // Every field a little past its range too: month 13, 30 February, hour 24, second 60, year 0099.
    const text = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 999 }))
      .map(([y, mo, d, h, mi, s, ms]) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}Z`);
    // And canonical text with one character replaced.
    const mangled = fc.tuple(fc.date({ min: new Date('0100-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), fc.nat(23), fc.string({ minLength: 1, maxLength: 1 })).map(([date, i, c]) => {
      const iso = date.toISOString();
      return iso.slice(0, i) + c + iso.slice(i + 1);
    });
    fc.assert(
      fc.property(fc.oneof(text, mangled), (input) => {
        expect(outcome(DateTimeISOInput, input)).toEqual(outcome(GraphQLDateTimeISO, input));
      }),
      { numRuns: 5_000 },
    );
    for (const leap of ['2024-02-29T00:00:00.000Z', '2000-02-29T12:00:00.000Z', '2100-02-29T00:00:00.000Z', '2023-02-29T00:00:00.000Z', '0099-12-31T23:59:59.999Z']) {
      expect(outcome(DateTimeISOInput, leap)).toEqual(outcome(GraphQLDateTimeISO, leap));
    }
  });
});
