import { describe, expect, it, vi } from 'vitest'
import type { KioskHandlers } from '../../../electron/shared/contract'
import { ok } from '../../../electron/shared/result'
import { dispatchKioskCall } from '../../../electron/main/services/kiosk-dispatch'
import { createMemoryLogger } from '../../../electron/main/services/logger'
import { readDefaultConfig } from '../../support/store-configs'
import { stubHandlers } from '../../support/stub-handlers'

function handlers(overrides: Partial<KioskHandlers> = {}): KioskHandlers {
  return stubHandlers({
    getConfig: vi.fn(async () => ok(readDefaultConfig())),
    logEvent: vi.fn(async () => ok(null)),
    ...overrides,
  })
}

describe('dispatching a kiosk call', () => {
  it('refuses a call the contract does not name', async () => {
    const result = await dispatchKioskCall(handlers(), 'readFile', '/etc/passwd', createMemoryLogger())
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('refuses a name inherited from Object.prototype', async () => {
    const result = await dispatchKioskCall(handlers(), 'constructor', undefined, createMemoryLogger())
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('turns a handler that throws into an internal error without its message', async () => {
    const logger = createMemoryLogger()
    const failing = handlers({
      getConfig: async () => {
        throw new Error('disk says Alice Canary')
      },
    })
    const result = await dispatchKioskCall(failing, 'getConfig', undefined, logger)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify([result, logger.lines])).not.toContain('Canary')
  })

  it('refuses to pass on a value that breaks the contract', async () => {
    const broken = handlers({ getConfig: async () => ok({ store: 'nope' } as never) })
    const result = await dispatchKioskCall(broken, 'getConfig', undefined, createMemoryLogger())
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
  })
})
