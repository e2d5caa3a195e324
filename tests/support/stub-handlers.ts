import { vi } from 'vitest'
import { KIOSK_CALL_NAMES, type KioskHandlers } from '../../electron/shared/contract'
import { fail } from '../../electron/shared/result'

/** A full handler set for wiring tests: every call a mock that fails, except those a test gives. */
export function stubHandlers(overrides: Partial<KioskHandlers> = {}): KioskHandlers {
  const stubs = Object.fromEntries(
    KIOSK_CALL_NAMES.map((name) => [name, vi.fn(async () => fail('internal', `${name} is not stubbed`))]),
  )
  // One mock per name of the contract: the map has exactly KioskHandlers' keys.
  return { ...(stubs as unknown as KioskHandlers), ...overrides }
}
