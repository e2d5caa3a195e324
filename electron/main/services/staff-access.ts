import { fail, ok, type KioskResult } from '../../shared/result'
import type { StaffStatus } from '../../shared/staff'
import type { ConfigEditor } from './config-editor'
import type { ConfigService } from './config-service'
import type { Logger } from './logger'
import type { StaffLockout } from './staff-lockout'
import { hashPin, isPinHash, verifyPin, type ScryptCost } from './staff-pin'
import type { StaffSession } from './staff-session'

export interface StaffAccessOptions {
  config: ConfigService
  editor: ConfigEditor
  lockout: StaffLockout
  session: StaffSession
  logger: Logger
  /** Tests lower it; the kiosk uses the default. */
  pinCost?: ScryptCost | undefined
}

/** The PIN pad's side in main: first-run PIN, login with lockout, logout, PIN change. */
export interface StaffAccess {
  status(): StaffStatus
  /** First run only: sets the PIN and logs in. */
  setPin(pin: string): Promise<KioskResult<StaffStatus>>
  login(pin: string): Promise<KioskResult<StaffStatus>>
  logout(): StaffStatus
  /** For a logged-in staff member (the caller checks). */
  changePin(pin: string): Promise<KioskResult<null>>
  /** Whether a staff-only call may run now; keeps the session alive when it may. */
  allowStaffCall(): boolean
}

export function createStaffAccess(options: StaffAccessOptions): StaffAccess {
  const { config, editor, lockout, session, logger } = options
  // PINs are checked one at a time: parallel guesses must not slip in before the lock is recorded.
  let tail: Promise<unknown> = Promise.resolve()
  function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task)
    tail = run.catch(() => undefined)
    return run
  }

  const pinHash = () => config.current().staff.pinHash

  function status(): StaffStatus {
    const lock = lockout.state()
    return {
      pinSet: pinHash() !== null,
      loggedIn: session.isActive(),
      lockedUntil: lock.lockedUntil ? lock.lockedUntil.toISOString() : null,
      attemptsLeft: lock.attemptsLeft,
    }
  }

  function locked(lockedUntil: Date): KioskResult<never> {
    return fail('pin-locked', 'Too many wrong PINs: the pad is locked for now', {
      attemptsLeft: 0,
      lockedUntil: lockedUntil.toISOString(),
    })
  }

  return {
    status,

    setPin: (pin) =>
      oneAtATime(async () => {
        if (pinHash() !== null)
          return fail('pin-already-set', 'A staff PIN is already set: log in to change it')
        const saved = await editor.savePinHash(await hashPin(pin, options.pinCost))
        if (!saved.ok) return saved
        await lockout.recordSuccess()
        session.start()
        logger.log('info', 'staff-pin-set')
        return ok(status())
      }),

    login: (pin) =>
      oneAtATime(async () => {
        const stored = pinHash()
        if (stored === null) return fail('pin-not-set', 'No staff PIN yet: set one first')
        const before = lockout.state()
        if (before.lockedUntil) return locked(before.lockedUntil)
        if (!isPinHash(stored)) logger.log('error', 'staff-pin-hash-unreadable')
        if (await verifyPin(pin, stored)) {
          await lockout.recordSuccess()
          session.start()
          logger.log('info', 'staff-login')
          return ok(status())
        }
        const after = await lockout.recordFailure()
        logger.log('warn', 'staff-pin-wrong', { locked: after.lockedUntil !== null })
        if (after.lockedUntil) return locked(after.lockedUntil)
        return fail('pin-wrong', 'Wrong PIN', { attemptsLeft: after.attemptsLeft })
      }),

    logout() {
      if (session.isActive()) logger.log('info', 'staff-logout')
      session.end()
      return status()
    },

    changePin: (pin) =>
      oneAtATime(async () => {
        const saved = await editor.savePinHash(await hashPin(pin, options.pinCost))
        if (saved.ok) logger.log('info', 'staff-pin-changed')
        return saved
      }),

    allowStaffCall: () => session.touch(),
  }
}
