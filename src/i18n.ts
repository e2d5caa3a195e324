import { createI18n } from 'vue-i18n'
import type { LanguageCode } from '@shared/id-lists'
import { messages, type MessageSchema } from './locales'

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
