import { describe, expect, it, vi } from 'vitest'
import { kioskChannel } from '../../../electron/shared/channels'
import { KIOSK_CALL_NAMES } from '../../../electron/shared/contract'
import { ok } from '../../../electron/shared/result'
import { isTrustedSender, registerKioskIpc } from '../../../electron/main/ipc'
import { createMemoryLogger } from '../../../electron/main/services/logger'
import { FakeIpcMain } from './fake-electron'
import { readDefaultConfig } from '../../support/store-configs'
import { stubHandlers } from '../../support/stub-handlers'

const TRUSTED = ['app://kiosk']
const topFrame = (url: string) => ({ senderFrame: { url, parent: null } })

function setup() {
  const ipcMain = new FakeIpcMain()
  const logger = createMemoryLogger()
  const handlers = stubHandlers({
    getConfig: vi.fn(async () => ok(readDefaultConfig())),
    logEvent: vi.fn(async () => ok(null)),
  })
  registerKioskIpc(ipcMain, handlers, logger, TRUSTED)
  const call = (channel: string, event: unknown, input?: unknown) => {
    const handler = ipcMain.handlers.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    return handler(event as never, input)
  }
  return { ipcMain, logger, handlers, call }
}

describe('the kiosk IPC', () => {
  it('listens on exactly one channel per function of the contract', () => {
    const { ipcMain } = setup()
    expect([...ipcMain.handlers.keys()].sort()).toEqual(KIOSK_CALL_NAMES.map(kioskChannel).sort())
  })

  it('answers a valid call from the kiosk window', async () => {
    const { call, handlers } = setup()
    const result = await call('kiosk:logEvent', topFrame('app://kiosk/index.html#/'), {
      event: 'renderer-ready',
    })
    expect(result).toEqual({ ok: true, value: null })
    expect(handlers.logEvent).toHaveBeenCalledOnce()
  })

  it.each([
    ['another origin', topFrame('https://evil.example/')],
    ['a file URL', topFrame('file:///etc/passwd')],
    ['a look-alike host', topFrame('app://kiosk.evil/index.html')],
    ['a subframe', { senderFrame: { url: 'app://kiosk/index.html', parent: {} } }],
    ['a vanished frame', { senderFrame: null }],
  ])('refuses a call from %s and does nothing', async (_name, event) => {
    const { call, handlers, logger } = setup()
    const result = await call('kiosk:getConfig', event)
    expect(result).toEqual({ ok: false, error: { code: 'untrusted-sender', message: expect.any(String) } })
    expect(handlers.getConfig).not.toHaveBeenCalled()
    expect(logger.lines).toContainEqual(expect.objectContaining({ event: 'ipc-refused' }))
  })

  it.each([
    ['an unknown event', { event: 'customer-name', name: 'Alice Canary' }],
    ['free text in a field', { event: 'renderer-error', where: 'Alice Canary lives at 1 Main St' }],
    ['no object at all', 'Alice Canary'],
  ])('refuses a malformed call (%s) with a typed error and logs no payload', async (_name, input) => {
    const { call, handlers, logger } = setup()
    const result = await call('kiosk:logEvent', topFrame('app://kiosk/index.html'), input)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(handlers.logEvent).not.toHaveBeenCalled()
    expect(JSON.stringify(logger.lines)).not.toContain('Canary')
  })

  it('refuses input to a call that takes none', async () => {
    const { call, handlers } = setup()
    const result = await call('kiosk:getConfig', topFrame('app://kiosk/index.html'), { path: '/etc/passwd' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(handlers.getConfig).not.toHaveBeenCalled()
  })
})

describe('isTrustedSender', () => {
  it('trusts the dev server origin only when it is listed', () => {
    expect(isTrustedSender(topFrame('http://localhost:5173/'), ['app://kiosk'])).toBe(false)
    expect(
      isTrustedSender(topFrame('http://localhost:5173/'), ['app://kiosk', 'http://localhost:5173']),
    ).toBe(true)
  })
})
