import type { LanguageCode } from '@shared/id-lists'
import en from './en'
import fr from './fr'
import type { CustomerMessages } from './schema'

/**
 * English and French are in the first-screen bundle (the law's two languages, and English is the
 * fallback). The others are separate chunks, loaded only when the store enables them.
 */
const LAZY_MESSAGES: Record<
  Exclude<LanguageCode, 'en' | 'fr'>,
  () => Promise<{ default: CustomerMessages }>
> = {
  'zh-Hans': () => import('./zh-Hans'),
  'zh-Hant': () => import('./zh-Hant'),
  pa: () => import('./pa'),
  ar: () => import('./ar'),
  es: () => import('./es'),
  tl: () => import('./tl'),
}

export async function loadMessages(language: LanguageCode): Promise<CustomerMessages> {
  if (language === 'en') return en
  if (language === 'fr') return fr
  return (await LAZY_MESSAGES[language]()).default
}
