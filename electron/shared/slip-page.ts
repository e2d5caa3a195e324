import type { SlipData } from './slip'

/**
 * How a printer hands a slip to the slip page and knows when to print: the page is a file of the
 * renderer build, the data travels in the URL's hash (no preload, no IPC, the CSP stays strict), and
 * the page marks its root once fonts and the QR code are in. No zod here: the slip page imports it.
 */
export const SLIP_PAGE_FILE = 'slip.html'

/** Set to "true" on the slip's root once it can be printed. */
export const SLIP_READY_ATTRIBUTE = 'data-slip-ready'
/** The rendered slip's height in millimetres, so the page size fits the slip on one page. */
export const SLIP_HEIGHT_ATTRIBUTE = 'data-slip-height-mm'
/** Set instead of ready when the hash held no valid slip: printers fail fast instead of waiting. */
export const SLIP_INVALID_ATTRIBUTE = 'data-slip-invalid'

export const SLIP_READY_SELECTOR = `[${SLIP_READY_ATTRIBUTE}="true"], [${SLIP_INVALID_ATTRIBUTE}="true"]`

/** `slip.html#…` relative to the renderer's root. */
export function slipPageUrl(rendererRoot: string, data: SlipData): string {
  return `${rendererRoot.replace(/\/$/, '')}/${SLIP_PAGE_FILE}#${encodeURIComponent(JSON.stringify(data))}`
}

/** The unvalidated slip in a hash made by slipPageUrl; null if it isn't JSON. */
export function readSlipHash(hash: string): unknown {
  try {
    return JSON.parse(decodeURIComponent(hash.replace(/^#/, '')))
  } catch {
    return null
  }
}
