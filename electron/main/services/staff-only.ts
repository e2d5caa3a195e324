import { fail, type KioskResult } from '../../shared/result'

/** Wraps a handler of a call in STAFF_ONLY_CALLS: refused with 'staff-only' unless staff are logged in. */
export function staffOnly<I, O>(
  allowed: () => boolean,
  handler: (input: I) => Promise<KioskResult<O>>,
): (input: I) => Promise<KioskResult<O>> {
  return async (input) => (allowed() ? handler(input) : fail('staff-only', 'Staff must log in first'))
}
