import { z } from 'zod'

/** Every failure the kiosk API can report. Screens explain each one in the customer's words. */
export const KIOSK_ERROR_CODES = ['untrusted-sender', 'invalid-input', 'internal'] as const
export const KioskErrorCodeSchema = z.enum(KIOSK_ERROR_CODES)
export type KioskErrorCode = z.infer<typeof KioskErrorCodeSchema>

export const KioskErrorSchema = z.object({ code: KioskErrorCodeSchema, message: z.string() })
export type KioskError = z.infer<typeof KioskErrorSchema>

export type KioskResult<T> = { ok: true; value: T } | { ok: false; error: KioskError }

export function ok<T>(value: T): KioskResult<T> {
  return { ok: true, value }
}

export function fail<T = never>(code: KioskErrorCode, message: string): KioskResult<T> {
  return { ok: false, error: { code, message } }
}
