import { PIN_PATTERN } from '@shared/kiosk-rules'

/** The longest PIN the pad takes (PIN_PATTERN allows 4 to 8 digits). */
export const PIN_MAX_LENGTH = 8

export function appendDigit(pin: string, digit: string): string {
  if (!/^\d$/.test(digit) || pin.length >= PIN_MAX_LENGTH) return pin
  return pin + digit
}

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin)
}

/** Whole seconds until `until`, rounded up so the pad never shows 0 while still locked; 0 once past. */
export function secondsUntil(until: string, nowMs: number): number {
  return Math.max(0, Math.ceil((Date.parse(until) - nowMs) / 1000))
}

/** A countdown as m:ss. */
export function formatCountdown(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`
}
