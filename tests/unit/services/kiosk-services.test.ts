import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { CONFIG_FILE_NAME } from '../../../electron/main/services/config-service'
import { dispatchKioskCall } from '../../../electron/main/services/kiosk-dispatch'
import { createKioskServices } from '../../../electron/main/services/kiosk-services'
import { QUEUE_FILE_NAME } from '../../../electron/main/services/queue-service'
import { KIOSK_CALL_NAMES } from '../../../electron/shared/contract'
import { STAFF_ONLY_CALLS, type StaffOnlyCall } from '../../../electron/shared/staff'
import type { StoreConfig } from '../../../electron/shared/store-config'
import { faultyWriter, freshDataDir } from '../../support/service-context'
import { DEFAULT_CONFIG_PATH, readDefaultConfig } from '../../support/store-configs'
import { TestClock } from '../../support/test-clock'
import { createMemoryLogger } from '../../../electron/main/services/logger'

const PIN = '4821'

/** A valid input for every staff-only call. */
const STAFF_ONLY_INPUTS: Record<StaffOnlyCall, unknown> = {
  changeStaffPin: { pin: '1357' },
  getQueue: undefined,
  callNext: undefined,
  markServed: { ticket: 'A-001' },
  markNoShow: { ticket: 'A-001' },
  listBookings: {},
  cancelBooking: { reference: 'ACDEF' },
  saveConfig: readDefaultConfig(),
  getStaffWarnings: undefined,
  clearStaffWarnings: undefined,
  getStatistics: { days: 7 },
  exportStatisticsCsv: undefined,
  exitKiosk: undefined,
  listPrinters: undefined,
  printTestSlip: undefined,
}

async function kiosk(options: { dataDir?: string; writer?: ReturnType<typeof faultyWriter> } = {}) {
  const dataDir = options.dataDir ?? freshDataDir()
  const logger = createMemoryLogger()
  const onExit = vi.fn()
  const services = await createKioskServices({
    dataDir,
    defaultConfigPath: DEFAULT_CONFIG_PATH,
    clock: new TestClock(),
    logger,
    onExit,
    writeJson: options.writer?.writer,
    pinCost: { N: 1024, r: 8, p: 1 },
  })
  const call = (name: string, input?: unknown) => dispatchKioskCall(services.handlers, name, input, logger)
  return { services, call, dataDir, onExit }
}

async function loggedIn(options: Parameters<typeof kiosk>[0] = {}) {
  const k = await kiosk(options)
  expect(await k.call('setStaffPin', { pin: PIN })).toMatchObject({ ok: true })
  return k
}

describe('staff-only calls', () => {
  it('are all calls of the contract', () => {
    for (const name of STAFF_ONLY_CALLS) expect(KIOSK_CALL_NAMES).toContain(name)
  })

  it.each(STAFF_ONLY_CALLS)('%s is refused with staff-only when nobody is logged in', async (name) => {
    const { call, onExit, dataDir } = await kiosk()
    const configBefore = readFileSync(join(dataDir, CONFIG_FILE_NAME), 'utf8')
    expect(await call(name, STAFF_ONLY_INPUTS[name])).toMatchObject({
      ok: false,
      error: { code: 'staff-only' },
    })
    expect(onExit).not.toHaveBeenCalled()
    expect(readFileSync(join(dataDir, CONFIG_FILE_NAME), 'utf8')).toBe(configBefore)
  })

  it.each(STAFF_ONLY_CALLS)('%s is refused again after staff log out', async (name) => {
    const { call } = await loggedIn()
    await call('staffLogout')
    expect(await call(name, STAFF_ONLY_INPUTS[name])).toMatchObject({
      ok: false,
      error: { code: 'staff-only' },
    })
  })

  it.each(STAFF_ONLY_CALLS)('%s is served to a logged-in staff member', async (name) => {
    const { call } = await loggedIn()
    const result = await call(name, STAFF_ONLY_INPUTS[name])
    expect(result.ok || result.error.code).not.toBe('staff-only')
    expect(result.ok || result.error.code).not.toBe('invalid-input')
  })

  it('exitKiosk closes the kiosk and ends the staff session', async () => {
    const { call, onExit } = await loggedIn()
    expect(await call('exitKiosk')).toEqual({ ok: true, value: null })
    expect(onExit).toHaveBeenCalledOnce()
    expect(await call('staffStatus')).toMatchObject({ ok: true, value: { loggedIn: false } })
  })
})

