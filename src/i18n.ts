import { createI18n } from 'vue-i18n'
import type { LanguageCode } from '@shared/id-lists'
import { messages, type MessageSchema } from './locales'
import { loadMessages } from './locales/loader'

export function createKioskI18n(locale: LanguageCode = 'en') {
  return createI18n<[MessageSchema], LanguageCode, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: messages as Record<LanguageCode, MessageSchema>,
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type KioskI18n = ReturnType<typeof createKioskI18n>

/** Makes sure the words of each language are installed (the lazy ones are fetched from their chunk once). */
export async function installLanguages(
  global: {
    availableLocales: readonly string[]
    setLocaleMessage(locale: LanguageCode, words: MessageSchema): void
  },
  languages: readonly LanguageCode[],
): Promise<void> {
  const missing = languages.filter((language) => !global.availableLocales.includes(language))
  const loaded = await Promise.all(
    missing.map(async (language) => [language, await loadMessages(language)] as const),
  )
  // Customer-only languages have no staff section; vue-i18n falls back to English for those keys.
  for (const [language, words] of loaded) global.setLocaleMessage(language, words as MessageSchema)
}
