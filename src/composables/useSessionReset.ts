import { useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { useSessionStore } from '@/stores/session'
import { useKioskStore } from '@/stores/kiosk'
import { useUiStore } from '@/stores/ui'
import { useStaffStore } from '@/stores/staff'
import { useAccessibilityStore } from '@/stores/accessibility'
import { kiosk } from '@/services/kiosk'
import type { LanguageCode } from '@shared/id-lists'
import { sessionEndedStatistic, type ResetReason } from '@/domain/session-end'

export type { ResetReason }

/**
 * The one way a session ends, whatever ended it (idle, Start over, done): answers gone, dialogs closed,
 * language back to the store's default, scroll at the top, and the welcome screen again. The session is
 * counted (anonymous codes only) before its answers go, and the window's web storage is cleared after.
 */
export function useSessionReset() {
  const router = useRouter()
  const { locale } = useI18n({ useScope: 'global' })
  const session = useSessionStore()
  const kioskStore = useKioskStore()
  const ui = useUiStore()
  const staff = useStaffStore()
  const accessibility = useAccessibilityStore()

  return async function resetSession(reason: ResetReason): Promise<void> {
    const ended = sessionEndedStatistic({
      reason,
      screen: router.currentRoute.value.meta.screen ?? 'welcome',
      answers: session.answers,
      verdict: session.verdict?.kind ?? null,
      assisted: staff.assistedThisSession,
      shownLanguage: locale.value as LanguageCode,
    })
    session.reset()
    staff.endSession()
    accessibility.reset()
    ui.closeDialogs()
    if (kioskStore.config) locale.value = kioskStore.config.languages.default
    window.scrollTo(0, 0)
    await router.replace({ name: 'welcome' })
    void kiosk().logEvent({ event: 'session-reset', reason })
    if (ended) void kiosk().recordStatistic(ended)
    void kiosk().clearSessionData()
  }
}
