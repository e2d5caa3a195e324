import type { StoreConfig } from '../../shared/store-config'
import { addDays, minutesOf, timeOfMinutes, weekdayOf, zonedInstant } from './store-time'

export interface SlotTime {
  date: string
  /** Store-local HH:MM. */
  time: string
  startsAt: Date
  endsAt: Date
}

/**
 * The slots of one store-local day: from opening, one every `slotMinutes`, the last one ending by
 * closing. A start that does not exist that day (clocks going forward) is left out.
 */
export function slotsOn(date: string, bookings: StoreConfig['bookings'], timeZone: string): SlotTime[] {
  const hours = bookings.openingHours[weekdayOf(date)]
  if (!hours) return []
  const slots: SlotTime[] = []
  const close = minutesOf(hours.close)
  for (
    let start = minutesOf(hours.open);
    start + bookings.slotMinutes <= close;
    start += bookings.slotMinutes
  ) {
    const time = timeOfMinutes(start)
    const startsAt = zonedInstant(date, time, timeZone)
    if (!startsAt) continue
    slots.push({ date, time, startsAt, endsAt: new Date(startsAt.getTime() + bookings.slotMinutes * 60_000) })
  }
  return slots
}

/** The days bookings are taken for: today and the next `daysAhead` days. */
export function bookingDates(today: string, daysAhead: number): string[] {
  return Array.from({ length: daysAhead + 1 }, (_, i) => addDays(today, i))
}
