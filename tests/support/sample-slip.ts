import type { SlipData } from '../../electron/shared/slip'

/** A valid slip: an Ontario walk-in, almost ready, with a fee and a help page. Override what a test needs. */
export function sampleSlipData(overrides: Partial<SlipData> = {}): SlipData {
  return {
    idempotencyKey: '6f1c2b1e-2a4d-4c8e-9b1a-3d2f4e5a6b7c',
    language: 'en',
    store: {
      name: 'Main Street Mobile',
      address: '100 Main Street, Toronto ON',
      province: 'ON',
      timeZone: 'America/Toronto',
    },
    printedAt: '2026-11-25T15:00:00.000Z',
    brand: 'telus',
    situation: 'new-phone',
    verdict: 'almost',
    missing: ['photo-id', 'device-charged'],
    photoIdsRequired: 1,
    notHere: null,
    visit: { kind: 'walk-in', ticket: 'A-007', waitMinutes: 15 },
    fee: {
      amountCents: 1500,
      taxes: [{ name: 'HST', cents: 195 }],
      totalCents: 1695,
      verifiedOn: '2026-06-01',
      status: 'confirmed',
    },
    helpUrl: 'https://www.telus.com/en/support',
    assisted: null,
    paperWidthMm: 80,
    ...overrides,
  }
}
