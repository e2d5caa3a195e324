import { z } from 'zod'
import { BrandIdSchema, IsoDateSchema, SituationIdSchema } from './ids'
import { FIRST_NAME_MAX_LENGTH, FIRST_NAME_PATTERN } from './kiosk-rules'

/** Typed by a customer: case and surrounding spaces don't matter. */
export const BookingReferenceSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{4,8}$/, 'A reference is 4 to 8 letters and digits')

/** Store-local wall-clock time, 24 h. */
export const LocalTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 14:30')

/**
 * The only customer data the kiosk keeps: an optional first name or initials, so staff can greet
 * them. Letters, spaces, hyphens, apostrophes and periods; an empty string means none.
 */
export const FirstNameSchema = z
  .string()
  .trim()
  .max(FIRST_NAME_MAX_LENGTH, `At most ${FIRST_NAME_MAX_LENGTH} characters`)
  .regex(FIRST_NAME_PATTERN, 'Letters, spaces, hyphens, apostrophes and periods only')

const InstantSchema = z.iso.datetime()

/** A bookable time. `remaining` is 0 when it is full: screens show it as taken. */
export const SlotSchema = z.object({
  startsAt: InstantSchema,
  endsAt: InstantSchema,
  /** The start as the store's clock shows it, for check-in by time. */
  time: LocalTimeSchema,
  remaining: z.number().int().min(0),
})
export type Slot = z.infer<typeof SlotSchema>

/** A day bookings are taken on, with the places left in its slots still ahead. */
export const BookingDaySchema = z.object({ date: IsoDateSchema, remaining: z.number().int().min(0) })
export type BookingDay = z.infer<typeof BookingDaySchema>

export const ListSlotsInputSchema = z.strictObject({ date: IsoDateSchema })

export const BookAppointmentInputSchema = z.strictObject({
  /** A slot's `startsAt`, as listSlots gave it. */
  startsAt: z.iso.datetime({ offset: true }),
  brand: BrandIdSchema,
  situation: SituationIdSchema,
  firstName: FirstNameSchema.optional(),
})
export type BookAppointmentInput = z.infer<typeof BookAppointmentInputSchema>

/** A booking as the customer sees it: never the name, which only staff see. */
export const AppointmentSchema = z.object({
  reference: BookingReferenceSchema,
  date: IsoDateSchema,
  time: LocalTimeSchema,
  startsAt: InstantSchema,
  endsAt: InstantSchema,
  brand: BrandIdSchema,
  situation: SituationIdSchema,
  checkedIn: z.boolean(),
})
export type Appointment = z.infer<typeof AppointmentSchema>

/** A booking as staff see it (and as it is stored). */
export const BookingSchema = AppointmentSchema.extend({
  firstName: z.string().max(FIRST_NAME_MAX_LENGTH).nullable(),
  bookedAt: InstantSchema,
  checkedInAt: InstantSchema.nullable(),
})
export type Booking = z.infer<typeof BookingSchema>

/** Today's appointment, found by its reference or by its time (store-local, today). */
export const CheckInInputSchema = z.union([
  z.strictObject({ reference: BookingReferenceSchema }),
  z.strictObject({ time: LocalTimeSchema }),
])
export type CheckInInput = z.infer<typeof CheckInInputSchema>

/** Without a date: today. */
export const ListBookingsInputSchema = z.strictObject({ date: IsoDateSchema.optional() })

export const ListBookingsOutputSchema = z.object({ date: IsoDateSchema, bookings: z.array(BookingSchema) })
export type ListBookingsOutput = z.infer<typeof ListBookingsOutputSchema>

export const BookingReferenceInputSchema = z.strictObject({ reference: BookingReferenceSchema })
