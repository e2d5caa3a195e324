/**
 * Where a fact comes from: source keys from the team's carriers.md (its list of sources below) and the
 * date it was last checked. carriers.md was collected up to mid-2026; its newest source is dated
 * 30 June 2026 (the CRTC's 2026-155 proceeding), so facts from it carry that date.
 */
export interface Provenance {
  sources: readonly SourceKey[]
  checkedOn: string
}

export const CARRIERS_MD_CHECKED_ON = '2026-06-30'

export const SOURCES = {
  G1: 'CRTC Telecom Regulatory Policy 2026-43',
  G2: 'crtc.gc.ca/eng/archive/2026/2026-155.htm',
  G3: 'News coverage of the June 2026 fees (trenddigest.com)',
  G4: 'News coverage of the June 2026 fees (cartt.ca)',
  G5: 'digitaltrends.com, iPhone 17 eSIM-only countries',
  G9: 'crtc.gc.ca/eng/INFO_SHT/t1025.htm',
  B3: 'support.bell.ca, How to add or change authorized contacts in MyBell',
  B4: 'support.bell.ca, MyBell multi-factor authentication',
  V2: 'virginplus.ca/en/support/wifi-calling.html',
  V3: 'virginplus.ca/en/support/security-privacy.html',
  L1: 'luckymobile.ca/support/phone/returns-warranty-repairs',
  R1: 'rogers.com/business/support/wireless/hardware-upgrade',
  R4: 'rogers.com/support/billing-accounts/authorized-users-and-what-they-can-do---rogers',
  F1: 'fido.ca/support/mobility/setting-up-an-esim-card-on-your-device',
  F3: 'fido.ca/support/accounts/how-my-account-subscriber-profiles-work',
  C1: 'chatrwireless.com/support/what-to-do-if-your-device-is-lost-or-stolen',
  K2: 'koodomobile.com/en/help/koodo-sim-support',
  K3: 'koodomobile.com/en/help/permissions',
  K4: 'koodomobile.com/en/help/credit-check-requirements',
  P2: 'Public Mobile community: Lost/Stolen Device',
  FR2: 'freedommobile.ca/en-CA/pin-reset-howto',
  VT1: 'videotron.com/en/support/mobile/mobility-lexicon',
  E2: 'my.eastlink.ca/customer-support/wireless/lost-or-stolen',
  I1: 'FINTRAC guidance, methods to verify identity',
  I2: 'Indigenous Services Canada, acceptable identification',
  I3: 'ontario.ca, acceptable identity documents, Ontario Photo Card',
  I4: 'ipc.on.ca, what you need to know about your health card',
  I5: '2012 notice on the new citizenship certificate',
  I6: 'canada.ca, valid proofs of Canadian citizenship',
  APPLE2023: 'Apple’s 2023 list of carriers supporting eSIM',
  HOUSE: 'Store default rule (no carrier source); stores can change it',
} as const

export type SourceKey = keyof typeof SOURCES

export function sourced(...sources: SourceKey[]): Provenance {
  return { sources, checkedOn: CARRIERS_MD_CHECKED_ON }
}
