import type { BrandId } from '@shared/id-lists'
import type { MissingItemCode, NotHereReason, VerdictKind } from '@shared/journey'
import type { StoreConfig } from '@shared/store-config'
import type { Answers } from './answers'
import { missingForAccount } from './account-rules'
import { missingForDevice } from './device-advice'
import { missingForId } from './id-rules'

export interface Verdict {
  kind: VerdictKind
  /** What to sort out before the counter, in the order the journey asked. */
  missing: MissingItemCode[]
  /** Why it can't be done here and whose store to go to instead. */
  notHere: { reason: NotHereReason; brand: BrandId } | null
}

/**
 * The summary's verdict from the answers and the store's config:
 * - `not-here` when the number's carrier is not served here (only that carrier can re-issue the eSIM);
 * - `almost` with every item to sort out;
 * - `ready` otherwise.
 */
export function computeVerdict(
  answers: Answers,
  config: Pick<StoreConfig, 'brandsServed' | 'idRules'>,
): Verdict {
  if (answers.brand !== null && !config.brandsServed.includes(answers.brand)) {
    return { kind: 'not-here', missing: [], notHere: { reason: 'brand-not-served', brand: answers.brand } }
  }
  const missing: MissingItemCode[] = [
    ...(answers.brand ? missingForAccount(answers.brand, answers.accountRole, answers.accountStanding) : []),
    ...(answers.idDocuments ? missingForId(answers.idDocuments, answers.idNameMatches, config.idRules) : []),
    ...(answers.deviceChecks ? missingForDevice(answers.deviceChecks) : []),
  ]
  return { kind: missing.length === 0 ? 'ready' : 'almost', missing, notHere: null }
}
