import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { LanguageCode } from '@shared/id-lists'
import { LOCALE_TAGS } from '@/locales'
import { useKioskStore } from '@/stores/kiosk'

/** The panel's BCP 47 tag and the store's time zone, for Intl. */
export function usePanelLocale() {
  const { locale } = useI18n()
  const kiosk = useKioskStore()
  const tag = computed(() => LOCALE_TAGS[locale.value as LanguageCode] ?? 'en-CA')
  const timeZone = computed(() => kiosk.config?.store.timeZone ?? 'America/Toronto')
  return { tag, timeZone }
}
