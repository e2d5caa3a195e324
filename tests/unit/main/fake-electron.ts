import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

/** Just enough of Electron's objects for the main-process modules to be driven from tests. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  loadURL = vi.fn(async (_url: string) => undefined)
  setZoomFactor = vi.fn()
  setVisualZoomLevelLimits = vi.fn(async () => undefined)
  forcefullyCrashRenderer = vi.fn()
  // Printing (electron-slip-printer.ts): tests set what each returns.
  getPrintersAsync = vi.fn(async () => [] as { name: string; displayName: string }[])
  executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => undefined)
  print = vi.fn((_options: unknown, callback: (success: boolean, failureReason: string) => void) =>
    callback(true, ''),
  )
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  webContents = new FakeWebContents()
  removeMenu = vi.fn()
  show = vi.fn()
  focus = vi.fn()
  restore = vi.fn()
  destroyed = false
  destroy = vi.fn(() => {
    this.destroyed = true
  })
  constructor(readonly options: Record<string, unknown> = {}) {
    super()
    FakeBrowserWindow.instances.push(this)
  }
  isDestroyed() {
    return this.destroyed
  }
  isMinimized() {
    return false
  }
}

export class FakeSession {
  permissionRequestHandler:
    ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null
  displayMediaHandler: ((request: unknown, callback: (streams: object) => void) => void) | null = null
  persistent = false
  clearStorageData = vi.fn(async () => undefined)
  clearCache = vi.fn(async () => undefined)
  isPersistent() {
    return this.persistent
  }
  protocolHandlers = new Map<string, (request: Request) => Promise<Response>>()
  protocol = {
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      this.protocolHandlers.set(scheme, handler),
  }
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']) {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']) {
    this.permissionCheckHandler = handler
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']) {
    this.devicePermissionHandler = handler
  }
  setDisplayMediaRequestHandler(handler: FakeSession['displayMediaHandler']) {
    this.displayMediaHandler = handler
  }
}

export class FakeApp extends EventEmitter {
  relaunch = vi.fn()
  exit = vi.fn()
  quit = vi.fn()
  hasLock = true
  requestSingleInstanceLock = vi.fn(() => this.hasLock)
}

export class FakeIpcMain {
  handlers = new Map<string, (event: never, input: unknown) => Promise<unknown>>()
  handle(channel: string, handler: (event: never, input: unknown) => Promise<unknown>) {
    this.handlers.set(channel, handler)
  }
}

/** An event object whose `defaultPrevented` tells whether a listener refused it. */
export function cancellableEvent() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    },
  }
}

/** The module `vi.mock('electron', …)` returns. */
export function fakeElectronModule() {
  return {
    BrowserWindow: FakeBrowserWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn() },
  }
}
