import { z } from 'zod'

/** Every failure the kiosk API can report. Screens explain each one in the customer's words. */
export const KIOSK_ERROR_CODES = [
  'untrusted-sender',
  'invalid-input',
  'internal',
  // Storage: a change that could not be written was not made; what was saved before is intact.
  'storage-failed',
  // Queue and bookings.
  'not-found',
  'ticket-already-closed',
  'queue-empty',
  'queue-full',
  'slot-full',
  'slot-in-past',
  'slot-not-offered',
  'date-in-past',
  'date-not-offered',
  'booking-not-today',
  'booking-ambiguous',
  // Staff.
  'staff-only',
  'pin-not-set',
  'pin-already-set',
  'pin-wrong',
  'pin-locked',
  'config-invalid',
  // Printing: the slip is then shown on screen instead.
  'printer-not-configured',
  'printer-not-found',
  'print-failed',
  'print-timeout',
] as const
export const KioskErrorCodeSchema = z.enum(KIOSK_ERROR_CODES)
export type KioskErrorCode = z.infer<typeof KioskErrorCodeSchema>

/** Facts a screen needs to explain some errors; each is set only by the codes named. */
export const KioskErrorDetailsSchema = z.object({
  /** 'pin-wrong', 'pin-locked': wrong PINs left before the pad locks. */
  attemptsLeft: z.number().int().min(0).optional(),
  /** 'pin-locked': when the pad takes PINs again. */
  lockedUntil: z.iso.datetime().optional(),
  /** 'invalid-input', 'config-invalid': one line per field, "path: reason". */
  problems: z.array(z.string()).optional(),
})
export type KioskErrorDetails = z.infer<typeof KioskErrorDetailsSchema>

export const KioskErrorSchema = z.object({
  code: KioskErrorCodeSchema,
  message: z.string(),
  details: KioskErrorDetailsSchema.optional(),
})
export type KioskError = z.infer<typeof KioskErrorSchema>

export type KioskResult<T> = { ok: true; value: T } | { ok: false; error: KioskError }

export function ok<T>(value: T): KioskResult<T> {
  return { ok: true, value }
}

export function fail<T = never>(
  code: KioskErrorCode,
  message: string,
  details?: KioskErrorDetails,
): KioskResult<T> {
  return { ok: false, error: details ? { code, message, details } : { code, message } }
}
