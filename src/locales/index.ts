import type { LanguageCode } from '@shared/id-lists'
import en, { type MessageSchema } from './en'

/**
 * The words vue-i18n starts with: English, the fallback for every language. The others, French
 * included, are fetched from their own chunk when the store offers them (locales/loader.ts).
 */
export const messages: Partial<Record<LanguageCode, MessageSchema>> = { en }

/** BCP 47 tags for Intl and the html lang attribute. */
export const LOCALE_TAGS: Record<LanguageCode, string> = {
  en: 'en-CA',
  fr: 'fr-CA',
  'zh-Hans': 'zh-Hans-CA',
  'zh-Hant': 'zh-Hant-CA',
  pa: 'pa-Guru-CA',
  // Western digits: ticket numbers, prices and times read the same on screen, on the slip and to staff.
  ar: 'ar-u-nu-latn',
  es: 'es',
  tl: 'fil',
}

export function isRightToLeft(language: LanguageCode): boolean {
  return language === 'ar'
}

/**
 * Each language's name in its own words, for the language buttons. Kept here, not only in the lazy
 * locale files, so the buttons never wait for a chunk; a test checks each file's `language.name` agrees.
 */
export const LANGUAGE_NAMES: Record<LanguageCode, string> = {
  en: 'English',
  fr: 'Français',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  pa: 'ਪੰਜਾਬੀ',
  ar: 'العربية',
  es: 'Español',
  tl: 'Tagalog',
}

export function languageName(language: LanguageCode): string {
  return LANGUAGE_NAMES[language]
}

export type { MessageSchema }
export type { CustomerMessages } from './schema'
