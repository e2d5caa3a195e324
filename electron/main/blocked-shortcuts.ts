/** The fields of Electron's `Input` that decide whether a key press is an escape from the kiosk. */
export interface KeyInput {
  type: string
  key: string
  code?: string
  control: boolean
  meta: boolean
  alt: boolean
  shift: boolean
}

const FUNCTION_KEYS = new Set(['F5', 'F11', 'F12'])
const CTRL_KEYS = new Set(['w', 'q', 'r', 'p'])
const CTRL_SHIFT_KEYS = new Set(['i', 'j', 'c', 'r'])
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0'])
const ZOOM_CODES = new Set(['NumpadAdd', 'NumpadSubtract', 'Numpad0', 'Equal', 'Minus', 'Digit0'])

/**
 * Whether a key press would close, reload, print, zoom or inspect the kiosk: Alt+F4, Ctrl+W/Q/R/P,
 * F5, F11, F12, Ctrl+Shift+I/J/C/R, Ctrl +/−/0. Cmd counts as Ctrl so a Mac keyboard can't escape either.
 */
export function isBlockedShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key
  const ctrl = input.control || input.meta
  if (FUNCTION_KEYS.has(key)) return true
  if (input.alt && key === 'F4') return true
  if (!ctrl) return false
  if (input.shift && CTRL_SHIFT_KEYS.has(key)) return true
  if (CTRL_KEYS.has(key)) return true
  return ZOOM_KEYS.has(key) || ZOOM_CODES.has(input.code ?? '')
}
