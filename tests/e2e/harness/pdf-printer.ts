import type { BrowserContext, Page } from '@playwright/test'
import type { PrinterInfo } from '../../../electron/shared/printing'
import {
  SLIP_HEIGHT_ATTRIBUTE,
  SLIP_INVALID_ATTRIBUTE,
  SLIP_READY_SELECTOR,
  slipPageUrl,
} from '../../../electron/shared/slip-page'
import type { SlipData } from '../../../electron/shared/slip'
import type { SlipPrinter, SlipPrinterOutcome } from '../../../electron/main/services/slip-printer'

/** Which printer the harness gives the services: `test.use({ printer: 'fails' })`. */
export type PrinterChoice = 'none' | 'pdf' | 'fails' | 'never-answers'

/** The printer name the harness puts in the store config when a test picks a printer. */
export const HARNESS_PRINTER_NAME = 'Harness PDF printer'

export interface PrintedSlip {
  path: string
  data: SlipData
}

export interface HarnessPrinter extends SlipPrinter {
  /** Every slip printed, oldest first (PDF files in the test's output folder). */
  readonly printed: PrintedSlip[]
}

const HARNESS_PRINTERS: PrinterInfo[] = [
  { name: HARNESS_PRINTER_NAME, displayName: 'PDF (e2e harness)', isDefault: true },
]

export interface PdfPrinterSettings {
  context: BrowserContext
  /** Serves the built renderer to a page, the way the harness serves the kiosk's. */
  serve: (page: Page) => Promise<void>
  origin: string
  outputPath: (name: string) => string
}

/**
 * Prints like the kiosk does, to PDF: a new page in the test's browser context loads the built
 * slip.html with the slip in its hash, waits for it to be ready and saves it with the print options'
 * paper size and the height the page measured. A page error or console error fails the print.
 */
export function createPdfPrinter(settings: PdfPrinterSettings): HarnessPrinter {
  const printed: PrintedSlip[] = []
  return {
    printed,
    listPrinters: async () => HARNESS_PRINTERS,
    async print(data, options): Promise<SlipPrinterOutcome> {
      if (options.deviceName !== HARNESS_PRINTER_NAME) {
        return { code: 'printer-not-found', reason: options.deviceName }
      }
      const page = await settings.context.newPage()
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(error.message))
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text())
      })
      try {
        await settings.serve(page)
        await page.goto(slipPageUrl(settings.origin, data))
        const root = page.locator('#slip')
        await page.locator(SLIP_READY_SELECTOR).waitFor({ state: 'attached', timeout: 10_000 })
        if ((await root.getAttribute(SLIP_INVALID_ATTRIBUTE)) === 'true') {
          return { code: 'print-failed', reason: 'slip page refused the data' }
        }
        const heightMm = Number(await root.getAttribute(SLIP_HEIGHT_ATTRIBUTE))
        // Wider than the paper, Chromium would shrink the whole slip to fit: small text, blank paper.
        const widthMm = await root.evaluate((element) => {
          const slip = element.firstElementChild as HTMLElement
          return (Math.max(slip.getBoundingClientRect().width, slip.scrollWidth) * 25.4) / 96
        })
        if (widthMm > options.pageSize.width / 1000 + 0.2) {
          return { code: 'print-failed', reason: `slip is ${widthMm.toFixed(1)} mm wide` }
        }
        const path = settings.outputPath(`slip-${printed.length + 1}.pdf`)
        await page.pdf({
          path,
          width: `${options.pageSize.width / 1000}mm`,
          height: `${heightMm}mm`,
          margin: { top: '0', right: '0', bottom: '0', left: '0' },
          printBackground: options.printBackground,
          preferCSSPageSize: true,
        })
        if (problems.length) return { code: 'print-failed', reason: problems.join('; ') }
        printed.push({ path, data })
        return 'ok'
      } finally {
        await page.close()
      }
    },
  }
}

/** A printer that is there but refuses every slip, as a jammed or empty printer does. */
export function createFailingPrinter(): HarnessPrinter {
  return {
    printed: [],
    listPrinters: async () => HARNESS_PRINTERS,
    print: async () => ({ code: 'print-failed', reason: 'out of paper (harness)' }),
  }
}

/** A printer that never answers; it lets go only when the service gives up. */
export function createSilentPrinter(): HarnessPrinter {
  return {
    printed: [],
    listPrinters: async () => HARNESS_PRINTERS,
    print: (_data, _options, signal) =>
      new Promise((resolve) => {
        signal.addEventListener('abort', () => resolve({ code: 'print-failed', reason: 'abandoned' }), {
          once: true,
        })
      }),
  }
}
