import { onScopeDispose } from 'vue'

export interface LongPressOptions {
  /** How long the press must be held. */
  ms?: number
}

/**
 * A press held for `ms` calls `onLongPress`; lifting, cancelling or leaving before then does nothing.
 * A plain setTimeout, so a test's fake clock (page.clock, vi.useFakeTimers) moves it.
 */
export function useLongPress(onLongPress: () => void, options: LongPressOptions = {}) {
  const ms = options.ms ?? 3000
  let timer: ReturnType<typeof setTimeout> | null = null

  function cancel(): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  function start(): void {
    cancel()
    timer = setTimeout(() => {
      timer = null
      onLongPress()
    }, ms)
  }

  onScopeDispose(cancel)

  return {
    onPointerdown: start,
    onPointerup: cancel,
    onPointercancel: cancel,
    onPointerleave: cancel,
  }
}
