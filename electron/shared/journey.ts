import { z } from 'zod'

/** The summary's verdict. */
export const VERDICT_KINDS = ['ready', 'almost', 'not-here'] as const
export const VerdictKindSchema = z.enum(VERDICT_KINDS)
export type VerdictKind = z.infer<typeof VerdictKindSchema>

/**
 * Things a customer must sort out before the counter can help. Codes, not text: the summary and the
 * slip put them in words in the customer's language (locale key `missing.<code>`).
 */
export const MISSING_ITEM_CODES = [
  'photo-id',
  'photo-id-expired',
  'photo-id-citizenship-certificate',
  'photo-id-health-card',
  'photo-id-count',
  'id-name-match',
  'account-authority',
  'account-authority-unsure',
  'account-balance',
  'device-with-you',
  'device-charged',
  'device-passcode',
  'device-esim-capable',
  'device-unlocked',
] as const
export const MissingItemCodeSchema = z.enum(MISSING_ITEM_CODES)
export type MissingItemCode = z.infer<typeof MissingItemCodeSchema>

/** Why a request can't be done at this store at all. */
export const NOT_HERE_REASONS = ['brand-not-served'] as const
export const NotHereReasonSchema = z.enum(NOT_HERE_REASONS)
export type NotHereReason = z.infer<typeof NotHereReasonSchema>

/** What a staff member verifies in an assisted session. */
export const STAFF_CHECK_IDS = [
  'id-name-matches-account',
  'customer-has-authority',
  'phone-unlocked-and-charged',
] as const
export const StaffCheckIdSchema = z.enum(STAFF_CHECK_IDS)
export type StaffCheckId = z.infer<typeof StaffCheckIdSchema>
