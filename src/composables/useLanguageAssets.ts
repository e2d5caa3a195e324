import { ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import type { LanguageCode } from '@shared/id-lists'
import { installLanguages } from '@/i18n'
import { loadScriptFonts } from '@/fonts/script-fonts'
import { useKioskStore } from '@/stores/kiosk'
import { afterPaintInBackground } from '@/services/background-task'

/**
 * The words and fonts of every language the store offers, fetched in the background when the config
 * names them (and again if staff enable another). `ready` turns true after the first `prepare` (the
 * app's first one is the default language alone), even one that failed: the kiosk then shows English
 * rather than nothing.
 */
export function useLanguageAssets() {
  const composer = useI18n({ useScope: 'global' })
  const kioskStore = useKioskStore()
  const ready = ref(false)
  /** Every enabled language's words and fonts are in (or failed): the background load is over. */
  const allLoaded = ref(false)

  async function prepare(languages: readonly LanguageCode[]): Promise<void> {
    try {
      await Promise.all([installLanguages(composer, languages), loadScriptFonts(languages)])
    } catch (error) {
      console.warn('A language could not be loaded', error)
    } finally {
      ready.value = true
    }
  }

  // After the next frame is painted: the first screen comes before the other languages' words and fonts.
  watch(
    () => kioskStore.config?.languages.enabled,
    (enabled) => {
      if (!enabled) return
      allLoaded.value = false
      afterPaintInBackground(() => void prepare(enabled).then(() => (allLoaded.value = true)))
    },
  )

  return { ready, allLoaded, prepare }
}
