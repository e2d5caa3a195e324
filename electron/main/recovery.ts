import type { App, BrowserWindow } from 'electron'
import type { Logger } from './services/logger'

export interface RecoveryOptions {
  app: Pick<App, 'on' | 'relaunch' | 'exit'>
  window: BrowserWindow
  /** Where a reload lands: the welcome screen, so no customer's answers come back. */
  welcomeUrl: string
  logger: Logger
  /** How long a hung renderer gets before it is reloaded. */
  unresponsiveGraceMs?: number
  onUncaughtError?: (listener: (error: Error) => void) => void
  setTimer?: (callback: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

/**
 * The kiosk heals itself: a crashed renderer is reloaded at the welcome screen, a hung one after a
 * grace period; a lost GPU or utility process, or an error the main process didn't catch, relaunches
 * the app. Only the kind of failure is logged.
 */
export function enableRecovery(options: RecoveryOptions): void {
  const { app, window, welcomeUrl, logger } = options
  const grace = options.unresponsiveGraceMs ?? 10_000
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms))
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout))
  const onUncaughtError = options.onUncaughtError ?? ((listener) => process.on('uncaughtException', listener))
  const contents = window.webContents
  let hangTimer: unknown = null

  const reloadWelcome = () => {
    if (window.isDestroyed()) return
    void contents.loadURL(welcomeUrl)
  }
  const relaunch = () => {
    app.relaunch()
    app.exit(0)
  }

  contents.on('render-process-gone', (_event, details) => {
    logger.log('error', 'renderer-gone', { reason: details.reason, exitCode: details.exitCode })
    reloadWelcome()
  })
  window.on('unresponsive', () => {
    logger.log('warn', 'renderer-unresponsive')
    if (hangTimer !== null) return
    hangTimer = setTimer(() => {
      hangTimer = null
      logger.log('error', 'renderer-hung-reloading', { graceMs: grace })
      if (!window.isDestroyed()) contents.forcefullyCrashRenderer()
      reloadWelcome()
    }, grace)
  })
  window.on('responsive', () => {
    if (hangTimer !== null) clearTimer(hangTimer)
    hangTimer = null
  })
  app.on('child-process-gone', (_event, details) => {
    if (details.type !== 'GPU' && details.type !== 'Utility') return
    logger.log('error', 'child-process-gone', { type: details.type, reason: details.reason })
    relaunch()
  })
  onUncaughtError((error) => {
    logger.log('error', 'main-uncaught-error', { name: error.name })
    relaunch()
  })
}
