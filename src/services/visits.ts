import type { BrandId, SituationId } from '@shared/id-lists'
import type { SlipVisit } from '@shared/slip'
import { kiosk, KioskCallError, valueOf } from './kiosk'

/** A bookable time, as the booking service offers it. */
export interface OpenSlot {
  startsAt: string
  remaining: number
}

/** The failures a visit screen explains in the customer's words; anything else is "unavailable". */
export const VISIT_ERROR_CODES = [
  'slot-full',
  'slot-in-past',
  'slot-not-offered',
  'date-in-past',
  'date-not-offered',
  'not-found',
  'booking-not-today',
  'booking-ambiguous',
  'queue-full',
  'storage-failed',
  'unavailable',
] as const
export type VisitErrorCode = (typeof VISIT_ERROR_CODES)[number]

export class VisitError extends Error {
  constructor(readonly code: VisitErrorCode) {
    super(code)
    this.name = 'VisitError'
  }
}

export type WalkIn = Extract<SlipVisit, { kind: 'walk-in' }>
export type Appointment = Extract<SlipVisit, { kind: 'appointment' }>

function isVisitErrorCode(code: string): code is VisitErrorCode {
  return (VISIT_ERROR_CODES as readonly string[]).includes(code)
}

/** Runs a call and turns its failure into a VisitError the screen can explain. */
async function visitCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (failure) {
    const code =
      failure instanceof KioskCallError && isVisitErrorCode(failure.code) ? failure.code : 'unavailable'
    throw new VisitError(code)
  }
}

export function joinWalkIn(brand: BrandId, situation: SituationId): Promise<WalkIn> {
  return visitCall(async () => {
    const joined = await valueOf(kiosk().joinQueue({ brand, situation }))
    return { kind: 'walk-in', ticket: joined.ticket, waitMinutes: joined.waitMinutes }
  })
}

/** Today's booking with this reference, checked in. */
export function findAppointment(reference: string): Promise<Appointment> {
  return visitCall(async () => {
    const found = await valueOf(kiosk().checkIn({ reference }))
    return { kind: 'appointment', startsAt: found.startsAt, reference: found.reference }
  })
}

/** Today's appointment at this store-local time (HH:MM), checked in. */
export function findAppointmentAt(time: string): Promise<Appointment> {
  return visitCall(async () => {
    const found = await valueOf(kiosk().checkIn({ time }))
    return { kind: 'appointment', startsAt: found.startsAt, reference: found.reference }
  })
}

/** Today's booked times still to check in (times only), for a customer without their reference. */
export function checkInTimes(): Promise<string[]> {
  return visitCall(() => valueOf(kiosk().listCheckInTimes()))
}

/** Days with at least one place left, soonest first. */
export function bookingDays(): Promise<string[]> {
  return visitCall(async () => {
    const days = await valueOf(kiosk().listBookingDays())
    return days.filter((day) => day.remaining > 0).map((day) => day.date)
  })
}

/** The day's times that still have a place. */
export function openSlots(date: string): Promise<OpenSlot[]> {
  return visitCall(async () => {
    const slots = await valueOf(kiosk().listSlots({ date }))
    return slots
      .filter((slot) => slot.remaining > 0)
      .map((slot) => ({ startsAt: slot.startsAt, remaining: slot.remaining }))
  })
}

export function bookAppointment(
  startsAt: string,
  brand: BrandId,
  situation: SituationId,
  firstName: string,
): Promise<Appointment> {
  return visitCall(async () => {
    const input = firstName ? { startsAt, brand, situation, firstName } : { startsAt, brand, situation }
    const booked = await valueOf(kiosk().bookAppointment(input))
    return { kind: 'appointment', startsAt: booked.startsAt, reference: booked.reference }
  })
}
