import { contextBridge, ipcRenderer } from 'electron'
import { kioskChannel } from '../shared/channels'
import type { KioskApi, KioskCallName } from '../shared/contract'

function call(name: KioskCallName, input?: unknown) {
  return ipcRenderer.invoke(kioskChannel(name), input)
}

/** `window.kiosk`: named functions only. The main process validates every input again. */
const kiosk = {
  getConfig: () => call('getConfig'),
  logEvent: (event) => call('logEvent', event),
} satisfies KioskApi

contextBridge.exposeInMainWorld('kiosk', kiosk)
