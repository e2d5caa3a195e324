import { beforeEach, describe, expect, it, vi } from 'vitest'
import { slipPrintOptions } from '../../../electron/main/services/slip-print-service'
import { readSlipHash } from '../../../electron/shared/slip-page'
import { sampleSlipData } from '../../support/sample-slip'
import { FakeBrowserWindow, FakeSession, fakeElectronModule } from './fake-electron'

vi.mock('electron', () => fakeElectronModule())

const { createElectronSlipPrinter } = await import('../../../electron/main/electron-slip-printer')

const PRINTER = { name: 'TM-T20III', displayName: 'Epson TM-T20III' }
const session = new FakeSession()

function lastWindow(): FakeBrowserWindow {
  const window = FakeBrowserWindow.instances.at(-1)
  if (!window) throw new Error('no window was created')
  return window
}

/** Starts a print and returns the window it made, once it exists. */
function startPrint(
  configure: (window: FakeBrowserWindow) => void,
  signal: AbortSignal = new AbortController().signal,
) {
  const printer = createElectronSlipPrinter({ session: session as never, rendererOrigin: 'app://kiosk' })
  // The window is made synchronously in print(): configure its fakes before anything is awaited.
  const original = FakeBrowserWindow.instances.push.bind(FakeBrowserWindow.instances)
  FakeBrowserWindow.instances.push = (...windows) => {
    windows.forEach(configure)
    return original(...windows)
  }
  const outcome = printer.print(sampleSlipData(), slipPrintOptions(PRINTER.name, 80), signal)
  FakeBrowserWindow.instances.push = original
  return { outcome, window: lastWindow() }
}

function printerPresent(window: FakeBrowserWindow, height: number | null = 142) {
  window.webContents.getPrintersAsync.mockResolvedValue([PRINTER])
  window.webContents.executeJavaScript.mockResolvedValue(height)
}

describe('the Electron slip printer', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances = []
  })

  it('opens a hidden, sandboxed window with no preload in the kiosk session', () => {
    startPrint(printerPresent)
    const options = lastWindow().options as { show: boolean; webPreferences: Record<string, unknown> }
    expect(options.show).toBe(false)
    expect(options.webPreferences).toMatchObject({
      session,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    })
    expect(options.webPreferences['preload']).toBeUndefined()
  })

  it('loads slip.html with the slip in its hash, prints silently at the measured height, closes', async () => {
    const { outcome, window } = startPrint((w) => printerPresent(w, 142))
    expect(await outcome).toBe('ok')
    const url = window.webContents.loadURL.mock.calls[0]?.[0] ?? ''
    expect(url.startsWith('app://kiosk/slip.html#')).toBe(true)
    expect(readSlipHash(new URL(url).hash)).toEqual(sampleSlipData())
    expect(window.webContents.print).toHaveBeenCalledWith(
      {
        silent: true,
        deviceName: 'TM-T20III',
        printBackground: false,
        color: false,
        margins: { marginType: 'none' },
        pageSize: { width: 80_000, height: 142_000 },
      },
      expect.any(Function),
    )
    expect(window.destroy).toHaveBeenCalledOnce()
  })

  it('reports printer-not-found when the system has no printer by that name, and closes', async () => {
    const { outcome, window } = startPrint((w) =>
      w.webContents.getPrintersAsync.mockResolvedValue([{ name: 'Office', displayName: 'Office' }]),
    )
    expect(await outcome).toMatchObject({ code: 'printer-not-found' })
    expect(window.webContents.print).not.toHaveBeenCalled()
    expect(window.destroy).toHaveBeenCalledOnce()
  })

  it('reports print-failed when the printer refuses the job, and closes', async () => {
    const { outcome, window } = startPrint((w) => {
      printerPresent(w)
      w.webContents.print.mockImplementation((_options, callback) => callback(false, 'failed'))
    })
    expect(await outcome).toEqual({ code: 'print-failed', reason: 'failed' })
    expect(window.destroy).toHaveBeenCalledOnce()
  })

  it('reports print-failed when the slip page cannot load, and closes', async () => {
    const { outcome, window } = startPrint((w) => {
      printerPresent(w)
      w.webContents.loadURL.mockRejectedValue(new Error('ERR_FILE_NOT_FOUND'))
    })
    expect(await outcome).toMatchObject({ code: 'print-failed' })
    expect(window.destroy).toHaveBeenCalledOnce()
  })

  it('reports print-failed when the slip page refused the data, and closes', async () => {
    const { outcome, window } = startPrint((w) => printerPresent(w, null))
    expect(await outcome).toMatchObject({ code: 'print-failed' })
    expect(window.webContents.print).not.toHaveBeenCalled()
    expect(window.destroy).toHaveBeenCalledOnce()
  })

  it('gives up and closes the window when the service aborts (the print timed out)', async () => {
    const controller = new AbortController()
    const { outcome, window } = startPrint((w) => {
      printerPresent(w)
      // The printer never calls back.
      w.webContents.print.mockImplementation(() => undefined)
    }, controller.signal)
    await vi.waitFor(() => expect(window.webContents.print).toHaveBeenCalled())
    expect(window.destroy).not.toHaveBeenCalled()
    controller.abort()
    expect(await outcome).toMatchObject({ code: 'print-failed', reason: 'AbortError' })
    expect(window.destroy).toHaveBeenCalledOnce()
  })

  it('lists the system printers for the staff settings and closes its window', async () => {
    const printer = createElectronSlipPrinter({ session: session as never, rendererOrigin: 'app://kiosk' })
    const listing = printer.listPrinters()
    const window = lastWindow()
    window.webContents.getPrintersAsync.mockResolvedValue([PRINTER])
    await expect(listing).resolves.toBeDefined()
    expect(window.destroy).toHaveBeenCalledOnce()
  })
})
