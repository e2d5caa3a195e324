import type { LanguageCode } from '@shared/id-lists'
import en, { type MessageSchema } from './en'
import fr from './fr'

/** Every language the renderer has words for. The store config picks which of them are offered. */
export const messages: Partial<Record<LanguageCode, MessageSchema>> = { en, fr }

/** BCP 47 tags for Intl and the html lang attribute. */
export const LOCALE_TAGS: Record<LanguageCode, string> = {
  en: 'en-CA',
  fr: 'fr-CA',
  'zh-Hans': 'zh-Hans-CA',
  'zh-Hant': 'zh-Hant-CA',
  pa: 'pa-Guru-CA',
  ar: 'ar',
  es: 'es',
  tl: 'fil',
}

export function isRightToLeft(language: LanguageCode): boolean {
  return language === 'ar'
}

export function hasMessages(language: LanguageCode): boolean {
  return messages[language] !== undefined
}

/** Each language's name in its own words, for the language buttons. */
export function languageName(language: LanguageCode): string {
  return messages[language]?.language.name ?? language
}

export type { MessageSchema }
