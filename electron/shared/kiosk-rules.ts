import type { KioskCallName } from './contract'

/**
 * Fixed rules of the kiosk API as plain values, with no zod: screens import these (to limit an
 * input as it is typed, or to know which calls need the PIN) without bundling the validation
 * library. The schemas in queue.ts, bookings.ts and staff.ts are built from the same values.
 */

/** Longest wait the kiosk announces (the slip's limit). */
export const MAX_WAIT_MINUTES = 600

/** Letters and digits nobody misreads on a slip or a touch keyboard: no 0/O, 1/I/L, 2/Z, 5/S, 8/B. */
export const REFERENCE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679'
export const REFERENCE_LENGTH = 5

/** A first name or initials: letters, then letters, spaces, hyphens, apostrophes and periods. */
export const FIRST_NAME_MAX_LENGTH = 20
export const FIRST_NAME_PATTERN = /^(?:[\p{L}\p{M}][\p{L}\p{M} .'’-]*)?$/u

/** The staff PIN: 4 to 8 digits. */
export const PIN_PATTERN = /^\d{4,8}$/

/** Wrong PINs allowed before the pad locks; after a lock ends the same number is allowed again. */
export const PIN_ATTEMPTS_PER_ROUND = 3

/** Calls the main process refuses with 'staff-only' unless a staff member is logged in. */
export const STAFF_ONLY_CALLS = [
  'changeStaffPin',
  'getQueue',
  'callNext',
  'markServed',
  'markNoShow',
  'listBookings',
  'cancelBooking',
  'saveConfig',
  'getStaffWarnings',
  'clearStaffWarnings',
  'getStatistics',
  'exportStatisticsCsv',
  'exitKiosk',
  'listPrinters',
  'printTestSlip',
] as const satisfies readonly KioskCallName[]
export type StaffOnlyCall = (typeof STAFF_ONLY_CALLS)[number]
