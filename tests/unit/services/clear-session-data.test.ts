import { describe, expect, it, vi } from 'vitest'
import { dispatchKioskCall } from '../../../electron/main/services/kiosk-dispatch'
import { createKioskServices } from '../../../electron/main/services/kiosk-services'
import { createMemoryLogger } from '../../../electron/main/services/logger'
import { freshDataDir } from '../../support/service-context'
import { DEFAULT_CONFIG_PATH } from '../../support/store-configs'
import { TestClock } from '../../support/test-clock'

async function kioskWith(clearSessionData?: () => Promise<void>) {
  const logger = createMemoryLogger()
  const services = await createKioskServices({
    dataDir: freshDataDir(),
    defaultConfigPath: DEFAULT_CONFIG_PATH,
    clock: new TestClock(),
    logger,
    clearSessionData,
  })
  return (input?: unknown) => dispatchKioskCall(services.handlers, 'clearSessionData', input, logger)
}

describe('clearSessionData', () => {
  it('clears the kiosk window’s storage through the injected function', async () => {
    const clear = vi.fn(async () => undefined)
    const call = await kioskWith(clear)
    expect(await call()).toEqual({ ok: true, value: null })
    expect(clear).toHaveBeenCalledOnce()
  })

  it('takes no input', async () => {
    const clear = vi.fn(async () => undefined)
    const call = await kioskWith(clear)
    expect(await call({ everything: true })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(clear).not.toHaveBeenCalled()
  })

  it('says so when the storage could not be cleared', async () => {
    const call = await kioskWith(async () => {
      throw new Error('disk on fire')
    })
    expect(await call()).toMatchObject({ ok: false, error: { code: 'internal' } })
  })
})
