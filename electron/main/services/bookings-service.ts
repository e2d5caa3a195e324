import { z } from 'zod'
import {
  BookingSchema,
  type Appointment,
  type BookAppointmentInput,
  type Booking,
  type BookingDay,
  type CheckInInput,
  type ListBookingsOutput,
  type Slot,
} from '../../shared/bookings'
import { fail, ok, type KioskResult } from '../../shared/result'
import type { StoreConfig } from '../../shared/store-config'
import { bookingDates, slotsOn, type SlotTime } from './booking-slots'
import { openJsonStore, type StorageContext } from './json-store'
import { newReference } from './reference-code'
import { addDays, localDate } from './store-time'

export const BOOKINGS_FILE_NAME = 'bookings.json'

/**
 * Retention: a booking, and the first name it may hold, is kept until the end of its store-local
 * day. The first call after midnight (or the next start) deletes it from the file and from the last
 * good copy; a cancelled booking is deleted at once. A quarantined (unreadable) copy is deleted
 * after QUARANTINE_KEEP_DAYS.
 */
const QUARANTINE_KEEP_DAYS = 7

const BookingsFileSchema = z.object({ version: z.literal(1), bookings: z.array(BookingSchema) })
type BookingsFile = z.infer<typeof BookingsFileSchema>

export interface BookingsServiceOptions extends StorageContext {
  config: () => StoreConfig
  /** For reference codes; crypto's randomInt unless a test pins it. */
  random?: (max: number) => number
}

export interface BookingsService {
  /** Today and the days ahead that have slots still to come. */
  days(): Promise<BookingDay[]>
  slots(date: string): Promise<KioskResult<Slot[]>>
  book(input: BookAppointmentInput): Promise<KioskResult<Appointment>>
  checkIn(input: CheckInInput): Promise<KioskResult<Appointment>>
  /** Today's booked times still to check in, for a customer who has lost their reference: times only. */
  checkInTimes(): Promise<string[]>
  /** One day's bookings for staff, names included. */
  list(date?: string): Promise<ListBookingsOutput>
  cancel(reference: string): Promise<KioskResult<null>>
}

