import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createFormatters, type Formatters, type FormatterTexts } from './formatters';
import type { Language, Messages } from './messages';

export interface I18n {
  language: Language;
  messages: Messages;
  format: Formatters;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  language,
  messages,
  organizationLocale,
  texts,
  children,
}: {
  language: Language;
  messages: Messages;
  /** The tenant's BCP 47 locale, for date and number conventions. */
  organizationLocale: string;
  /** Texts the server wrote (a server-rendered page), or where to record them (the server). */
  texts?: FormatterTexts;
  children: ReactNode;
}) {
  const value = useMemo<I18n>(
    () => ({ language, messages, format: createFormatters(organizationLocale, language, messages.time.justNow, texts) }),
    [language, messages, organizationLocale, texts],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() needs an <I18nProvider> above it');
  return value;
}
