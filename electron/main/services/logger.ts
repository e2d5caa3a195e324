import { appendFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Clock } from './clock'

/** Log fields are primitives chosen by the caller: never a payload, never a customer answer. */
export type LogFields = Record<string, string | number | boolean>
export type LogLevel = 'info' | 'warn' | 'error'

export interface Logger {
  log(level: LogLevel, event: string, fields?: LogFields): void
}

/** How many days of log files are kept; older ones are deleted when a new day's file starts. */
export const LOG_KEEP_DAYS = 30

const LOG_FILE = /^kiosk-(\d{4}-\d{2}-\d{2})\.log$/

/** Deletes the day files older than `keepDays` before `today` (YYYY-MM-DD); other files are left alone. */
export function pruneOldLogs(dir: string, today: string, keepDays = LOG_KEEP_DAYS): string[] {
  const oldest = new Date(`${today}T00:00:00Z`)
  oldest.setUTCDate(oldest.getUTCDate() - (keepDays - 1))
  const cutoff = oldest.toISOString().slice(0, 10)
  const removed: string[] = []
  for (const name of readdirSync(dir)) {
    const day = LOG_FILE.exec(name)?.[1]
    if (day && day < cutoff) {
      rmSync(join(dir, name), { force: true })
      removed.push(name)
    }
  }
  return removed
}

/**
 * One JSON line per event in `<dir>/kiosk-YYYY-MM-DD.log`, kept LOG_KEEP_DAYS days. A log that can't be
 * written never stops the kiosk.
 */
export function createFileLogger(dir: string, clock: Clock): Logger {
  let currentDay: string | null = null
  return {
    log(level, event, fields = {}) {
      const at = clock.now()
      const line = JSON.stringify({ at: at.toISOString(), level, event, ...fields })
      const day = at.toISOString().slice(0, 10)
      try {
        if (day !== currentDay) {
          mkdirSync(dir, { recursive: true })
          pruneOldLogs(dir, day)
          currentDay = day
        }
        appendFileSync(join(dir, `kiosk-${day}.log`), `${line}\n`)
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