describe('the store config and the PIN hash', () => {
  it('never reaches the renderer', async () => {
    const { call, dataDir } = await loggedIn()
    const onDisk = JSON.parse(readFileSync(join(dataDir, CONFIG_FILE_NAME), 'utf8')) as StoreConfig
    expect(onDisk.staff.pinHash).toMatch(/^scrypt\$/)
    const config = await call('getConfig')
    expect(config).toMatchObject({ ok: true, value: { staff: { pinHash: null } } })
    expect(JSON.stringify(config)).not.toContain('scrypt')
    const saved = await call('saveConfig', readDefaultConfig())
    expect(JSON.stringify(saved)).not.toContain('scrypt')
  })

  it('saveConfig changes the settings, keeps the stored hash whatever the renderer sends, and survives a restart', async () => {
    const { call, dataDir } = await loggedIn()
    const config = readDefaultConfig()
    const edited: StoreConfig = {
      ...config,
      store: { ...config.store, name: 'Lakeshore Mobile West' },
      brandsServed: ['bell', 'rogers'],
      staff: { pinHash: 'scrypt$1024$8$1$AAAAAAAAAAAAAAAAAAAAAA==$forged' },
    }

    expect(await call('saveConfig', edited)).toMatchObject({
      ok: true,
      value: {
        store: { name: 'Lakeshore Mobile West' },
        brandsServed: ['bell', 'rogers'],
        staff: { pinHash: null },
      },
    })

    const restarted = await kiosk({ dataDir })
    expect(await restarted.call('getConfig')).toMatchObject({
      ok: true,
      value: { store: { name: 'Lakeshore Mobile West' }, brandsServed: ['bell', 'rogers'] },
    })
    expect(await restarted.call('staffLogin', { pin: PIN })).toMatchObject({ ok: true })
  })

  it('saveConfig tells the settings form which field is wrong', async () => {
    const { call, dataDir } = await loggedIn()
    const before = readFileSync(join(dataDir, CONFIG_FILE_NAME), 'utf8')
    const config = readDefaultConfig()
    const result = await call('saveConfig', { ...config, languages: { enabled: ['en'], default: 'fr' } })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        details: {
          problems: ['languages.default: The default language must be one of the enabled languages'],
        },
      },
    })
    expect(readFileSync(join(dataDir, CONFIG_FILE_NAME), 'utf8')).toBe(before)
  })
})

describe('staff warnings', () => {
  it('name a data file that was quarantined', async () => {
    const dataDir = freshDataDir()
    writeFileSync(join(dataDir, QUEUE_FILE_NAME), '{ broken')
    const { call } = await loggedIn({ dataDir })
    expect(await call('getStaffWarnings')).toMatchObject({
      ok: true,
      value: [{ kind: 'file-quarantined', file: QUEUE_FILE_NAME, recoveredFrom: 'nothing' }],
    })
  })

  it('can be cleared, except a config problem that is still there', async () => {
    const writer = faultyWriter()
    const { call, dataDir, services } = await loggedIn({ writer })
    writer.failWith('ENOSPC')
    expect(await call('joinQueue', { brand: 'bell', situation: 'damaged' })).toMatchObject({
      ok: false,
      error: { code: 'storage-failed' },
    })
    writeFileSync(join(dataDir, CONFIG_FILE_NAME), '{ broken')
    await services.config.reload()
    expect(await call('getStaffWarnings')).toMatchObject({
      ok: true,
      value: [
        {
          kind: 'config-refused',
          file: CONFIG_FILE_NAME,
          problems: [expect.stringContaining('not valid JSON')],
        },
        { kind: 'write-failed', file: QUEUE_FILE_NAME, code: 'ENOSPC' },
      ],
    })

    expect(await call('clearStaffWarnings')).toEqual({ ok: true, value: null })

    expect(await call('getStaffWarnings')).toMatchObject({ ok: true, value: [{ kind: 'config-refused' }] })
  })
})

describe('a visit through window.kiosk', () => {
  it('joins the queue, books a slot and checks in, with staff seeing both', async () => {
    const { call } = await kiosk()
    expect(await call('joinQueue', { brand: 'bell', situation: 'damaged' })).toMatchObject({
      ok: true,
      value: { ticket: 'A-001', peopleAhead: 0, waitMinutes: 0 },
    })
    const days = await call('listBookingDays')
    expect(days).toMatchObject({
      ok: true,
      value: expect.arrayContaining([{ date: '2026-11-25', remaining: 38 }]),
    })
    const booked = await call('bookAppointment', {
      startsAt: '2026-11-25T19:00:00Z',
      brand: 'rogers',
      situation: 'new-phone',
      firstName: 'Sam',
    })
    expect(booked).toMatchObject({ ok: true, value: { time: '14:00' } })
    expect(await call('checkIn', { time: '14:00' })).toMatchObject({ ok: true, value: { checkedIn: true } })

    await call('setStaffPin', { pin: PIN })
    expect(await call('getQueue')).toMatchObject({ ok: true, value: { tickets: [{ ticket: 'A-001' }] } })
    expect(await call('listBookings', {})).toMatchObject({
      ok: true,
      value: { bookings: [{ firstName: 'Sam' }] },
    })
    expect(await call('callNext')).toMatchObject({ ok: true, value: { ticket: 'A-001', status: 'called' } })
    expect(await call('markServed', { ticket: 'A-001' })).toMatchObject({
      ok: true,
      value: { status: 'served' },
    })
  })

  it('refuses a first name that is more than a name', async () => {
    const { call } = await kiosk()
    const result = await call('bookAppointment', {
      startsAt: '2026-11-25T19:00:00Z',
      brand: 'rogers',
      situation: 'new-phone',
      firstName: 'Sam, card 4111 1111',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('refuses a statistic with anything but fixed ids', async () => {
    const { call } = await kiosk()
    expect(await call('recordStatistic', { event: 'session-started', who: 'Sam' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    })
    expect(await call('recordStatistic', { event: 'session-started' })).toEqual({ ok: true, value: null })
  })
})
