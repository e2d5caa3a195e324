import type { StoreConfig } from '@shared/store-config'
import type { ScreenId } from './journey-flow'

/** The shortest warning a customer gets before a reset, whatever the config says (WCAG 2.2.1 asks for 20 s). */
export const MIN_WARNING_SECONDS = 20

/** `staff-panel`: the staff screens, which must not stay open, logged in, when staff walk away. */
export type IdleScreenKind = 'welcome' | 'step' | 'summary' | 'done' | 'staff-panel'

/** Whether staff are at the kiosk, and whether they have switched the idle reset off. */
export type StaffPresence = 'absent' | 'present' | 'reset-paused'

export type IdleConfig = Pick<StoreConfig, 'idle'>

export function idleScreenKind(screen: ScreenId): IdleScreenKind {
  if (screen === 'welcome' || screen === 'summary' || screen === 'done') return screen
  return 'step'
}

/**
 * How long a screen may sit untouched before the warning, or null when nothing should run: on the
 * welcome screen (there is no session) and while staff have paused the reset. With staff present,
 * steps and the summary get at least the staff time; the done screen keeps its own short time. The staff
 * panel always gets the staff time.
 */
export function idleSecondsFor(
  kind: IdleScreenKind,
  config: IdleConfig,
  staff: StaffPresence,
): number | null {
  if (kind === 'welcome' || staff === 'reset-paused') return null
  const { stepSeconds, summarySeconds, doneSeconds, staffStepSeconds } = config.idle
  const withStaff = staff === 'present'
  switch (kind) {
    case 'step':
      return withStaff ? staffStepSeconds : stepSeconds
    case 'summary':
      return withStaff ? Math.max(summarySeconds, staffStepSeconds) : summarySeconds
    case 'done':
      return doneSeconds
    case 'staff-panel':
      return staffStepSeconds
  }
}

export function warningSecondsFor(config: IdleConfig): number {
  return Math.max(MIN_WARNING_SECONDS, config.idle.warningSeconds)
}

export interface IdlePlan {
  idleMs: number
  warningMs: number
}

export function idlePlanFor(kind: IdleScreenKind, config: IdleConfig, staff: StaffPresence): IdlePlan | null {
  const idleSeconds = idleSecondsFor(kind, config, staff)
  if (idleSeconds === null) return null
  return { idleMs: idleSeconds * 1000, warningMs: warningSecondsFor(config) * 1000 }
}

/** off: no plan (welcome, paused); idle: counting quietly; warning: the dialog counts down; expired: reset due. */
export type IdlePhase = 'off' | 'idle' | 'warning' | 'expired'

export interface IdleClock {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
  now(): number
}

export interface IdleTimerEvents {
  onPhase?(phase: IdlePhase): void
  /** Whole seconds left in the warning: once when it opens, then each second. */
  onCountdown?(secondsLeft: number): void
  onExpire(): void
}

export interface IdleTimer {
  readonly phase: IdlePhase
  /** Starts over with a new plan (another screen, staff came or went); null switches the timer off. */
  follow(plan: IdlePlan | null): void
  /** Input while counting quietly restarts the idle time. During the warning only `extend` ends it. */
  activity(): void
  /** "I need more time": back to a full idle time; the next warning counts down from the top again. */
  extend(): void
  stop(): void
}

/** Looks the globals up on each call, so fake timers installed after this module loads still apply. */
const globalClock: IdleClock = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
}

const SECOND = 1000

export function createIdleTimer(events: IdleTimerEvents, clock: IdleClock = globalClock): IdleTimer {
  let phase: IdlePhase = 'off'
  let plan: IdlePlan | null = null
  let phaseTimer: unknown = null
  let tickTimer: unknown = null
  let warningEndsAt = 0

  function clearTimers(): void {
    if (phaseTimer !== null) clock.clearTimeout(phaseTimer)
    if (tickTimer !== null) clock.clearTimeout(tickTimer)
    phaseTimer = null
    tickTimer = null
  }

  function enter(next: IdlePhase): void {
    if (phase === next) return
    phase = next
    events.onPhase?.(next)
  }

  function startIdle(): void {
    clearTimers()
    if (!plan) {
      enter('off')
      return
    }
    enter('idle')
    phaseTimer = clock.setTimeout(startWarning, plan.idleMs)
  }

  function startWarning(): void {
    if (!plan) return
    clearTimers()
    warningEndsAt = clock.now() + plan.warningMs
    phaseTimer = clock.setTimeout(expire, plan.warningMs)
    enter('warning')
    events.onCountdown?.(Math.ceil(plan.warningMs / SECOND))
    tickTimer = clock.setTimeout(tick, SECOND)
  }

  function tick(): void {
    const left = Math.max(0, warningEndsAt - clock.now())
    events.onCountdown?.(Math.ceil(left / SECOND))
    tickTimer = clock.setTimeout(tick, SECOND)
  }

  function expire(): void {
    clearTimers()
    enter('expired')
    events.onExpire()
  }

  return {
    get phase() {
      return phase
    },
    follow(next) {
      plan = next
      startIdle()
    },
    activity() {
      if (phase === 'idle') startIdle()
    },
    extend() {
      if (phase === 'idle' || phase === 'warning') startIdle()
    },
    stop() {
      plan = null
      startIdle()
    },
  }
}
