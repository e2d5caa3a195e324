import { nextTick, watch, type Ref } from 'vue'

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])'

/** Where Tab (or Shift+Tab) goes from position `current` among `count` items, wrapping at both ends. */
export function wrappedIndex(count: number, current: number, backwards: boolean): number {
  if (count === 0) return -1
  if (current < 0) return backwards ? count - 1 : 0
  return (current + (backwards ? count - 1 : 1)) % count
}

/**
 * A modal dialog's focus: on opening, focus goes into the dialog (to `initial`, or its first control);
 * Tab and Shift+Tab stay inside it; on closing, focus goes back where it was, if that is still on screen.
 * Bind the returned `onKeydown` on the dialog element.
 */
export function useModalFocus(
  isOpen: () => boolean,
  dialog: Ref<HTMLElement | null>,
  initial?: Ref<HTMLElement | null>,
) {
  let focusedBefore: HTMLElement | null = null

  watch(
    isOpen,
    async (open) => {
      if (!open) {
        if (focusedBefore?.isConnected) focusedBefore.focus()
        focusedBefore = null
        return
      }
      focusedBefore = document.activeElement instanceof HTMLElement ? document.activeElement : null
      await nextTick()
      const first = initial?.value ?? dialog.value?.querySelector<HTMLElement>(FOCUSABLE)
      first?.focus()
    },
    { immediate: true },
  )

  function onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || !dialog.value) return
    const controls = [...dialog.value.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const current = controls.indexOf(document.activeElement as HTMLElement)
    const next = controls[wrappedIndex(controls.length, current, event.shiftKey)]
    event.preventDefault()
    next?.focus()
  }

  return { onKeydown }
}
