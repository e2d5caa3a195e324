import { defineStore } from 'pinia'
import { ref } from 'vue'

/** Screen furniture that a reset must close: dialogs. */
export const useUiStore = defineStore('ui', () => {
  const callStaffOpen = ref(false)

  function closeDialogs(): void {
    callStaffOpen.value = false
  }

  return { callStaffOpen, closeDialogs }
})
