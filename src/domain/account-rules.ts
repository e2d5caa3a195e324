import type { BrandId } from '@shared/id-lists'
import type { MissingItemCode } from '@shared/journey'
import { accountRuleFor } from '@/content/account-rules'
import type { AccountRole, AccountStanding } from './answers'

/** What is missing on the account side for this brand's rule. */
export function missingForAccount(
  brand: BrandId,
  role: AccountRole | null,
  standing: AccountStanding | null,
): MissingItemCode[] {
  const missing: MissingItemCode[] = []
  if (role === 'not-sure') missing.push('account-authority-unsure')
  else if (role !== null && !accountRuleFor(brand).allowedRoles.includes(role))
    missing.push('account-authority')
  if (standing === 'overdue') missing.push('account-balance')
  return missing
}
