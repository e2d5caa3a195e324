import { describe, expect, it } from 'vitest'
import { enableRecovery } from '../../../electron/main/recovery'
import { createMemoryLogger } from '../../../electron/main/services/logger'
import { cancellableEvent, FakeApp, FakeBrowserWindow } from './fake-electron'

const WELCOME = 'app://kiosk/index.html#/'

function setup() {
  const app = new FakeApp()
  const window = new FakeBrowserWindow()
  const logger = createMemoryLogger()
  const timers: { callback: () => void; ms: number; cleared: boolean }[] = []
  let uncaught: ((error: Error) => void) | null = null
  enableRecovery({
    app: app as never,
    window: window as never,
    welcomeUrl: WELCOME,
    logger,
    unresponsiveGraceMs: 5000,
    onUncaughtError: (listener) => (uncaught = listener),
    setTimer: (callback, ms) => {
      const timer = { callback, ms, cleared: false }
      timers.push(timer)
      return timer
    },
    clearTimer: (timer) => ((timer as { cleared: boolean }).cleared = true),
  })
  return { app, window, logger, timers, crashMain: (error: Error) => uncaught?.(error) }
}

describe('self-healing', () => {
  it('reloads the welcome screen when the renderer crashes', () => {
    const { window, logger } = setup()
    window.webContents.emit('render-process-gone', cancellableEvent(), { reason: 'crashed', exitCode: 11 })
    expect(window.webContents.loadURL).toHaveBeenCalledWith(WELCOME)
    expect(logger.lines).toContainEqual(expect.objectContaining({ event: 'renderer-gone' }))
  })

  it('reloads a hung renderer at the welcome screen after the grace period', () => {
    const { window, timers } = setup()
    window.emit('unresponsive')
    expect(window.webContents.loadURL).not.toHaveBeenCalled()
    expect(timers).toHaveLength(1)
    expect(timers[0]?.ms).toBe(5000)
    timers[0]?.callback()
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalled()
    expect(window.webContents.loadURL).toHaveBeenCalledWith(WELCOME)
  })

  it('leaves a renderer alone that answers again within the grace period', () => {
    const { window, timers } = setup()
    window.emit('unresponsive')
    window.emit('responsive')
    expect(timers[0]?.cleared).toBe(true)
  })

  it.each(['GPU', 'Utility'])('relaunches the app when the %s process is gone', (type) => {
    const { app } = setup()
    app.emit('child-process-gone', cancellableEvent(), { type, reason: 'crashed' })
    expect(app.relaunch).toHaveBeenCalled()
    expect(app.exit).toHaveBeenCalledWith(0)
  })

  it('ignores other child processes', () => {
    const { app } = setup()
    app.emit('child-process-gone', cancellableEvent(), { type: 'Pepper Plugin', reason: 'crashed' })
    expect(app.relaunch).not.toHaveBeenCalled()
  })

  it('logs an uncaught main-process error by name only and relaunches', () => {
    const { app, logger, crashMain } = setup()
    crashMain(new TypeError('customer Alice Canary'))
    expect(app.relaunch).toHaveBeenCalled()
    expect(JSON.stringify(logger.lines)).toContain('TypeError')
    expect(JSON.stringify(logger.lines)).not.toContain('Canary')
  })

  it('does not reload a window that is already gone', () => {
    const { window } = setup()
    window.destroyed = true
    window.webContents.emit('render-process-gone', cancellableEvent(), { reason: 'crashed', exitCode: 1 })
    expect(window.webContents.loadURL).not.toHaveBeenCalled()
  })
})
