import { nextTick, watch, watchEffect } from 'vue'
import { useRoute } from 'vue-router'
import { useAccessibilityStore } from '@/stores/accessibility'
import { useReadAloud } from './useReadAloud'

/** Focuses the screen's heading, so keyboard and screen-reader users start at the question. */
export function focusScreenHeading(): void {
  const heading = document.querySelector<HTMLElement>('[data-screen] h1')
  if (!heading) return
  heading.tabIndex = -1
  heading.focus({ preventScroll: true })
}

/**
 * Used once, in App.vue: puts the accessibility settings on <html> (the CSS does the rest), moves focus
 * to each new screen's heading, and reads the new screen aloud when the customer asked for it.
 */
export function useAccessibilityEffects(): void {
  const route = useRoute()
  const settings = useAccessibilityStore()
  const speech = useReadAloud()

  watchEffect(() => {
    const root = document.documentElement
    root.dataset['textSize'] = settings.textSize
    root.dataset['contrast'] = settings.highContrast ? 'high' : 'normal'
    root.toggleAttribute('data-lowered', settings.lowered)
  })

  watch(
    () => route.fullPath,
    async () => {
      await nextTick()
      // A new screen starts at its top, whatever the last one was scrolled to.
      window.scrollTo(0, 0)
      focusScreenHeading()
      if (settings.readAloud) speech.readScreen()
    },
    { flush: 'post' },
  )

  watch(
    () => settings.readAloud,
    (on) => (on ? speech.readScreen() : speech.stop()),
  )
}
