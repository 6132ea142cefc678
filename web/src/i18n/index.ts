import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { LANGUAGES, type Language, type Messages } from './messages';
import { nl } from './nl';

export { createFormatters, dateLocale, type FormattedTexts, type Formatters, type FormatterTexts } from './formatters';
export { I18nProvider, useI18n, type I18n } from './I18nContext';
export { LANGUAGES, type Language, type Messages } from './messages';

const CATALOGUES: Record<Language, Messages> = { en, nl, de, fr };

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's languages that has a catalogue ("nl-BE" → "nl"), else English. */
export function pickLanguage(preferred: readonly string[] | undefined): Language {
  for (const tag of preferred ?? []) {
    const primary = tag.split('-')[0]?.toLowerCase() ?? '';
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** The language tags of an Accept-Language header, most wanted first ("nl-BE,nl;q=0.9,en;q=0.8"). */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';').map((piece) => piece.trim());
      const q = params.find((param) => param.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag, quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}

export function browserLanguage(): Language {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return pickLanguage(nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : []);
}

export function messagesFor(language: Language): Messages {
  return CATALOGUES[language];
}

/** Fills `{name}` placeholders; an unknown placeholder is left as written. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
