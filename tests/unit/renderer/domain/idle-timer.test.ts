import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createIdleTimer,
  idlePlanFor,
  idleScreenKind,
  idleSecondsFor,
  warningSecondsFor,
  type IdlePhase,
  type IdleScreenKind,
  type StaffPresence,
} from '@/domain/idle-timer'
import type { ScreenId } from '@/domain/journey-flow'

const idle = {
  stepSeconds: 90,
  summarySeconds: 60,
  doneSeconds: 30,
  warningSeconds: 25,
  staffStepSeconds: 600,
}
const config = { idle }

describe('idleSecondsFor', () => {
  it.each<[IdleScreenKind, StaffPresence, number | null]>([
    ['welcome', 'absent', null],
    ['welcome', 'present', null],
    ['step', 'absent', 90],
    ['summary', 'absent', 60],
    ['done', 'absent', 30],
    ['step', 'present', 600],
    ['summary', 'present', 600],
    ['done', 'present', 30],
    ['step', 'reset-paused', null],
    ['summary', 'reset-paused', null],
    ['done', 'reset-paused', null],
    ['staff-panel', 'present', 600],
    ['staff-panel', 'reset-paused', null],
  ])('on a %s screen with staff %s gives %s', (kind, staff, seconds) => {
    expect(idleSecondsFor(kind, config, staff)).toBe(seconds)
  })

  it('never shortens the summary for staff when the summary time is already the longer one', () => {
    const long = { idle: { ...idle, summarySeconds: 900, staffStepSeconds: 300 } }
    expect(idleSecondsFor('summary', long, 'present')).toBe(900)
  })
})

describe('idleScreenKind', () => {
  it.each<[ScreenId, IdleScreenKind]>([
    ['welcome', 'welcome'],
    ['language', 'step'],
    ['situation', 'step'],
    ['id-documents', 'step'],
    ['appointment', 'step'],
    ['fees', 'step'],
    ['summary', 'summary'],
    ['done', 'done'],
  ])('%s is a %s screen', (screen, kind) => {
    expect(idleScreenKind(screen)).toBe(kind)
  })
})

describe('warningSecondsFor', () => {
  it('is the config’s warning time', () => {
    expect(warningSecondsFor(config)).toBe(25)
  })

  it('is never under 20 seconds, whatever the config says', () => {
    expect(warningSecondsFor({ idle: { ...idle, warningSeconds: 5 } })).toBe(20)
  })
})

describe('the idle timer', () => {
  const plan = { idleMs: 90_000, warningMs: 20_000 }
  let phases: IdlePhase[]
  let countdown: number[]
  let expired: number

  function startTimer() {
    const timer = createIdleTimer({
      onPhase: (phase) => phases.push(phase),
      onCountdown: (seconds) => countdown.push(seconds),
      onExpire: () => (expired += 1),
    })
    timer.follow(plan)
    return timer
  }

  beforeEach(() => {
    vi.useFakeTimers()
    phases = []
    countdown = []
    expired = 0
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('warns exactly at the idle time, not a millisecond earlier', () => {
    const timer = startTimer()
    vi.advanceTimersByTime(89_999)
    expect(timer.phase).toBe('idle')
    vi.advanceTimersByTime(1)
    expect(timer.phase).toBe('warning')
  })

  it('counts the warning down from the top, a second at a time', () => {
    startTimer()
    vi.advanceTimersByTime(90_000)
    expect(countdown).toEqual([20])
    vi.advanceTimersByTime(3_000)
    expect(countdown).toEqual([20, 19, 18, 17])
  })

  it('lasts the whole warning time before it expires', () => {
    const timer = startTimer()
    vi.advanceTimersByTime(90_000 + 19_999)
    expect(timer.phase).toBe('warning')
    expect(expired).toBe(0)
    vi.advanceTimersByTime(1)
    expect(timer.phase).toBe('expired')
    expect(expired).toBe(1)
  })

  it('expires once and then stays quiet', () => {
    startTimer()
    vi.advanceTimersByTime(10 * 60_000)
    expect(expired).toBe(1)
    expect(phases).toEqual(['idle', 'warning', 'expired'])
  })

  it('restarts the idle time on activity', () => {
    const timer = startTimer()
    vi.advanceTimersByTime(80_000)
    timer.activity()
    vi.advanceTimersByTime(89_999)
    expect(timer.phase).toBe('idle')
    vi.advanceTimersByTime(1)
    expect(timer.phase).toBe('warning')
  })

  it('leaves the warning to "I need more time": stray activity does not end it', () => {
    const timer = startTimer()
    vi.advanceTimersByTime(90_000)
    timer.activity()
    expect(timer.phase).toBe('warning')
  })

  it('extends 25 times in a row, each time with a full idle time and a countdown from the top', () => {
    const timer = startTimer()
    for (let round = 1; round <= 25; round += 1) {
      countdown = []
      vi.advanceTimersByTime(89_999)
      expect(timer.phase).toBe('idle')
      vi.advanceTimersByTime(1)
      expect(timer.phase).toBe('warning')
      expect(countdown).toEqual([20])
      vi.advanceTimersByTime(15_000)
      expect(countdown.at(-1)).toBe(5)
      timer.extend()
      expect(timer.phase).toBe('idle')
    }
    expect(expired).toBe(0)
  })

  it('does nothing when there is no plan (the welcome screen)', () => {
    const timer = createIdleTimer({ onExpire: () => (expired += 1) })
    timer.follow(null)
    vi.advanceTimersByTime(24 * 60 * 60_000)
    expect(timer.phase).toBe('off')
    expect(expired).toBe(0)
  })

  it('switches off mid-warning when the plan goes away (staff paused the reset)', () => {
    const timer = startTimer()
    vi.advanceTimersByTime(95_000)
    timer.follow(null)
    expect(timer.phase).toBe('off')
    vi.advanceTimersByTime(60_000)
    expect(expired).toBe(0)
  })

  it('starts over with a new plan from the top', () => {
    const timer = startTimer()
    vi.advanceTimersByTime(85_000)
    timer.follow({ idleMs: 600_000, warningMs: 20_000 })
    vi.advanceTimersByTime(599_999)
    expect(timer.phase).toBe('idle')
    vi.advanceTimersByTime(1)
    expect(timer.phase).toBe('warning')
  })

  it('builds its plan from the screen, the config and staff presence', () => {
    expect(idlePlanFor('step', config, 'absent')).toEqual({ idleMs: 90_000, warningMs: 25_000 })
    expect(idlePlanFor('welcome', config, 'absent')).toBeNull()
    expect(idlePlanFor('step', config, 'reset-paused')).toBeNull()
  })
})
