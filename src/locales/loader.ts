import type { LanguageCode } from '@shared/id-lists'
import en from './en'
import type { CustomerMessages } from './schema'

/**
 * English is in the first-screen bundle (it is the fallback). Every other language, French included, is
 * its own chunk, loaded only when the store enables it: the store's default language before the first
 * screen, the others just after it is painted.
 */
const LAZY_MESSAGES: Record<Exclude<LanguageCode, 'en'>, () => Promise<{ default: CustomerMessages }>> = {
  fr: () => import('./fr'),
  'zh-Hans': () => import('./zh-Hans'),
  'zh-Hant': () => import('./zh-Hant'),
  pa: () => import('./pa'),
  ar: () => import('./ar'),
  es: () => import('./es'),
  tl: () => import('./tl'),
}

export async function loadMessages(language: LanguageCode): Promise<CustomerMessages> {
  if (language === 'en') return en
  return (await LAZY_MESSAGES[language]()).default
}