export async function createBookingsService(options: BookingsServiceOptions): Promise<BookingsService> {
  const { clock, logger, config } = options
  const store = await openJsonStore<BookingsFile>({
    ...options,
    fileName: BOOKINGS_FILE_NAME,
    schema: BookingsFileSchema,
    empty: () => ({ version: 1, bookings: [] }),
    keepQuarantinedDays: QUARANTINE_KEEP_DAYS,
  })

  const timeZone = () => config().store.timeZone
  const today = () => localDate(clock.now(), timeZone())

  async function purgePast(): Promise<void> {
    const date = today()
    const past = store.read().bookings.filter((b) => b.date < date).length
    if (past === 0) return
    const result = await store.update((draft) => {
      draft.bookings = draft.bookings.filter((b) => b.date >= date)
      return ok(null)
    })
    // A failed write is already a staff warning; the next call tries again.
    if (result.ok) logger.log('info', 'bookings-purged', { count: past })
  }

  /** Current bookings; past ones are never shown even before the purge reaches the disk. */
  function current(): Booking[] {
    const date = today()
    return store.read().bookings.filter((b) => b.date >= date)
  }

  function remaining(slot: SlotTime, bookings: Booking[]): number {
    const taken = bookings.filter((b) => Date.parse(b.startsAt) === slot.startsAt.getTime()).length
    return Math.max(0, config().bookings.capacityPerSlot - taken)
  }

  function futureSlots(date: string): SlotTime[] {
    const now = clock.now().getTime()
    return slotsOn(date, config().bookings, timeZone()).filter((s) => s.startsAt.getTime() > now)
  }

  function checkInBooking(reference: string): Promise<KioskResult<Appointment>> {
    return store.update((draft) => {
      const booking = draft.bookings.find((b) => b.reference === reference)
      if (!booking) return fail('not-found', 'No such booking')
      if (!booking.checkedIn) {
        booking.checkedIn = true
        booking.checkedInAt = clock.now().toISOString()
        logger.log('info', 'booking-checked-in')
      }
      return ok(toAppointment(booking))
    })
  }

  await purgePast()

  return {
    async days() {
      await purgePast()
      const bookings = current()
      return bookingDates(today(), config().bookings.daysAhead).flatMap((date) => {
        const slots = futureSlots(date)
        if (slots.length === 0) return []
        return [{ date, remaining: slots.reduce((sum, slot) => sum + remaining(slot, bookings), 0) }]
      })
    },

    async slots(date) {
      await purgePast()
      const first = today()
      if (date < first) return fail('date-in-past', `${date} has passed`)
      if (date > addDays(first, config().bookings.daysAhead)) {
        return fail('date-not-offered', `Bookings are not taken for ${date} yet`)
      }
      const bookings = current()
      return ok(
        futureSlots(date).map((slot) => ({
          startsAt: slot.startsAt.toISOString(),
          endsAt: slot.endsAt.toISOString(),
          time: slot.time,
          remaining: remaining(slot, bookings),
        })),
      )
    },

    async book({ startsAt, brand, situation, firstName }) {
      await purgePast()
      const start = new Date(startsAt)
      if (start.getTime() <= clock.now().getTime()) return fail('slot-in-past', 'That time has passed')
      const date = localDate(start, timeZone())
      const offered =
        date <= addDays(today(), config().bookings.daysAhead)
          ? slotsOn(date, config().bookings, timeZone()).find((s) => s.startsAt.getTime() === start.getTime())
          : undefined
      if (!offered) return fail('slot-not-offered', 'No bookable slot starts at that time')

      return store.update((draft) => {
        if (remaining(offered, draft.bookings) === 0) return fail('slot-full', 'That slot is full')
        const reference = newReference(new Set(draft.bookings.map((b) => b.reference)), options.random)
        const booking: Booking = {
          reference,
          date,
          time: offered.time,
          startsAt: offered.startsAt.toISOString(),
          endsAt: offered.endsAt.toISOString(),
          brand,
          situation,
          checkedIn: false,
          firstName: firstName ? firstName : null,
          bookedAt: clock.now().toISOString(),
          checkedInAt: null,
        }
        draft.bookings.push(booking)
        logger.log('info', 'booking-made', { date })
        return ok(toAppointment(booking))
      })
    },

    async checkIn(input) {
      await purgePast()
      const date = today()
      if ('reference' in input) {
        const booking = current().find((b) => b.reference === input.reference)
        if (!booking) return fail('not-found', 'No booking with that reference')
        if (booking.date !== date) return fail('booking-not-today', `That booking is on ${booking.date}`)
        return checkInBooking(booking.reference)
      }
      const matches = current().filter((b) => b.date === date && b.time === input.time && !b.checkedIn)
      if (matches.length === 0) return fail('not-found', `No booking at ${input.time} today`)
      if (matches.length > 1 || !matches[0]) {
        return fail('booking-ambiguous', `More than one booking at ${input.time}: use the reference`)
      }
      return checkInBooking(matches[0].reference)
    },

    async checkInTimes() {
      await purgePast()
      const date = today()
      const times = current()
        .filter((b) => b.date === date && !b.checkedIn)
        .map((b) => b.time)
      return [...new Set(times)].sort()
    },

    async list(date) {
      await purgePast()
      const day = date ?? today()
      const bookings = current()
        .filter((b) => b.date === day)
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.bookedAt.localeCompare(b.bookedAt))
      return { date: day, bookings }
    },

    async cancel(reference) {
      await purgePast()
      return store.update((draft) => {
        const index = draft.bookings.findIndex((b) => b.reference === reference)
        if (index < 0) return fail('not-found', 'No booking with that reference')
        draft.bookings.splice(index, 1)
        logger.log('info', 'booking-cancelled')
        return ok(null)
      })
    },
  }
}

function toAppointment(booking: Booking): Appointment {
  const { reference, date, time, startsAt, endsAt, brand, situation, checkedIn } = booking
  return { reference, date, time, startsAt, endsAt, brand, situation, checkedIn }
}
