import { z } from 'zod'
import { PIN_ATTEMPTS_PER_ROUND, PIN_PATTERN } from './kiosk-rules'

export { PIN_ATTEMPTS_PER_ROUND, STAFF_ONLY_CALLS, type StaffOnlyCall } from './kiosk-rules'

/** The staff PIN as typed on the pad. */
export const PinSchema = z.string().regex(PIN_PATTERN, 'Use 4 to 8 digits')
export const PinInputSchema = z.strictObject({ pin: PinSchema })

export const StaffStatusSchema = z.object({
  /** False on first run: the pad asks for a new PIN (setStaffPin) instead of a login. */
  pinSet: z.boolean(),
  loggedIn: z.boolean(),
  /** While set, the pad refuses every PIN; count down to it. */
  lockedUntil: z.iso.datetime().nullable(),
  /** Wrong PINs left before the next lock. */
  attemptsLeft: z.number().int().min(0).max(PIN_ATTEMPTS_PER_ROUND),
})
export type StaffStatus = z.infer<typeof StaffStatusSchema>

/**
 * Something staff should know about the kiosk's own files, named without their folder. `problems`
 * are technical lines (field and reason) for store IT.
 */
export const StaffWarningSchema = z.discriminatedUnion('kind', [
  z.object({
    /** A data file could not be read; it was moved aside and the kiosk carried on from `recoveredFrom`. */
    kind: z.literal('file-quarantined'),
    file: z.string(),
    at: z.iso.datetime(),
    movedTo: z.string().nullable(),
    recoveredFrom: z.enum(['last-good', 'nothing']),
    problems: z.array(z.string()),
  }),
  z.object({
    /** A change could not be saved (disk full, read-only folder…): it was not made, nothing was lost. */
    kind: z.literal('write-failed'),
    file: z.string(),
    at: z.iso.datetime(),
    /** The system's error code, for example ENOSPC or EROFS. */
    code: z.string(),
  }),
  z.object({
    /** The store config file fails validation; the kiosk runs on its last good config. */
    kind: z.literal('config-refused'),
    file: z.string(),
    problems: z.array(z.string()),
  }),
])
export type StaffWarning = z.infer<typeof StaffWarningSchema>
