import { describe, expect, it, vi } from 'vitest'
import { dispatchKioskCall } from '../../../electron/main/services/kiosk-dispatch'
import { createMemoryLogger } from '../../../electron/main/services/logger'
import { SlipDataSchema } from '../../../electron/shared/slip'
import { readSlipHash, slipPageUrl } from '../../../electron/shared/slip-page'
import { ok } from '../../../electron/shared/result'
import { sampleSlipData } from '../../support/sample-slip'
import { stubHandlers } from '../../support/stub-handlers'

describe('SlipDataSchema', () => {
  it('accepts a well-formed slip', () => {
    expect(SlipDataSchema.safeParse(sampleSlipData()).success).toBe(true)
  })

  it.each([
    ['a key that is not a UUID', { idempotencyKey: 'tap-1' }],
    ['an unknown language', { language: 'de' }],
    ['a made-up verdict', { verdict: 'maybe' }],
    ['a missing item that is free text', { missing: ['bring your cat'] }],
    ['a ticket in another shape', { visit: { kind: 'walk-in', ticket: '7', waitMinutes: 5 } }],
    ['a help page over http', { helpUrl: 'http://example.com/esim' }],
    ['a paper width the printers do not take', { paperWidthMm: 100 }],
    ['a negative fee', { fee: { ...sampleSlipData().fee, amountCents: -5 } }],
    ['a date with no offset', { printedAt: '2026-11-25 10:00' }],
  ])('rejects %s', (_what, change) => {
    expect(SlipDataSchema.safeParse({ ...sampleSlipData(), ...change }).success).toBe(false)
  })

  it('rejects a slip with a field missing', () => {
    const { store: _store, ...withoutStore } = sampleSlipData()
    expect(SlipDataSchema.safeParse(withoutStore).success).toBe(false)
  })

  it('is refused at the IPC boundary before anything is printed', async () => {
    const printSlip = vi.fn(async () => ok({ status: 'printed' as const, printer: 'x' }))
    const result = await dispatchKioskCall(
      stubHandlers({ printSlip }),
      'printSlip',
      { ...sampleSlipData(), verdict: 'maybe' },
      createMemoryLogger(),
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(printSlip).not.toHaveBeenCalled()
  })
})

describe('the slip page address', () => {
  it('carries the slip in its hash and gives it back unchanged', () => {
    const url = new URL(slipPageUrl('app://kiosk', sampleSlipData()))
    expect(url.pathname).toBe('/slip.html')
    expect(readSlipHash(url.hash)).toEqual(sampleSlipData())
  })

  it('reads a broken hash as nothing', () => {
    expect(readSlipHash('#%7Bnot-json')).toBeNull()
    expect(readSlipHash('#%E0%A4%A')).toBeNull()
  })
})
