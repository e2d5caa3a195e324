import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeBrowserWindow, FakeSession, fakeElectronModule } from './fake-electron'

vi.mock('electron', () => fakeElectronModule())

const { createKioskWindow } = await import('../../../electron/main/kiosk-window')

type Settings = Parameters<typeof createKioskWindow>[0]
function kioskWindowOptions(settings: Settings) {
  createKioskWindow(settings)
  const window = FakeBrowserWindow.instances.at(-1)
  if (!window) throw new Error('no window was created')
  return window.options as { webPreferences?: Record<string, unknown> } & Record<string, unknown>
}

const session = new FakeSession() as never

describe('the kiosk window', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances = []
  })

  it('is full screen, in kiosk mode and frameless by default', () => {
    const options = kioskWindowOptions({
      windowed: false,
      preloadPath: '/p.cjs',
      session,
      allowDevTools: false,
    })
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, frame: false })
  })

  it('is an ordinary framed window in windowed mode', () => {
    const options = kioskWindowOptions({
      windowed: true,
      preloadPath: '/p.cjs',
      session,
      allowDevTools: true,
    })
    expect(options).toMatchObject({ kiosk: false, fullscreen: false, frame: true })
  })

  it('runs the renderer isolated, sandboxed and without Node', () => {
    const { webPreferences } = kioskWindowOptions({
      windowed: false,
      preloadPath: '/p.cjs',
      session,
      allowDevTools: false,
    })
    expect(webPreferences).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    })
  })

  it('allows DevTools only when asked to (unpackaged builds)', () => {
    const options = kioskWindowOptions({
      windowed: false,
      preloadPath: '/p.cjs',
      session,
      allowDevTools: true,
    })
    expect(options.webPreferences?.devTools).toBe(true)
  })

  it('refuses a session kept on disk (a "persist:" partition)', () => {
    const persistent = Object.assign(new FakeSession(), { persistent: true }) as never
    expect(() =>
      createKioskWindow({
        windowed: false,
        preloadPath: '/p.cjs',
        session: persistent,
        allowDevTools: false,
      }),
    ).toThrow(/in-memory session/)
    expect(FakeBrowserWindow.instances).toHaveLength(0)
  })

  it('creates one window with no menu', () => {
    createKioskWindow({ windowed: false, preloadPath: '/p.cjs', session, allowDevTools: false })
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    expect(FakeBrowserWindow.instances[0]?.removeMenu).toHaveBeenCalled()
  })
})
