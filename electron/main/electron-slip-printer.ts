import { BrowserWindow, type Session, type WebContents } from 'electron'
import type { PrinterInfo } from '../shared/printing'
import {
  SLIP_HEIGHT_ATTRIBUTE,
  SLIP_INVALID_ATTRIBUTE,
  SLIP_READY_ATTRIBUTE,
  slipPageUrl,
} from '../shared/slip-page'
import { withSlipHeight } from './services/slip-print-service'
import type { SlipPrinter, SlipPrinterOutcome, SlipPrintOptions } from './services/slip-printer'

export interface ElectronSlipPrinterSettings {
  /** The kiosk's in-memory session, which serves the renderer on app://kiosk/. */
  session: Session
  /** Where slip.html is served: app://kiosk. */
  rendererOrigin: string
}

/** Waits in the page for the slip to be ready; the height in mm, or null when the data was refused. */
const WAIT_FOR_SLIP = `new Promise((resolve) => {
  const check = () => {
    const root = document.getElementById('slip')
    if (root?.getAttribute('${SLIP_INVALID_ATTRIBUTE}') === 'true') return resolve(null)
    if (root?.getAttribute('${SLIP_READY_ATTRIBUTE}') === 'true') {
      return resolve(Number(root.getAttribute('${SLIP_HEIGHT_ATTRIBUTE}')))
    }
    setTimeout(check, 50)
  }
  check()
})`

/**
 * Prints the slip page from a hidden, sandboxed window with no preload: loads slip.html with the data
 * in its hash, waits for fonts and the QR code, prints silently, and always destroys the window. The
 * service bounds the time; `signal` tells this printer to give up.
 */
export function createElectronSlipPrinter(settings: ElectronSlipPrinterSettings): SlipPrinter {
  return {
    async print(data, options, signal) {
      const window = hiddenWindow(settings.session, data.paperWidthMm)
      try {
        const printers = await untilAborted(window.webContents.getPrintersAsync(), signal)
        if (!printers.some((printer) => printer.name === options.deviceName)) {
          return { code: 'printer-not-found', reason: `${printers.length} printers, none by that name` }
        }
        await untilAborted(window.webContents.loadURL(slipPageUrl(settings.rendererOrigin, data)), signal)
        const height = await untilAborted(
          window.webContents.executeJavaScript(WAIT_FOR_SLIP) as Promise<number | null>,
          signal,
        )
        if (height === null) return { code: 'print-failed', reason: 'slip page refused the data' }
        return await untilAborted(printPage(window.webContents, withSlipHeight(options, height)), signal)
      } catch (error) {
        return { code: 'print-failed', reason: (error as Error).name ?? 'Error' }
      } finally {
        if (!window.isDestroyed()) window.destroy()
      }
    },

    async listPrinters() {
      const window = hiddenWindow(settings.session, 80)
      try {
        return (await window.webContents.getPrintersAsync()).map((printer): PrinterInfo => ({
          name: printer.name,
          displayName: printer.displayName || printer.name,
          // Electron no longer reports which printer is the system default.
          isDefault: false,
        }))
      } finally {
        if (!window.isDestroyed()) window.destroy()
      }
    },
  }
}

/** The same locked-down webPreferences as the kiosk window, written out here so electronegativity reads them. */
function hiddenWindow(session: Session, paperWidthMm: number): BrowserWindow {
  return new BrowserWindow({
    show: false,
    // The paper's width in CSS pixels, so the slip lays out as it prints.
    width: Math.ceil((paperWidthMm * 96) / 25.4),
    height: 1200,
    useContentSize: true,
    paintWhenInitiallyHidden: true,
    webPreferences: {
      session,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
      safeDialogs: true,
    },
  })
}

function printPage(contents: WebContents, options: SlipPrintOptions): Promise<SlipPrinterOutcome> {
  return new Promise((resolve) => {
    contents.print(options, (success, failureReason) =>
      resolve(success ? 'ok' : { code: 'print-failed', reason: failureReason || 'refused' }),
    )
  })
}

/** The promise, or a rejection as soon as the service gives up (the finally then closes the window). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new DOMException('Print abandoned', 'AbortError'))
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('Print abandoned', 'AbortError'))
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      },
    )
  })
}
