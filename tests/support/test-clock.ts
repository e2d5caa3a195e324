import type { Clock } from '../../electron/main/services/clock'

/** A clock a test moves by hand. */
export class TestClock implements Clock {
  private current: number
  constructor(start: Date | string = '2026-11-25T15:00:00Z') {
    this.current = new Date(start).getTime()
  }
  now(): Date {
    return new Date(this.current)
  }
  set(time: Date | string | number): void {
    this.current = new Date(time).getTime()
  }
  advance(ms: number): void {
    this.current += ms
  }
}
