import type { MissingItemCode } from '@shared/journey'

export const SUMMARY_AREAS = ['account', 'id', 'device'] as const
export type SummaryArea = (typeof SUMMARY_AREAS)[number]

/** Which part of the journey a missing item belongs to, so the summary can say what is fine. */
export function areaOf(code: MissingItemCode): SummaryArea {
  if (code.startsWith('account-')) return 'account'
  if (code.startsWith('device-')) return 'device'
  return 'id'
}

export function fineAreas(missing: readonly MissingItemCode[]): SummaryArea[] {
  const troubled = new Set(missing.map(areaOf))
  return SUMMARY_AREAS.filter((area) => !troubled.has(area))
}
