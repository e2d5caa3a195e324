import { appendFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Clock } from './clock'

/** Log fields are primitives chosen by the caller: never a payload, never a customer answer. */
export type LogFields = Record<string, string | number | boolean>
export type LogLevel = 'info' | 'warn' | 'error'

export interface Logger {
  log(level: LogLevel, event: string, fields?: LogFields): void
}

/** One JSON line per event in `<dir>/kiosk-YYYY-MM-DD.log`. A log that can't be written never stops the kiosk. */
export function createFileLogger(dir: string, clock: Clock): Logger {
  let ready = false
  return {
    log(level, event, fields = {}) {
      const at = clock.now()
      const line = JSON.stringify({ at: at.toISOString(), level, event, ...fields })
      try {
        if (!ready) {
          mkdirSync(dir, { recursive: true })
          ready = true
        }
        appendFileSync(join(dir, `kiosk-${at.toISOString().slice(0, 10)}.log`), `${line}\n`)
      } catch {
        // Full disk or read-only folder: the console still gets it.
      }
      if (level !== 'info') console.warn(line)
    },
  }
}

/** A logger that keeps lines in memory, for tests. */
export function createMemoryLogger(): Logger & {
  lines: { level: LogLevel; event: string; fields: LogFields }[]
} {
  const lines: { level: LogLevel; event: string; fields: LogFields }[] = []
  return { lines, log: (level, event, fields = {}) => lines.push({ level, event, fields }) }
}
