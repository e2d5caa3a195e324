import { defineStore } from 'pinia'
import { ref } from 'vue'

/** Screen furniture that a reset must close: dialogs. */
export const useUiStore = defineStore('ui', () => {
  const callStaffOpen = ref(false)
  /** The idle warning (useIdleReset opens it; a reset closes it with the rest). */
  const idleWarningOpen = ref(false)
  /** The staff PIN pad, opened by holding the store name. */
  const staffPinOpen = ref(false)

  function closeDialogs(): void {
    callStaffOpen.value = false
    idleWarningOpen.value = false
    staffPinOpen.value = false
  }

  return { callStaffOpen, idleWarningOpen, staffPinOpen, closeDialogs }
})
