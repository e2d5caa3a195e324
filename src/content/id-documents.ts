import { sourced, type Provenance } from './provenance'

export const ID_DOCUMENT_IDS = [
  'drivers-licence',
  'passport',
  'provincial-photo-card',
  'permanent-resident-card',
  'indian-status-card',
  'other-government-photo-id',
  'citizenship-certificate',
  'expired-id',
  'health-card',
] as const
export type IdDocumentId = (typeof ID_DOCUMENT_IDS)[number]

export interface IdDocument {
  id: IdDocumentId
  /** Counts as a valid government photo ID (name, photo, unique number, current). */
  acceptedAsPhotoId: boolean
  provenance: Provenance
}

export const ID_DOCUMENTS: readonly IdDocument[] = [
  { id: 'drivers-licence', acceptedAsPhotoId: true, provenance: sourced('I1', 'I3') },
  { id: 'passport', acceptedAsPhotoId: true, provenance: sourced('I1', 'I3') },
  { id: 'provincial-photo-card', acceptedAsPhotoId: true, provenance: sourced('I1', 'I3') },
  { id: 'permanent-resident-card', acceptedAsPhotoId: true, provenance: sourced('I1', 'I3') },
  { id: 'indian-status-card', acceptedAsPhotoId: true, provenance: sourced('I2') },
  { id: 'other-government-photo-id', acceptedAsPhotoId: true, provenance: sourced('I1', 'K4') },
  // No photo since 1 February 2012: "a legal status document, not an identity document".
  { id: 'citizenship-certificate', acceptedAsPhotoId: false, provenance: sourced('I5', 'I6') },
  // Government photo ID must be valid and current.
  { id: 'expired-id', acceptedAsPhotoId: false, provenance: sourced('I1') },
  // In Ontario only publicly funded health providers may require it.
  { id: 'health-card', acceptedAsPhotoId: false, provenance: sourced('I4') },
]

export function isAcceptedPhotoId(id: IdDocumentId): boolean {
  return ID_DOCUMENTS.find((document) => document.id === id)?.acceptedAsPhotoId ?? false
}
