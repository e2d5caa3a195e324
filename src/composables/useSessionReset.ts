import { useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { useSessionStore } from '@/stores/session'
import { useKioskStore } from '@/stores/kiosk'
import { useUiStore } from '@/stores/ui'
import { useStaffStore } from '@/stores/staff'
import { kiosk } from '@/services/kiosk'

export type ResetReason = 'idle' | 'start-over' | 'finished'

/**
 * The one way a session ends, whatever ended it (idle, Start over, done): answers gone, dialogs closed,
 * language back to the store's default, scroll at the top, and the welcome screen again.
 */
export function useSessionReset() {
  const router = useRouter()
  const { locale } = useI18n({ useScope: 'global' })
  const session = useSessionStore()
  const kioskStore = useKioskStore()
  const ui = useUiStore()
  const staff = useStaffStore()

  return async function resetSession(reason: ResetReason): Promise<void> {
    session.reset()
    staff.endSession()
    ui.closeDialogs()
    if (kioskStore.config) locale.value = kioskStore.config.languages.default
    window.scrollTo(0, 0)
    await router.replace({ name: 'welcome' })
    void kiosk().logEvent({ event: 'session-reset', reason })
  }
}
