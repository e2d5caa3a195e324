/**
 * The store's calendar: dates and wall-clock times in its IANA time zone. Everything here goes
 * through Intl, so days that are 23 or 25 hours long (DST changes) come out right.
 */

const DAY_MS = 86_400_000
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, format)
  }
  return format
}

interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {}
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The store-local calendar date of an instant: YYYY-MM-DD. */
export function localDate(instant: Date, timeZone: string): string {
  const t = wallClock(instant, timeZone)
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`
}

/** The store-local time of an instant: HH:MM, 24 h. */
export function localTime(instant: Date, timeZone: string): string {
  const t = wallClock(instant, timeZone)
  return `${pad(t.hour)}:${pad(t.minute)}`
}

/** How far the zone's clock is ahead of UTC at an instant, in ms (negative west of Greenwich). */
function offsetMs(instantMs: number, timeZone: string): number {
  const t = wallClock(new Date(instantMs), timeZone)
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second)
  return asUtc - Math.floor(instantMs / 1000) * 1000
}

/**
 * The instant a store-local date and time names. Null when that time does not exist that day (the
 * hour skipped when clocks go forward); the earlier of the two when it happens twice (clocks go back).
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date | null {
  const [year, month, day] = date.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  const asUtc = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0)
  // Two rounds: the offset at the first guess may differ from the offset at the answer.
  let instant = asUtc - offsetMs(asUtc, timeZone)
  instant = asUtc - offsetMs(instant, timeZone)
  const found = new Date(instant)
  if (localDate(found, timeZone) !== date || localTime(found, timeZone) !== time) return null
  return found
}

/** A calendar date `days` later (or earlier, when negative). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1) + days * DAY_MS).toISOString().slice(0, 10)
}

export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number]

export function weekdayOf(date: string): WeekdayKey {
  const [year, month, day] = date.split('-').map(Number)
  const index = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay()
  return WEEKDAY_KEYS[index] ?? 'sun'
}

/** Minutes since midnight of an HH:MM time. */
export function minutesOf(time: string): number {
  const [hour, minute] = time.split(':').map(Number)
  return (hour ?? 0) * 60 + (minute ?? 0)
}

export function timeOfMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}
