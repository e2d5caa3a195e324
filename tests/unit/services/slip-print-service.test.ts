import { describe, expect, it, vi } from 'vitest'
import { createMemoryLogger } from '../../../electron/main/services/logger'
import {
  createSlipPrintService,
  slipPrintOptions,
  withSlipHeight,
  type Wait,
} from '../../../electron/main/services/slip-print-service'
import type { SlipPrinter, SlipPrinterOutcome } from '../../../electron/main/services/slip-printer'
import { SlipDataSchema } from '../../../electron/shared/slip'
import type { StoreConfig } from '../../../electron/shared/store-config'
import { sampleSlipData } from '../../support/sample-slip'
import { readDefaultConfig } from '../../support/store-configs'
import { TestClock } from '../../support/test-clock'

/** A wait that resolves only when the test says the time has come. */
function manualWait() {
  const pending: { ms: number; resolve: () => void; signal: AbortSignal }[] = []
  const wait: Wait = (ms, signal) => new Promise<void>((resolve) => pending.push({ ms, resolve, signal }))
  return { wait, pending, elapse: () => pending.forEach((timer) => timer.resolve()) }
}

function setup(
  options: {
    printerName?: string | null
    outcome?: () => Promise<SlipPrinterOutcome>
    timeoutSeconds?: number
  } = {},
) {
  const base = readDefaultConfig()
  const config: StoreConfig = {
    ...base,
    printer: {
      ...base.printer,
      name: options.printerName === undefined ? 'TM-T20III' : options.printerName,
      timeoutSeconds: options.timeoutSeconds ?? 10,
    },
  }
  const signals: AbortSignal[] = []
  const printer: SlipPrinter & { print: ReturnType<typeof vi.fn> } = {
    print: vi.fn(async (_data, _options, signal: AbortSignal) => {
      signals.push(signal)
      return options.outcome ? options.outcome() : 'ok'
    }),
    listPrinters: async () => [{ name: 'TM-T20III', displayName: 'Epson TM-T20III', isDefault: true }],
  }
  const statistics = { record: vi.fn(async () => ({ ok: true as const, value: null })) }
  const timers = manualWait()
  const service = createSlipPrintService({
    printer,
    config: () => config,
    clock: new TestClock(),
    statistics,
    logger: createMemoryLogger(),
    wait: timers.wait,
  })
  return { service, printer, statistics, timers, signals }
}

describe('print options', () => {
  it('print 80 mm slips silently to the named printer, 80 000 microns wide, with no margins', () => {
    expect(slipPrintOptions('TM-T20III', 80)).toEqual({
      silent: true,
      deviceName: 'TM-T20III',
      printBackground: false,
      color: false,
      margins: { marginType: 'none' },
      pageSize: { width: 80_000, height: 300_000 },
    })
  })

  it('print 58 mm slips 58 000 microns wide', () => {
    const options = slipPrintOptions('Small', 58)
    expect(options.pageSize.width).toBe(58_000)
    expect(options).toMatchObject({ silent: true, deviceName: 'Small', margins: { marginType: 'none' } })
  })

  it('fit the page to the height the slip page measured, never below what Chromium accepts', () => {
    const options = slipPrintOptions('TM-T20III', 80)
    expect(withSlipHeight(options, 187).pageSize).toEqual({ width: 80_000, height: 187_000 })
    expect(withSlipHeight(options, 0.1).pageSize.height).toBe(353)
    expect(withSlipHeight(options, Number.NaN)).toEqual(options)
  })
})

