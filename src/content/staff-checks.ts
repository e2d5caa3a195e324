import type { StaffCheckId } from '@shared/journey'
import type { StepId } from '@shared/id-lists'

/**
 * Where in the journey a staff member verifies each check. A Record, so a check added to
 * STAFF_CHECK_IDS is a type error here until it has a step (the list itself lives beside zod).
 */
export const STAFF_CHECK_STEP: Record<StaffCheckId, StepId> = {
  'customer-has-authority': 'account',
  'id-name-matches-account': 'id',
  'phone-unlocked-and-charged': 'device',
}

export function staffChecksFor(step: StepId): StaffCheckId[] {
  return (Object.keys(STAFF_CHECK_STEP) as StaffCheckId[]).filter((id) => STAFF_CHECK_STEP[id] === step)
}

/** Every check, in journey order. */
export const ALL_STAFF_CHECKS = Object.keys(STAFF_CHECK_STEP) as StaffCheckId[]
