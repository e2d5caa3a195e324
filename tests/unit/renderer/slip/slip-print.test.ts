import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { SlipDataSchema } from '@shared/slip'
import { newIdempotencyKey } from '@/domain/idempotency-key'
import { useSlipPrint } from '@/composables/useSlipPrint'
import { formatAppointmentTime, formatSlipDateTime } from '@/slip/slip-format'
import { slipLanguages } from '@/slip/slip-languages'
import { sampleSlipData } from '../../../support/sample-slip'

const api = vi.hoisted(() => ({ printSlip: vi.fn() }))
vi.mock('@/services/kiosk', () => ({ kiosk: () => api }))

const TIMEOUT_MS = 12_000

function startFlow() {
  const scope = effectScope()
  const flow = scope.run(() =>
    useSlipPrint(
      () => sampleSlipData(),
      () => TIMEOUT_MS,
    ),
  )
  if (!flow) throw new Error('no flow')
  return { ...flow, stop: () => scope.stop() }
}

describe('the print flow', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    api.printSlip.mockReset()
  })
  afterEach(() => vi.useRealTimers())

  it('shows printing, then printed when the kiosk prints the slip', async () => {
    api.printSlip.mockResolvedValue({ ok: true, value: { status: 'printed', printer: 'TM' } })
    const flow = startFlow()
    const done = flow.print()
    expect(flow.state.value).toBe('printing')
    await done
    expect(flow.state.value).toBe('printed')
    expect(api.printSlip).toHaveBeenCalledWith(sampleSlipData())
  })

  it('sends one request however often it is tapped', async () => {
    api.printSlip.mockResolvedValue({ ok: true, value: { status: 'printed', printer: 'TM' } })
    const flow = startFlow()
    await Promise.all([flow.print(), flow.print()])
    await flow.print()
    expect(api.printSlip).toHaveBeenCalledTimes(1)
  })

  it.each(['printer-not-configured', 'printer-not-found', 'print-failed', 'print-timeout'])(
    'fails and keeps the slip to show when the kiosk answers %s',
    async (code) => {
      api.printSlip.mockResolvedValue({ ok: false, error: { code, message: code } })
      const flow = startFlow()
      await flow.print()
      expect(flow.state.value).toBe('failed')
      expect(flow.slip.value).toEqual(sampleSlipData())
    },
  )

  it('fails when the call itself breaks', async () => {
    api.printSlip.mockRejectedValue(new Error('IPC gone'))
    const flow = startFlow()
    await flow.print()
    expect(flow.state.value).toBe('failed')
  })

  it('fails once its own timeout passes when no answer comes', async () => {
    api.printSlip.mockReturnValue(new Promise(() => undefined))
    const flow = startFlow()
    void flow.print()
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS - 1)
    expect(flow.state.value).toBe('printing')
    await vi.advanceTimersByTimeAsync(1)
    await flushPromises()
    expect(flow.state.value).toBe('failed')
    flow.stop()
  })
})

describe('the slip’s languages', () => {
  const store = sampleSlipData().store
  it('are the customer’s language alone outside Quebec', () => {
    expect(slipLanguages({ language: 'en', store })).toEqual(['en'])
    expect(slipLanguages({ language: 'fr', store })).toEqual(['fr'])
  })

  it('put French first in Quebec, then the customer’s language', () => {
    const quebec = { ...store, province: 'QC' as const }
    expect(slipLanguages({ language: 'en', store: quebec })).toEqual(['fr', 'en'])
    expect(slipLanguages({ language: 'zh-Hans', store: quebec })).toEqual(['fr', 'zh-Hans'])
    expect(slipLanguages({ language: 'fr', store: quebec })).toEqual(['fr'])
  })
})

describe('the idempotency key', () => {
  it('is a version-4 UUID the slip schema accepts', () => {
    for (let i = 0; i < 20; i += 1) {
      const key = newIdempotencyKey()
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(SlipDataSchema.shape.idempotencyKey.safeParse(key).success).toBe(true)
    }
  })

  it('sets the version and variant bits even from all-ones or all-zeros bytes', () => {
    expect(newIdempotencyKey((bytes) => bytes.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
    expect(newIdempotencyKey((bytes) => bytes.fill(0))).toBe('00000000-0000-4000-8000-000000000000')
  })
})

describe('the slip’s dates', () => {
  it('are in the store’s time zone, with the time kept on one line', () => {
    const french = formatSlipDateTime('2026-11-25T15:00:00.000Z', 'fr', 'America/Toronto')
    expect(french).toContain('25 nov. 2026')
    expect(french).toContain('10\u00a0h\u00a000')
    const english = formatAppointmentTime('2026-11-26T19:30:00.000Z', 'en', 'America/Halifax')
    expect(english).toMatch(/Thursday, November 26.*3:30/)
    expect(english.slice(english.indexOf('3:30'))).not.toContain(' ')
  })
})