describe('the slip print service', () => {
  it('prints through the port with the options for the slip’s paper and counts the slip', async () => {
    const { service, printer, statistics } = setup()
    const result = await service.print(sampleSlipData({ paperWidthMm: 58 }))
    expect(result).toEqual({ ok: true, value: { status: 'printed', printer: 'TM-T20III' } })
    expect(printer.print).toHaveBeenCalledWith(
      expect.objectContaining({ paperWidthMm: 58 }),
      slipPrintOptions('TM-T20III', 58),
      expect.any(AbortSignal),
    )
    expect(statistics.record).toHaveBeenCalledWith({ event: 'print-outcome', outcome: 'printed' })
  })

  it('prints once for a repeated key and gives the second request the first result', async () => {
    const { service, printer } = setup()
    const slip = sampleSlipData()
    const [first, second] = await Promise.all([service.print(slip), service.print(slip)])
    const third = await service.print(slip)
    expect(printer.print).toHaveBeenCalledTimes(1)
    expect(second).toEqual(first)
    expect(third).toEqual(first)
    await service.print(sampleSlipData({ idempotencyKey: '0b6c3a52-8f3e-4d7a-a1b2-c3d4e5f6a7b8' }))
    expect(printer.print).toHaveBeenCalledTimes(2)
  })

  it('refuses with printer-not-configured when staff set no printer, and counts the failure', async () => {
    const { service, printer, statistics } = setup({ printerName: null })
    const result = await service.print(sampleSlipData())
    expect(result).toMatchObject({ ok: false, error: { code: 'printer-not-configured' } })
    expect(printer.print).not.toHaveBeenCalled()
    expect(statistics.record).toHaveBeenCalledWith({ event: 'print-outcome', outcome: 'failed' })
  })

  it.each(['printer-not-found', 'print-failed'] as const)('passes on %s from the printer', async (code) => {
    const { service, statistics, signals } = setup({ outcome: async () => ({ code, reason: 'test' }) })
    const result = await service.print(sampleSlipData())
    expect(result).toMatchObject({ ok: false, error: { code } })
    expect(statistics.record).toHaveBeenCalledWith({ event: 'print-outcome', outcome: 'failed' })
    expect(signals[0]?.aborted).toBe(true)
  })

  it('turns a printer that throws into print-failed', async () => {
    const { service } = setup({
      outcome: async () => {
        throw new Error('driver crashed')
      },
    })
    expect(await service.print(sampleSlipData())).toMatchObject({
      ok: false,
      error: { code: 'print-failed' },
    })
  })

  it('gives up with print-timeout when the printer does not answer in time, and tells the printer', async () => {
    const { service, timers, signals, statistics } = setup({
      timeoutSeconds: 7,
      outcome: () => new Promise<never>(() => undefined),
    })
    const result = service.print(sampleSlipData())
    await vi.waitFor(() => expect(timers.pending).toHaveLength(1))
    expect(timers.pending[0]?.ms).toBe(7000)
    timers.elapse()
    expect(await result).toMatchObject({ ok: false, error: { code: 'print-timeout' } })
    expect(signals[0]?.aborted).toBe(true)
    expect(statistics.record).toHaveBeenCalledWith({ event: 'print-outcome', outcome: 'failed' })
  })

  it('cancels the timeout once the printer answers', async () => {
    const { service, timers } = setup()
    await service.print(sampleSlipData())
    expect(timers.pending[0]?.signal.aborted).toBe(true)
  })

  it('prints a valid sample slip for staff, every time, without counting it', async () => {
    const { service, printer, statistics } = setup()
    expect((await service.printTest()).ok).toBe(true)
    expect((await service.printTest()).ok).toBe(true)
    expect(printer.print).toHaveBeenCalledTimes(2)
    const sample = printer.print.mock.calls[0]?.[0]
    expect(SlipDataSchema.parse(sample)).toMatchObject({ sample: true, store: { name: expect.any(String) } })
    expect(statistics.record).not.toHaveBeenCalled()
  })

  it('lists the printers from the port', async () => {
    const { service } = setup()
    expect(await service.listPrinters()).toEqual({
      ok: true,
      value: [{ name: 'TM-T20III', displayName: 'Epson TM-T20III', isDefault: true }],
    })
  })
})
