import { join } from 'node:path'
import { app, ipcMain, Menu, powerSaveBlocker, session, type BrowserWindow } from 'electron'
import { registerAppScheme, serveRendererOverAppProtocol } from './app-protocol'
import { PRELOAD_PATH, RENDERER_DIR, resourcesDir } from './app-paths'
import { createElectronSlipPrinter } from './electron-slip-printer'
import { registerKioskIpc } from './ipc'
import { clearKioskSessionData, openKioskSession } from './kiosk-session'
import { createKioskWindow } from './kiosk-window'
import { parseLaunchOptions } from './launch-options'
import { denyAllPermissions, lockDownEveryWebContents, lockDownWebContents } from './lockdown'
import { enableRecovery } from './recovery'
import { APP_ORIGIN, WELCOME_URL } from './renderer-files'
import { systemClock } from './services/clock'
import { createKioskServices } from './services/kiosk-services'
import { createFileLogger } from './services/logger'
import { claimSingleInstance } from './single-instance'

const launch = parseLaunchOptions(process.argv, process.env)
let kioskWindow: BrowserWindow | null = null

registerAppScheme()

if (claimSingleInstance(app, focusKioskWindow)) {
  app.whenReady().then(start, (error: unknown) => {
    console.error('The kiosk could not start:', error)
    app.exit(1)
  })
  app.on('window-all-closed', () => app.quit())
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData')
  const logger = createFileLogger(join(dataDir, 'logs'), systemClock)
  const resources = resourcesDir(app.isPackaged, app.getAppPath(), process.resourcesPath)
  const kioskSession = openKioskSession(session)
  const services = await createKioskServices({
    dataDir,
    defaultConfigPath: join(resources, 'store-config.default.json'),
    configPath: launch.configPath,
    clock: systemClock,
    logger,
    onExit: () => app.quit(),
    clearSessionData: () => clearKioskSessionData(kioskSession),
    printer: createElectronSlipPrinter({ session: kioskSession, rendererOrigin: APP_ORIGIN }),
  })
  for (const problem of services.config.problems()) console.warn(`Store config refused: ${problem}`)

  denyAllPermissions(kioskSession)
  serveRendererOverAppProtocol(kioskSession, RENDERER_DIR)
  lockDownEveryWebContents(app, logger)
  const devOrigin = !app.isPackaged && launch.devServerUrl ? new URL(launch.devServerUrl).origin : null
  registerKioskIpc(ipcMain, services.handlers, logger, devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN])

  Menu.setApplicationMenu(null)
  powerSaveBlocker.start('prevent-display-sleep')

  const window = createKioskWindow({
    windowed: launch.windowed,
    preloadPath: PRELOAD_PATH,
    session: kioskSession,
    allowDevTools: !app.isPackaged,
  })
  kioskWindow = window
  lockDownWebContents(window.webContents, logger)
  const startUrl = devOrigin && launch.devServerUrl ? launch.devServerUrl : WELCOME_URL
  enableRecovery({ app, window, welcomeUrl: startUrl, logger })
  logger.log('info', 'kiosk-started', { windowed: launch.windowed, packaged: app.isPackaged })
  await window.loadURL(startUrl)
}

function focusKioskWindow(): void {
  if (!kioskWindow || kioskWindow.isDestroyed()) return
  if (kioskWindow.isMinimized()) kioskWindow.restore()
  kioskWindow.show()
  kioskWindow.focus()
}
