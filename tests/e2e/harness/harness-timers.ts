import type { Wait } from '../../../electron/main/services/slip-print-service'

/**
 * The services' timers in the e2e harness: they fire when the test moves the clock
 * (`kiosk.advance`), never in real time, so a print timeout is reached without waiting.
 */
export class HarnessTimers {
  private now = 0
  private pending: { at: number; fire: () => void }[] = []

  readonly wait: Wait = (ms, signal) =>
    new Promise((resolve) => {
      const timer = { at: this.now + ms, fire: () => resolve() }
      this.pending.push(timer)
      signal.addEventListener('abort', () => this.forget(timer), { once: true })
    })

  advance(ms: number): void {
    this.now += ms
    const due = this.pending.filter((timer) => timer.at <= this.now)
    this.pending = this.pending.filter((timer) => timer.at > this.now)
    for (const timer of due) timer.fire()
  }

  private forget(timer: { at: number; fire: () => void }): void {
    this.pending = this.pending.filter((other) => other !== timer)
  }
}
