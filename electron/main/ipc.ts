import { kioskChannel } from '../shared/channels'
import { KIOSK_CALL_NAMES, type KioskHandlers } from '../shared/contract'
import { fail } from '../shared/result'
import { dispatchKioskCall } from './services/kiosk-dispatch'
import type { Logger } from './services/logger'

/** The part of Electron's IpcMainInvokeEvent the sender check reads. */
export interface InvokeSender {
  senderFrame: { url: string; parent: unknown } | null
}

/** The part of Electron's ipcMain the kiosk uses. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: InvokeSender, input: unknown) => Promise<unknown>): void
}

/** A call is served only when it comes from the kiosk's own top frame, on one of its origins. */
export function isTrustedSender(event: InvokeSender, trustedOrigins: readonly string[]): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  let origin: string
  try {
    origin = new URL(frame.url).origin
  } catch {
    return false
  }
  // app:// is a registered standard scheme, but URL.origin is "null" for it in Node: compare by prefix.
  return trustedOrigins.some((trusted) => origin === trusted || frame.url.startsWith(`${trusted}/`))
}

/** One `ipcMain.handle` per function of the contract; nothing else is listened to. */
export function registerKioskIpc(
  ipcMain: IpcRegistrar,
  handlers: KioskHandlers,
  logger: Logger,
  trustedOrigins: readonly string[],
): void {
  for (const name of KIOSK_CALL_NAMES) {
    ipcMain.handle(kioskChannel(name), async (event, input) => {
      if (!isTrustedSender(event, trustedOrigins)) {
        logger.log('warn', 'ipc-refused', { call: name, reason: 'untrusted-sender' })
        return fail('untrusted-sender', 'Refused: not the kiosk window')
      }
      return dispatchKioskCall(handlers, name, input, logger)
    })
  }
}
