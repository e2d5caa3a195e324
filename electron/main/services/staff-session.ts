import type { Clock } from './clock'

/**
 * Ends a staff session nobody has used for this long, in case the screen never logs out (a renderer
 * reloaded after a crash starts on the customer side, but main would still trust it).
 */
export const STAFF_SESSION_IDLE_MS = 30 * 60_000

/** Whether a staff member is logged in. Memory only: a restart always starts on the customer side. */
export interface StaffSession {
  start(): void
  end(): void
  /** True while logged in; each staff call that asks keeps the session alive. */
  touch(): boolean
  isActive(): boolean
}

export function createStaffSession(clock: Clock, idleMs = STAFF_SESSION_IDLE_MS): StaffSession {
  let lastUse: number | null = null
  const isActive = () => lastUse !== null && clock.now().getTime() - lastUse < idleMs
  return {
    start() {
      lastUse = clock.now().getTime()
    },
    end() {
      lastUse = null
    },
    touch() {
      if (!isActive()) {
        lastUse = null
        return false
      }
      lastUse = clock.now().getTime()
      return true
    },
    isActive,
  }
}
