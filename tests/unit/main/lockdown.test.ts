import { describe, expect, it } from 'vitest'
import {
  denyAllPermissions,
  lockDownEveryWebContents,
  lockDownWebContents,
} from '../../../electron/main/lockdown'
import { createMemoryLogger } from '../../../electron/main/services/logger'
import { cancellableEvent, FakeApp, FakeSession, FakeWebContents } from './fake-electron'

function lockedContents() {
  const contents = new FakeWebContents()
  const logger = createMemoryLogger()
  lockDownWebContents(contents as never, logger)
  return { contents, logger }
}

describe('the kiosk page stays put', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])(
    'refuses %s',
    (eventName) => {
      const { contents, logger } = lockedContents()
      const event = cancellableEvent()
      contents.emit(eventName, event, 'https://example.com/')
      expect(event.defaultPrevented).toBe(true)
      expect(logger.lines.some((line) => line.event.endsWith('refused'))).toBe(true)
    },
  )

  it('denies every new window', () => {
    const { contents } = lockedContents()
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })

  it('swallows a blocked key and lets an ordinary one through', () => {
    const { contents } = lockedContents()
    const blocked = cancellableEvent()
    const allowed = cancellableEvent()
    const base = { type: 'keyDown', control: false, meta: false, alt: false, shift: false }
    contents.emit('before-input-event', blocked, { ...base, key: 'F12' })
    contents.emit('before-input-event', allowed, { ...base, key: 'Enter' })
    expect(blocked.defaultPrevented).toBe(true)
    expect(allowed.defaultPrevented).toBe(false)
  })

  it('puts the zoom back to 100% whenever it changes', () => {
    const { contents } = lockedContents()
    contents.emit('zoom-changed', cancellableEvent(), 'in')
    expect(contents.setZoomFactor).toHaveBeenCalledWith(1)
    expect(contents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1)
  })

  it('refuses webviews and popups in any web contents the app creates', () => {
    const app = new FakeApp()
    lockDownEveryWebContents(app as never, createMemoryLogger())
    const contents = new FakeWebContents()
    app.emit('web-contents-created', cancellableEvent(), contents)
    const attach = cancellableEvent()
    contents.emit('will-attach-webview', attach)
    expect(attach.defaultPrevented).toBe(true)
    expect(contents.windowOpenHandler?.({ url: 'about:blank' })).toEqual({ action: 'deny' })
  })
})

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial', 'usb'])(
    'denies a request for %s',
    (permission) => {
      const session = new FakeSession()
      denyAllPermissions(session as never)
      let granted: boolean | null = null
      session.permissionRequestHandler?.(null, permission, (answer) => (granted = answer))
      expect(granted).toBe(false)
      expect(session.permissionCheckHandler?.(null, permission)).toBe(false)
    },
  )

  it('denies devices and screen capture', () => {
    const session = new FakeSession()
    denyAllPermissions(session as never)
    expect(session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false)
    let streams: object | null = null
    session.displayMediaHandler?.({}, (answer) => (streams = answer))
    expect(streams).toEqual({})
  })
})
