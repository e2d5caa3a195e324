import { describe, expect, it, vi } from 'vitest'
import { FakeSession } from './fake-electron'
import {
  clearKioskSessionData,
  KIOSK_PARTITION,
  openKioskSession,
} from '../../../electron/main/kiosk-session'

describe('the kiosk session', () => {
  it('lives in memory: its partition has no "persist:" prefix', () => {
    expect(KIOSK_PARTITION).not.toMatch(/^persist:/)
  })

  it('is opened from that partition', () => {
    const session = new FakeSession()
    const source = { fromPartition: vi.fn(() => session as never) }
    expect(openKioskSession(source)).toBe(session)
    expect(source.fromPartition).toHaveBeenCalledWith(KIOSK_PARTITION)
  })

  it('is emptied of every kind of web storage and of its cache on reset', async () => {
    const session = new FakeSession()
    await clearKioskSessionData(session as never)
    expect(session.clearStorageData).toHaveBeenCalledOnce()
    expect(session.clearStorageData).toHaveBeenCalledWith()
    expect(session.clearCache).toHaveBeenCalledOnce()
  })
})
