import type { App } from 'electron'

/**
 * Only one kiosk may run: a second launch hands over to the first (which comes to the front) and
 * exits. Returns false in the second instance.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on' | 'quit'>,
  focusFirst: () => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', focusFirst)
  return true
}
