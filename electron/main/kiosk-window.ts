import { BrowserWindow, type Session } from 'electron'

export interface KioskWindowSettings {
  windowed: boolean
  preloadPath: string
  /** Must be in memory only (see kiosk-session.ts): a customer's web storage never reaches the disk. */
  session: Session
  /** DevTools only for unpackaged builds. */
  allowDevTools: boolean
}

/**
 * The one kiosk window: full screen and frameless unless windowed, and a locked-down renderer.
 * The options are written out where the window is made so a scanner (electronegativity) can read them.
 */
export function createKioskWindow(settings: KioskWindowSettings): BrowserWindow {
  if (settings.session.isPersistent()) {
    throw new Error('The kiosk window needs an in-memory session: a partition without "persist:"')
  }
  const kiosk = !settings.windowed
  const window = new BrowserWindow({
    kiosk,
    fullscreen: kiosk,
    frame: !kiosk,
    autoHideMenuBar: true,
    width: 1080,
    height: 1920,
    backgroundColor: '#ffffff',
    show: false,
    title: 'eSIM counter kiosk',
    webPreferences: {
      preload: settings.preloadPath,
      session: settings.session,
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
      devTools: settings.allowDevTools,
      safeDialogs: true,
    },
  })
  window.removeMenu()
  window.once('ready-to-show', () => window.show())
  return window
}
