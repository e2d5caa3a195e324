import { z } from 'zod'
import { StoreConfigSchema } from './store-config'
import { LogEventSchema } from './log-event'
import type { KioskResult } from './result'

/**
 * The one contract between the renderer and the main process: each function of `window.kiosk`
 * with the schema of its input and of its value. The preload, the main process's handlers and the
 * e2e harness are all typed from this map.
 */
export const kioskContract = {
  getConfig: { input: z.undefined(), output: StoreConfigSchema },
  logEvent: { input: LogEventSchema, output: z.null() },
} as const

export type KioskContract = typeof kioskContract
export type KioskCallName = keyof KioskContract
export const KIOSK_CALL_NAMES = Object.keys(kioskContract) as KioskCallName[]

export type KioskInput<K extends KioskCallName> = z.input<KioskContract[K]['input']>
export type KioskOutput<K extends KioskCallName> = z.output<KioskContract[K]['output']>

/** `window.kiosk`: a call without input takes no argument. */
export type KioskApi = {
  [K in KioskCallName]: KioskInput<K> extends undefined
    ? () => Promise<KioskResult<KioskOutput<K>>>
    : (input: KioskInput<K>) => Promise<KioskResult<KioskOutput<K>>>
}

/** What the main process implements: inputs arrive already validated. */
export type KioskHandlers = {
  [K in KioskCallName]: (input: z.output<KioskContract[K]['input']>) => Promise<KioskResult<KioskOutput<K>>>
}
