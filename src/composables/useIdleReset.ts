import { onScopeDispose, ref, watch } from 'vue'
import { useRoute } from 'vue-router'
import {
  createIdleTimer,
  idlePlanFor,
  idleScreenKind,
  type IdleClock,
  type IdleScreenKind,
  type StaffPresence,
} from '@/domain/idle-timer'
import { useSessionReset } from '@/composables/useSessionReset'
import { kiosk } from '@/services/kiosk'
import { useKioskStore } from '@/stores/kiosk'
import { useStaffStore } from '@/stores/staff'
import { useUiStore } from '@/stores/ui'

/** The inputs that show someone is at the screen. */
export const ACTIVITY_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const

export interface IdleResetOptions {
  /** Timers for tests that don't use fake timers; the browser's by default. */
  clock?: IdleClock
}

/**
 * The idle reset, used once at the app root. The screen and staff presence pick the idle time; input
 * restarts it; then the warning (ui.idleWarningOpen) counts down, and at zero the session is reset.
 * An idle reset also ends staff mode: staff who walked away must not leave the kiosk logged in.
 */
export function useIdleReset(options: IdleResetOptions = {}) {
  const route = useRoute()
  const kioskStore = useKioskStore()
  const staff = useStaffStore()
  const ui = useUiStore()
  const resetSession = useSessionReset()
  const secondsLeft = ref(0)

  const timer = createIdleTimer(
    {
      onPhase: (phase) => (ui.idleWarningOpen = phase === 'warning'),
      onCountdown: (seconds) => (secondsLeft.value = seconds),
      onExpire: () => void expire(),
    },
    options.clock,
  )

  async function expire(): Promise<void> {
    if (staff.active) {
      staff.leave()
      void kiosk().staffLogout()
    }
    await resetSession('idle')
  }

  function staffPresence(): StaffPresence {
    if (!staff.active) return 'absent'
    return staff.resetPaused ? 'reset-paused' : 'present'
  }

  function screenKind(): IdleScreenKind | null {
    if (route.meta.screen) return idleScreenKind(route.meta.screen)
    return route.meta.staffOnly ? 'staff-panel' : null
  }

  watch(
    [screenKind, () => kioskStore.config, () => staff.active, () => staff.resetPaused],
    ([kind, config]) => {
      timer.follow(config && kind ? idlePlanFor(kind, config, staffPresence()) : null)
    },
    { immediate: true },
  )

  // Something else closed the warning (a reset from elsewhere, Start over): the customer is back.
  watch(
    () => ui.idleWarningOpen,
    (open) => {
      if (!open && timer.phase === 'warning') timer.extend()
    },
  )

  const onActivity = () => timer.activity()
  for (const type of ACTIVITY_EVENTS) {
    window.addEventListener(type, onActivity, { capture: true, passive: true })
  }
  onScopeDispose(() => {
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true })
    timer.stop()
  })

  return {
    /** Whole seconds left in the warning. */
    secondsLeft,
    /** "I need more time". */
    extend: () => timer.extend(),
  }
}
