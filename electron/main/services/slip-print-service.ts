import type { PrinterInfo, PrintReceipt } from '../../shared/printing'
import { fail, ok, type KioskResult } from '../../shared/result'
import type { SlipData } from '../../shared/slip'
import type { StoreConfig } from '../../shared/store-config'
import type { Clock } from './clock'
import type { Logger } from './logger'
import type { SlipPrinter, SlipPrintOptions } from './slip-printer'
import { countPrintOutcome, type StatisticsService } from './statistics-service'

/** Resolves after `ms` unless `signal` aborts first; the kiosk uses setTimeout, tests a timer they move. */
export type Wait = (ms: number, signal: AbortSignal) => Promise<void>

export const realWait: Wait = (ms, signal) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true })
  })

export interface SlipPrintServiceOptions {
  printer: SlipPrinter
  config: () => StoreConfig
  clock: Clock
  statistics: Pick<StatisticsService, 'record'>
  logger: Logger
  wait?: Wait | undefined
}

export interface SlipPrintService {
  /** Prints once per idempotency key: a repeated request gets the first request's result. */
  print(data: SlipData): Promise<KioskResult<PrintReceipt>>
  /** A sample slip for the staff settings; not counted in the statistics. */
  printTest(): Promise<KioskResult<PrintReceipt>>
  listPrinters(): Promise<KioskResult<PrinterInfo[]>>
}

/** Until the slip page reports its height: long enough for any slip; a printer cuts after the content. */
export const LONG_SLIP_HEIGHT_MM = 300
/** Chromium refuses a page shorter than this (353 microns); a slip is never this short anyway. */
const MIN_PAGE_HEIGHT_MICRONS = 353
/** Keys remembered for idempotency: far more than the taps of one session. */
const REMEMBERED_KEYS = 100

/** The print options for a slip on the configured printer and paper. */
export function slipPrintOptions(
  deviceName: string,
  paperWidthMm: 80 | 58,
  heightMm = LONG_SLIP_HEIGHT_MM,
): SlipPrintOptions {
  return {
    silent: true,
    deviceName,
    printBackground: false,
    color: false,
    margins: { marginType: 'none' },
    pageSize: {
      width: paperWidthMm * 1000,
      height: Math.max(MIN_PAGE_HEIGHT_MICRONS, Math.ceil(heightMm * 1000)),
    },
  }
}

/** The same options with the page as tall as the rendered slip (the slip page measures it). */
export function withSlipHeight(options: SlipPrintOptions, heightMm: number): SlipPrintOptions {
  if (!Number.isFinite(heightMm) || heightMm <= 0) return options
  return {
    ...options,
    pageSize: {
      ...options.pageSize,
      height: Math.max(MIN_PAGE_HEIGHT_MICRONS, Math.ceil(heightMm * 1000)),
    },
  }
}

export function createSlipPrintService(options: SlipPrintServiceOptions): SlipPrintService {
  const { printer, config, clock, statistics, logger } = options
  const wait = options.wait ?? realWait
  const results = new Map<string, Promise<KioskResult<PrintReceipt>>>()

  async function printOnce(data: SlipData): Promise<KioskResult<PrintReceipt>> {
    const { name, timeoutSeconds } = config().printer
    if (!name) return fail('printer-not-configured', 'No printer is set in the staff settings')
    const controller = new AbortController()
    const timedOut = wait(timeoutSeconds * 1000, controller.signal).then(() => 'timeout' as const)
    try {
      const outcome = await Promise.race([
        printer.print(data, slipPrintOptions(name, data.paperWidthMm), controller.signal),
        timedOut,
      ])
      if (outcome === 'ok') return ok({ status: 'printed', printer: name })
      if (outcome === 'timeout') {
        return fail('print-timeout', `The printer did not answer within ${timeoutSeconds} seconds`)
      }
      logger.log('warn', 'print-refused', { code: outcome.code, reason: outcome.reason })
      return outcome.code === 'printer-not-found'
        ? fail('printer-not-found', `The printer "${name}" is not connected`)
        : fail('print-failed', 'The printer refused the slip')
    } catch (error) {
      logger.log('error', 'print-crashed', { error: (error as Error).name ?? 'Error' })
      return fail('print-failed', 'The slip could not be printed')
    } finally {
      controller.abort()
    }
  }

  async function printAndCount(data: SlipData): Promise<KioskResult<PrintReceipt>> {
    const result = await printOnce(data)
    logger.log(result.ok ? 'info' : 'warn', 'slip-print', {
      outcome: result.ok ? 'printed' : result.error.code,
    })
    await countPrintOutcome(statistics, result.ok ? 'printed' : 'failed')
    return result
  }

  return {
    print(data) {
      const earlier = results.get(data.idempotencyKey)
      if (earlier) return earlier
      const result = printAndCount(data)
      results.set(data.idempotencyKey, result)
      // Forget the oldest key; a Map iterates in insertion order.
      if (results.size > REMEMBERED_KEYS) results.delete(results.keys().next().value as string)
      return result
    },

    printTest() {
      return printOnce(sampleSlip(config(), clock.now()))
    },

    async listPrinters() {
      try {
        return ok(await printer.listPrinters())
      } catch (error) {
        logger.log('error', 'list-printers-failed', { error: (error as Error).name ?? 'Error' })
        return fail('print-failed', 'The list of printers could not be read')
      }
    },
  }
}

/** The staff's test print: the store's own details, a "ready" verdict, marked as a sample. */
export function sampleSlip(config: StoreConfig, now: Date): SlipData {
  return {
    idempotencyKey: crypto.randomUUID(),
    sample: true,
    language: config.languages.default,
    store: {
      name: config.store.name,
      address: config.store.address,
      province: config.store.province,
      timeZone: config.store.timeZone,
    },
    printedAt: now.toISOString(),
    brand: null,
    situation: null,
    verdict: 'ready',
    missing: [],
    photoIdsRequired: config.idRules.photoIdsRequired,
    notHere: null,
    visit: { kind: 'walk-in', ticket: `${config.queue.ticketPrefix}-000`, waitMinutes: 0 },
    fee: null,
    helpUrl: null,
    assisted: null,
    paperWidthMm: config.printer.paperWidthMm,
  }
}
