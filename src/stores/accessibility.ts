import { defineStore } from 'pinia'
import { ref } from 'vue'

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const
export type TextSize = (typeof TEXT_SIZES)[number]

export interface AccessibilitySettings {
  textSize: TextSize
  highContrast: boolean
  readAloud: boolean
  lowered: boolean
}

export function defaultAccessibility(): AccessibilitySettings {
  return { textSize: 'normal', highContrast: false, readAloud: false, lowered: false }
}

/**
 * A customer's display and speech choices. They belong to the session: the one reset path puts them
 * back to the defaults, so the next customer starts from the same screen.
 */
export const useAccessibilityStore = defineStore('accessibility', () => {
  const initial = defaultAccessibility()
  const textSize = ref<TextSize>(initial.textSize)
  const highContrast = ref(initial.highContrast)
  const readAloud = ref(initial.readAloud)
  const lowered = ref(initial.lowered)

  /** Normal → large → larger → normal: one button, three steps. */
  function nextTextSize(): void {
    textSize.value = TEXT_SIZES[(TEXT_SIZES.indexOf(textSize.value) + 1) % TEXT_SIZES.length] ?? 'normal'
  }

  function reset(): void {
    const defaults = defaultAccessibility()
    textSize.value = defaults.textSize
    highContrast.value = defaults.highContrast
    readAloud.value = defaults.readAloud
    lowered.value = defaults.lowered
  }

  return { textSize, highContrast, readAloud, lowered, nextTextSize, reset }
})
