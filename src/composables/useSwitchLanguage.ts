import { useI18n } from 'vue-i18n'
import type { LanguageCode } from '@shared/id-lists'
import { installLanguages } from '@/i18n'
import { loadScriptFonts } from '@/fonts/script-fonts'

/**
 * Switches the screen to a language once its words and font are in. They are usually loaded already
 * (in the background after the first screen); a customer who taps faster waits for them, instead of
 * seeing English for a moment. A language that fails to load leaves the screen in English.
 */
export function useSwitchLanguage() {
  const composer = useI18n({ useScope: 'global' })

  return async function switchTo(language: LanguageCode): Promise<void> {
    try {
      await Promise.all([installLanguages(composer, [language]), loadScriptFonts([language])])
    } catch (error) {
      console.warn('A language could not be loaded', error)
    }
    composer.locale.value = language
  }
}
