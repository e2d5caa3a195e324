import type { PrinterInfo } from '../../shared/printing'
import type { SlipData } from '../../shared/slip'

/** What `webContents.print` gets for a slip: always silent, no margins, the paper's size in microns. */
export interface SlipPrintOptions {
  silent: true
  deviceName: string
  printBackground: false
  color: false
  margins: { marginType: 'none' }
  pageSize: { width: number; height: number }
}

/** The failures a printer itself can report; the service adds not-configured and timeout. */
export interface SlipPrinterFailure {
  code: 'printer-not-found' | 'print-failed'
  /** For the log and staff: a printer's own reason, never customer data. */
  reason: string
}

export type SlipPrinterOutcome = 'ok' | SlipPrinterFailure

/**
 * The printing port. The kiosk's implementation prints the slip page from a hidden Electron window
 * (electron-slip-printer.ts); the e2e harness renders the same page to PDF.
 */
export interface SlipPrinter {
  /** Resolves when the printer accepted the job or refused it. `signal` aborts when the service gives up. */
  print(data: SlipData, options: SlipPrintOptions, signal: AbortSignal): Promise<SlipPrinterOutcome>
  listPrinters(): Promise<PrinterInfo[]>
}

/** For a kiosk started without a printer port: every print fails, so the slip shows on screen. */
export const noSlipPrinter: SlipPrinter = {
  print: async () => ({ code: 'printer-not-found', reason: 'no printer port' }),
  listPrinters: async () => [],
}
