import { randomUUID } from 'node:crypto'
import { existsSync, statSync } from 'node:fs'
import type { SlipData } from '../electron/shared/slip'
import type { KioskHarness } from '../tests/e2e/harness/kiosk-harness'
import { median, percentile, round } from './stats'

export interface SlipReport {
  runs: number
  timesMs: number[]
  medianMs: number
  p95Ms: number
  pdf: { path: string; bytes: number }
}

/** A ready customer's slip: walk-in ticket, a fee with HST, the brand's help page for the QR code. */
function benchSlip(config: ReturnType<KioskHarness['services']['config']['current']>): SlipData {
  return {
    idempotencyKey: randomUUID(),
    language: 'en',
    store: {
      name: config.store.name,
      address: config.store.address,
      province: config.store.province,
      timeZone: config.store.timeZone,
    },
    printedAt: new Date().toISOString(),
    brand: 'telus',
    situation: 'lost-or-stolen',
    verdict: 'ready',
    missing: [],
    photoIdsRequired: config.idRules.photoIdsRequired,
    notHere: null,
    visit: { kind: 'walk-in', ticket: 'A-042', waitMinutes: 24 },
    fee: {
      amountCents: 1500,
      taxes: [{ name: 'HST', cents: 195 }],
      totalCents: 1695,
      verifiedOn: '2026-01-15',
      status: 'confirmed',
    },
    helpUrl: 'https://www.telus.com/support',
    assisted: null,
    paperWidthMm: config.printer.paperWidthMm,
  }
}

/**
 * printSlip as the main process answers it, timed from the call to the answer, and the PDF the
 * harness printer wrote checked to be there and not empty. A new slip (new key) every run.
 */
export async function measureSlip(kiosk: KioskHarness, runs: number): Promise<SlipReport> {
  if (kiosk.services.config.current().printer.name === null) {
    throw new Error('no printer in the store config: the bench needs test.use({ printer: "pdf" })')
  }
  const times: number[] = []
  let last = ''
  for (let run = 0; run < runs; run += 1) {
    const before = kiosk.printedSlips().length
    const started = performance.now()
    const result = await kiosk.call('printSlip', benchSlip(kiosk.services.config.current()))
    const ms = performance.now() - started
    if (!result.ok) throw new Error(`printSlip answered ${result.error.code}: ${result.error.message}`)
    const files = kiosk.printedSlips()
    last = files[files.length - 1] ?? ''
    if (files.length !== before + 1 || !existsSync(last) || statSync(last).size === 0) {
      throw new Error('printSlip answered, but the harness printer wrote no PDF')
    }
    times.push(ms)
  }
  return {
    runs,
    timesMs: times.map((ms) => round(ms)),
    medianMs: round(median(times)),
    p95Ms: round(percentile(times, 95)),
    pdf: { path: last, bytes: statSync(last).size },
  }
}
