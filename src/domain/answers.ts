import type { BrandId, LanguageCode, SituationId } from '@shared/id-lists'
import type { SlipVisit } from '@shared/slip'
import type { IdDocumentId } from '@/content/id-documents'

export const ACCOUNT_ROLES = [
  'holder',
  'authorized-full',
  'authorized-limited',
  'not-on-account',
  'not-sure',
] as const
export type AccountRole = (typeof ACCOUNT_ROLES)[number]

export const ACCOUNT_STANDINGS = ['good', 'overdue', 'not-sure'] as const
export type AccountStanding = (typeof ACCOUNT_STANDINGS)[number]

export const VERIFICATION_MEANS = ['pin', 'code', 'neither'] as const
export type VerificationMeans = (typeof VERIFICATION_MEANS)[number]

export const DEVICE_CHECKS = ['with-you', 'charged', 'passcode', 'esim-capable', 'unlocked'] as const
export type DeviceCheck = (typeof DEVICE_CHECKS)[number]

export type YesNoUnsure = 'yes' | 'no' | 'not-sure'

/** Everything a customer answers. Null means "not answered yet". */
export interface Answers {
  language: LanguageCode | null
  /** The language was picked on the welcome screen, so the language step is skipped. */
  languageChosenOnWelcome: boolean
  situation: SituationId | null
  lostAdviceSeen: boolean
  brand: BrandId | null
  accountRole: AccountRole | null
  accountStanding: AccountStanding | null
  verification: VerificationMeans | null
  idDocuments: IdDocumentId[] | null
  idNameMatches: YesNoUnsure | null
  deviceChecks: DeviceCheck[] | null
  visit: SlipVisit | null
  feesSeen: boolean
}

export function initialAnswers(): Answers {
  return {
    language: null,
    languageChosenOnWelcome: false,
    situation: null,
    lostAdviceSeen: false,
    brand: null,
    accountRole: null,
    accountStanding: null,
    verification: null,
    idDocuments: null,
    idNameMatches: null,
    deviceChecks: null,
    visit: null,
    feesSeen: false,
  }
}
