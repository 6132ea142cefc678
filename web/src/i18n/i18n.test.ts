import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { acceptedLanguages, createFormatters, pickLanguage, type FormattedTexts } from '.';

describe('acceptedLanguages', () => {
  it('orders the tags of an Accept-Language header by their weight, then as written', () => {
    expect(acceptedLanguages('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5')).toEqual(['fr-CH', 'fr', 'en', 'de']);
    expect(acceptedLanguages('en;q=0.2, nl-BE;q=0.9, de')).toEqual(['de', 'nl-BE', 'en']);
    expect(acceptedLanguages('nl;q=0, en')).toEqual(['en']);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(acceptedLanguages('')).toEqual([]);
  });

  it('picks the first language with a catalogue', () => {
    expect(pickLanguage(acceptedLanguages('es-ES, nl;q=0.8, de;q=0.9'))).toBe('de');
    expect(pickLanguage(acceptedLanguages('es'))).toBe('en');
  });
});

describe('formatters with texts', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('record every text they write', () => {
    const record: FormattedTexts = {};
    const format = createFormatters('nl-NL', 'en', 'just now', { record });
    const written = [
      format.dateTime('2026-03-01T10:00:00Z', 'Europe/Amsterdam'),
      format.dateTimeRange('2026-03-01T10:00:00Z', '2026-03-01T12:00:00Z', 'Europe/Berlin'),
      format.weightKg(1234.5),
      format.ago('2026-03-01T09:57:00Z', Date.parse('2026-03-01T10:00:00Z')),
    ];
    expect(Object.values(record)).toEqual(written);
    expect(written[2]).toBe('1.234,5\u00a0kg');
  });

  it('write the known texts as they are, and build no Intl formatter for them', () => {
    const record: FormattedTexts = {};
    const server = createFormatters('de-DE', 'de', 'gerade eben', { record });
    server.dateTime('2026-03-01T10:00:00Z', 'Europe/Berlin');
    server.number(42);
    const known = Object.fromEntries(Object.keys(record).map((key) => [key, `server: ${record[key]}`]));
    const dateTimeFormat = jest.spyOn(Intl, 'DateTimeFormat');
    const numberFormat = jest.spyOn(Intl, 'NumberFormat');
    const browser = createFormatters('de-DE', 'de', 'gerade eben', { known });
    expect(browser.dateTime('2026-03-01T10:00:00Z', 'Europe/Berlin')).toMatch(/^server: /);
    expect(browser.number(42)).toBe(`server: ${record[Object.keys(record)[1]!]}`);
    expect(dateTimeFormat).not.toHaveBeenCalled();
    expect(numberFormat).not.toHaveBeenCalled();
    // Anything else is written here, as before.
    expect(browser.number(7)).toBe('7');
    expect(numberFormat).toHaveBeenCalled();
  });

  it('keep texts apart by locale', () => {
    const record: FormattedTexts = {};
    createFormatters('nl-NL', 'nl', undefined, { record }).number(1234.5, 1);
    expect(createFormatters('en-GB', 'en', undefined, { known: record }).number(1234.5, 1)).toBe('1,234.5');
  });

  it('fall back to UTC for a time zone Intl does not know', () => {
    const format = createFormatters('en-GB', 'en');
    expect(format.dateTime('2026-03-01T10:00:00Z', 'Mars/Olympus')).toBe(format.dateTime('2026-03-01T10:00:00Z', 'UTC'));
  });
});
