import type { LanguageCode } from '@shared/id-lists'
import type { SlipData } from '@shared/slip'

/**
 * The languages the slip's text blocks are printed in, in order. In Quebec French comes first and
 * at the same size (Charter of the French Language); elsewhere only the customer's language.
 */
export function slipLanguages(data: Pick<SlipData, 'language' | 'store'>): LanguageCode[] {
  if (data.store.province === 'QC' && data.language !== 'fr') return ['fr', data.language]
  return [data.language]
}
