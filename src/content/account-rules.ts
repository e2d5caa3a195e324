import type { BrandId } from '@shared/id-lists'
import type { AccountRole } from '@/domain/answers'
import { sourced, type Provenance } from './provenance'

export interface AccountRule {
  /** Who may have a SIM changed on the account. */
  allowedRoles: readonly AccountRole[]
  provenance: Provenance
}

/** Where no brand source says otherwise: the holder or someone the holder gave full authority. */
export const DEFAULT_ACCOUNT_RULE: AccountRule = {
  allowedRoles: ['holder', 'authorized-full'],
  provenance: sourced('HOUSE'),
}

export const ACCOUNT_RULES: Partial<Record<BrandId, AccountRule>> = {
  // Only the account holder or an Authorized Level 1 user may change a SIM.
  rogers: { allowedRoles: ['holder', 'authorized-full'], provenance: sourced('R4') },
  // The account holder names authorized contacts.
  bell: { allowedRoles: ['holder', 'authorized-full'], provenance: sourced('B3') },
  // Only people with account authority can make changes.
  koodo: { allowedRoles: ['holder', 'authorized-full'], provenance: sourced('K3') },
  // Online SIM change needs the Account Holder profile.
  fido: { allowedRoles: ['holder', 'authorized-full'], provenance: sourced('F3') },
}

export function accountRuleFor(brand: BrandId): AccountRule {
  return ACCOUNT_RULES[brand] ?? DEFAULT_ACCOUNT_RULE
}
