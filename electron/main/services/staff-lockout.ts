import { z } from 'zod'
import { ok } from '../../shared/result'
import { PIN_ATTEMPTS_PER_ROUND } from '../../shared/staff'
import { openJsonStore, type StorageContext } from './json-store'

export const STAFF_LOCKOUT_FILE_NAME = 'staff-lockout.json'

/** Each full round of wrong PINs locks the pad longer: 30 s, 2 min, then 10 min every time. */
export const LOCK_DURATIONS_MS = [30_000, 120_000, 600_000] as const
const LONGEST_LOCK_MS = 600_000

const LockoutFileSchema = z.object({
  version: z.literal(1),
  failures: z.number().int().min(0),
  lockedUntil: z.iso.datetime().nullable(),
})
type LockoutFile = z.infer<typeof LockoutFileSchema>

export interface LockoutState {
  /** Set while the pad refuses PINs. */
  lockedUntil: Date | null
  attemptsLeft: number
}

export interface StaffLockout {
  state(): LockoutState
  recordFailure(): Promise<LockoutState>
  recordSuccess(): Promise<void>
}

/**
 * Counts wrong PINs since the last right one. Memory decides; the file only carries the count over a
 * restart (switching the kiosk off and on must not reset the lock), so a disk that can't be written
 * never disables the lock.
 */
export async function createStaffLockout(options: StorageContext): Promise<StaffLockout> {
  const { clock } = options
  const store = await openJsonStore<LockoutFile>({
    ...options,
    fileName: STAFF_LOCKOUT_FILE_NAME,
    schema: LockoutFileSchema,
    empty: () => ({ version: 1, failures: 0, lockedUntil: null }),
  })
  const saved = store.read()
  let failures = saved.failures
  let lockedUntil = saved.lockedUntil ? new Date(saved.lockedUntil) : null

  async function persist(): Promise<void> {
    const saved = { failures, lockedUntil: lockedUntil ? lockedUntil.toISOString() : null }
    await store.update((draft) => {
      Object.assign(draft, saved)
      return ok(null)
    })
  }

  function state(): LockoutState {
    const now = clock.now().getTime()
    if (lockedUntil && lockedUntil.getTime() > now) {
      // A clock set back (or a tampered file) must not lock the pad for longer than the longest lock.
      if (lockedUntil.getTime() > now + LONGEST_LOCK_MS) lockedUntil = new Date(now + LONGEST_LOCK_MS)
      return { lockedUntil, attemptsLeft: 0 }
    }
    return { lockedUntil: null, attemptsLeft: PIN_ATTEMPTS_PER_ROUND - (failures % PIN_ATTEMPTS_PER_ROUND) }
  }

  return {
    state,
    async recordFailure() {
      failures += 1
      if (failures % PIN_ATTEMPTS_PER_ROUND === 0) {
        const round = failures / PIN_ATTEMPTS_PER_ROUND
        const duration = LOCK_DURATIONS_MS[Math.min(round, LOCK_DURATIONS_MS.length) - 1] ?? LONGEST_LOCK_MS
        lockedUntil = new Date(clock.now().getTime() + duration)
      }
      await persist()
      return state()
    },
    async recordSuccess() {
      if (failures === 0 && !lockedUntil) return
      failures = 0
      lockedUntil = null
      await persist()
    },
  }
}
