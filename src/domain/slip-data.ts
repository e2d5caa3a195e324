import type { SlipData } from '@shared/slip'
import type { StoreConfig } from '@shared/store-config'
import type { StaffCheckId } from '@shared/journey'
import { BRANDS } from '@/content/brands'
import type { Answers } from './answers'
import type { FeeEstimate } from './fees'
import type { Verdict } from './verdict'

export interface SlipInputs {
  answers: Answers
  verdict: Verdict
  fee: FeeEstimate | null
  config: StoreConfig
  language: SlipData['language']
  now: Date
  idempotencyKey: string
  /** Set when a staff member walked the customer through: the checks they marked verified. */
  assistedChecks: StaffCheckId[] | null
}

/** The slip carries codes and numbers only — never a name or a free-text answer. */
export function buildSlipData(inputs: SlipInputs): SlipData {
  const { answers, verdict, fee, config } = inputs
  const brand = verdict.notHere?.brand ?? answers.brand
  return {
    idempotencyKey: inputs.idempotencyKey,
    language: inputs.language,
    store: {
      name: config.store.name,
      address: config.store.address,
      province: config.store.province,
      timeZone: config.store.timeZone,
    },
    printedAt: inputs.now.toISOString(),
    brand,
    situation: answers.situation,
    verdict: verdict.kind,
    missing: verdict.missing,
    photoIdsRequired: config.idRules.photoIdsRequired,
    notHere: verdict.notHere,
    visit: answers.visit ?? { kind: 'none' },
    fee: fee && verdict.kind !== 'not-here' ? withoutNote(fee) : null,
    helpUrl: brand ? BRANDS[brand].helpUrl : null,
    assisted: inputs.assistedChecks ? { verifiedChecks: inputs.assistedChecks } : null,
    paperWidthMm: config.printer.paperWidthMm,
  }
}

function withoutNote({ note: _note, ...fee }: FeeEstimate): SlipData['fee'] {
  return fee
}
