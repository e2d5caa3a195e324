import type { KioskApi } from '@shared/contract'
import type { KioskResult } from '@shared/result'

/**
 * The renderer's only door to the main process. Components and stores import this module, so their
 * tests replace one seam instead of `window.kiosk`.
 */
export function kiosk(): KioskApi {
  return window.kiosk
}

export class KioskCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'KioskCallError'
  }
}

/** The value of a successful call; a typed error otherwise. */
export async function valueOf<T>(call: Promise<KioskResult<T>>): Promise<T> {
  const result = await call
  if (!result.ok) throw new KioskCallError(result.error.code, result.error.message)
  return result.value
}
