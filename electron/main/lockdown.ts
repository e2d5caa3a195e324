import type { App, Session, WebContents } from 'electron'
import { isBlockedShortcut } from './blocked-shortcuts'
import type { Logger } from './services/logger'

/**
 * Keeps the kiosk's page where it is: no navigation away (links, drops, redirects, frames), no new
 * windows, no escape keys, zoom pinned at 100%.
 */
export function lockDownWebContents(contents: WebContents, logger: Logger): void {
  const refuse = (what: string) => (event: { preventDefault(): void }) => {
    event.preventDefault()
    logger.log('warn', 'navigation-refused', { what })
  }
  contents.on('will-navigate', refuse('will-navigate'))
  contents.on('will-frame-navigate', refuse('will-frame-navigate'))
  contents.on('will-redirect', refuse('will-redirect'))
  contents.on('will-attach-webview', refuse('will-attach-webview'))
  contents.setWindowOpenHandler(() => {
    logger.log('warn', 'window-open-refused')
    return { action: 'deny' }
  })
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault()
  })
  const pinZoom = () => {
    contents.setZoomFactor(1)
    void contents.setVisualZoomLevelLimits(1, 1)
  }
  contents.on('did-finish-load', pinZoom)
  contents.on('zoom-changed', pinZoom)
}

/** Every web contents the app ever creates (including any a page might sneak in) gets no webview and no popups. */
export function lockDownEveryWebContents(app: App, logger: Logger): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => {
      event.preventDefault()
      logger.log('warn', 'webview-refused')
    })
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}

/** The kiosk asks for nothing: camera, microphone, location, notifications, USB, HID, serial are all refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}))
}
