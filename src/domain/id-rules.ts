import type { MissingItemCode } from '@shared/journey'
import type { StoreConfig } from '@shared/store-config'
import { isAcceptedPhotoId, type IdDocumentId } from '@/content/id-documents'
import type { YesNoUnsure } from './answers'

/**
 * What is missing on the ID side, given the documents a customer has with them and whether the name
 * matches the account. With no accepted photo ID, the item says why what they have doesn't count.
 */
export function missingForId(
  documents: readonly IdDocumentId[],
  nameMatches: YesNoUnsure | null,
  rules: StoreConfig['idRules'],
): MissingItemCode[] {
  const accepted = documents.filter(isAcceptedPhotoId).length
  if (accepted === 0) return [whyNoPhotoId(documents)]
  const missing: MissingItemCode[] = []
  if (accepted < rules.photoIdsRequired) missing.push('photo-id-count')
  if (rules.nameMustMatchAccount && nameMatches !== 'yes') missing.push('id-name-match')
  return missing
}

function whyNoPhotoId(documents: readonly IdDocumentId[]): MissingItemCode {
  if (documents.includes('expired-id')) return 'photo-id-expired'
  if (documents.includes('citizenship-certificate')) return 'photo-id-citizenship-certificate'
  if (documents.includes('health-card')) return 'photo-id-health-card'
  return 'photo-id'
}

/** The name question only makes sense when there is a photo ID to compare. */
export function asksNameMatch(
  documents: readonly IdDocumentId[] | null,
  rules: StoreConfig['idRules'],
): boolean {
  return rules.nameMustMatchAccount && (documents ?? []).some(isAcceptedPhotoId)
}
