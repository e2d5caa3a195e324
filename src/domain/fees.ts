import type { BrandId, Province, SituationId } from '@shared/id-lists'
import type { SlipFee } from '@shared/slip'
import type { StoreConfig, TaxComponent } from '@shared/store-config'

export interface FeeEstimate extends SlipFee {
  note: string
}

/**
 * Tax on an amount in integer cents. Each component (GST, PST, QST…) is computed on the pre-tax amount
 * and rounded to the nearest cent, halves up, as a till does line by line. The rate is read in
 * thousandths of a percent so 9.975% stays exact.
 */
export function taxCents(amountCents: number, ratePercent: number): number {
  const milliPercent = Math.round(ratePercent * 1000)
  return Math.floor((amountCents * milliPercent + 50_000) / 100_000)
}

export function taxesFor(amountCents: number, components: readonly TaxComponent[]): SlipFee['taxes'] {
  return components.map((component) => ({
    name: component.name,
    cents: taxCents(amountCents, component.ratePercent),
  }))
}

/**
 * The store's fee for this brand and situation with its province's tax, or null when the schedule
 * has no entry. An entry whose amount is unknown gives no total: the screen says "ask staff".
 */
export function estimateFee(
  config: Pick<StoreConfig, 'fees' | 'taxes'> & { store: { province: Province } },
  brand: BrandId,
  situation: SituationId,
): FeeEstimate | null {
  const entry = config.fees.find((fee) => fee.brand === brand && fee.situation === situation)
  if (!entry) return null
  const base = { verifiedOn: entry.verifiedOn, status: entry.status, note: entry.note }
  if (entry.amountCents === null) return { ...base, amountCents: null, taxes: [], totalCents: null }
  const taxes = taxesFor(entry.amountCents, config.taxes[config.store.province] ?? [])
  const totalCents = entry.amountCents + taxes.reduce((sum, tax) => sum + tax.cents, 0)
  return { ...base, amountCents: entry.amountCents, taxes, totalCents }
}
