import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { StaffCheckId } from '@shared/journey'

/**
 * Staff presence at the kiosk. `active` while a staff member is logged in; `resetPaused` while they
 * have switched the idle reset off. The assisted walkthrough's checks belong to the customer's session
 * and are cleared with it (`endSession`); logging out also turns the idle reset back on.
 */
export const useStaffStore = defineStore('staff', () => {
  const active = ref(false)
  const resetPaused = ref(false)
  /** True once staff were present during the current customer session. */
  const assistedThisSession = ref(false)
  const verifiedChecks = ref<StaffCheckId[]>([])

  const assistedChecks = computed<StaffCheckId[] | null>(() =>
    assistedThisSession.value ? [...verifiedChecks.value] : null,
  )

  function enter(): void {
    active.value = true
    assistedThisSession.value = true
  }

  function leave(): void {
    active.value = false
    resetPaused.value = false
  }

  function setResetPaused(paused: boolean): void {
    resetPaused.value = active.value && paused
  }

  function setCheck(check: StaffCheckId, verified: boolean): void {
    const others = verifiedChecks.value.filter((id) => id !== check)
    verifiedChecks.value = verified ? [...others, check] : others
  }

  /** Forgets the session's assisted checks; staff presence itself is left as it is. */
  function endSession(): void {
    verifiedChecks.value = []
    assistedThisSession.value = active.value
  }

  return {
    active,
    resetPaused,
    assistedThisSession,
    verifiedChecks,
    assistedChecks,
    enter,
    leave,
    setResetPaused,
    setCheck,
    endSession,
  }
})
