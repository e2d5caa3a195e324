import type { HistoryState, RouterHistory } from 'vue-router'

type NavigationCallback = Parameters<RouterHistory['listen']>[0]
type NavigationInformation = Parameters<NavigationCallback>[2]

interface Entry {
  location: string
  state: HistoryState
}

/** As many entries as a browser keeps for a tab: Back works within a journey, nothing piles up. */
export const KIOSK_HISTORY_LIMIT = 50

/**
 * The router's history, kept in memory like vue-router's own memory history, but capped at `limit`
 * entries. The kiosk runs all day: vue-router's memory history keeps every screen of every customer,
 * so its memory grows with each session (a browser caps a tab's history; memory history does not).
 * The kiosk has no address bar and no browser Back button, so the address never follows the screen.
 */
export function createKioskHistory(limit = KIOSK_HISTORY_LIMIT): RouterHistory {
  let entries: Entry[] = [{ location: '', state: {} }]
  let position = 0
  let listeners: NavigationCallback[] = []

  const current = (): Entry => entries[position] ?? { location: '', state: {} }

  function add(location: string, state: HistoryState): void {
    entries = [...entries.slice(0, position + 1), { location, state }].slice(-limit)
    position = entries.length - 1
  }

  return {
    base: '',
    get location() {
      return current().location
    },
    get state() {
      return current().state
    },
    createHref: (location) => location,
    push: (location, state = {}) => add(location, state),
    replace(location, state = {}) {
      entries[position] = { location, state }
    },
    go(delta, triggerListeners = true) {
      const from = current().location
      position = Math.max(0, Math.min(position + delta, entries.length - 1))
      if (!triggerListeners) return
      const information = {
        type: 'pop',
        direction: delta < 0 ? 'back' : 'forward',
        delta,
      } as NavigationInformation
      for (const listener of listeners) listener(current().location, from, information)
    },
    listen(callback) {
      listeners.push(callback)
      return () => {
        listeners = listeners.filter((listener) => listener !== callback)
      }
    },
    destroy() {
      listeners = []
      entries = [{ location: '', state: {} }]
      position = 0
    },
  }
}
