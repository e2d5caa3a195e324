import type { KioskApi } from '../shared/contract'

declare global {
  interface Window {
    /** Exposed by the preload; see electron/shared/contract.ts. */
    readonly kiosk: KioskApi
  }
}

export {}
