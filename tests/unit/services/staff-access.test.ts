import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createConfigEditor } from '../../../electron/main/services/config-editor'
import { CONFIG_FILE_NAME, createConfigService } from '../../../electron/main/services/config-service'
import { createStaffAccess } from '../../../electron/main/services/staff-access'
import { createStaffLockout } from '../../../electron/main/services/staff-lockout'
import { STAFF_SESSION_IDLE_MS, createStaffSession } from '../../../electron/main/services/staff-session'
import { storageContext } from '../../support/service-context'
import { DEFAULT_CONFIG_PATH } from '../../support/store-configs'
import { TestClock } from '../../support/test-clock'

const FAST = { N: 1024, r: 8, p: 1 }
const SECOND = 1000
const MINUTE = 60 * SECOND

async function setup(options: { dataDir?: string; clock?: TestClock } = {}) {
  const clock = options.clock ?? new TestClock()
  const context = storageContext({ clock, dataDir: options.dataDir })
  const config = await createConfigService({
    ...context,
    defaultConfigPath: DEFAULT_CONFIG_PATH,
  })
  const editor = createConfigEditor(config, context)
  const staff = createStaffAccess({
    config,
    editor,
    lockout: await createStaffLockout(context),
    session: createStaffSession(clock),
    logger: context.logger,
    pinCost: FAST,
  })
  return { staff, config, editor, clock, context }
}

async function withPin(pin = '4821', options: { dataDir?: string; clock?: TestClock } = {}) {
  const setupResult = await setup(options)
  await setupResult.staff.setPin(pin)
  setupResult.staff.logout()
  return setupResult
}

describe('the first run', () => {
  it('asks for a PIN to be set and refuses logins until then', async () => {
    const { staff } = await setup()
    expect(staff.status()).toEqual({ pinSet: false, loggedIn: false, lockedUntil: null, attemptsLeft: 3 })
    expect(await staff.login('1234')).toMatchObject({ ok: false, error: { code: 'pin-not-set' } })
  })

  it('keeps the PIN only as a salted hash in the store config, and logs staff in', async () => {
    const { staff, config, context, editor } = await setup()
    expect(await staff.setPin('4821')).toMatchObject({ ok: true, value: { pinSet: true, loggedIn: true } })
    const onDisk = readFileSync(join(context.dataDir, CONFIG_FILE_NAME), 'utf8')
    expect(JSON.parse(onDisk).staff.pinHash).toMatch(/^scrypt\$/)
    expect(onDisk).not.toContain('4821')
    expect(config.current().staff.pinHash).toMatch(/^scrypt\$/)
    expect(editor.forRenderer().staff.pinHash).toBeNull()
  })

  it('cannot be used to replace a PIN that is already set', async () => {
    const { staff } = await withPin('4821')
    expect(await staff.setPin('0000')).toMatchObject({ ok: false, error: { code: 'pin-already-set' } })
    expect(await staff.login('4821')).toMatchObject({ ok: true })
  })

  it('leaves no PIN set when the config cannot be written', async () => {
    const { staff, context } = await setup()
    // A folder where the file should be: the rename fails even for root, like a read-only disk.
    const path = join(context.dataDir, CONFIG_FILE_NAME)
    rmSync(path)
    mkdirSync(join(path, 'in-the-way'), { recursive: true })

    expect(await staff.setPin('4821')).toMatchObject({ ok: false, error: { code: 'storage-failed' } })
    expect(staff.status()).toMatchObject({ pinSet: false, loggedIn: false })
    expect(context.warnings.list()).toEqual([
      expect.objectContaining({ kind: 'write-failed', file: CONFIG_FILE_NAME }),
    ])
  })
})

describe('logging in', () => {
  it('with the right PIN starts a staff session', async () => {
    const { staff } = await withPin()
    expect(staff.allowStaffCall()).toBe(false)
    expect(await staff.login('4821')).toMatchObject({ ok: true, value: { loggedIn: true } })
    expect(staff.allowStaffCall()).toBe(true)
    expect(staff.logout()).toMatchObject({ loggedIn: false })
    expect(staff.allowStaffCall()).toBe(false)
  })

  it('with a wrong PIN says how many tries are left', async () => {
    const { staff } = await withPin()
    expect(await staff.login('1111')).toMatchObject({
      ok: false,
      error: { code: 'pin-wrong', details: { attemptsLeft: 2 } },
    })
    expect(await staff.login('1111')).toMatchObject({
      error: { code: 'pin-wrong', details: { attemptsLeft: 1 } },
    })
    expect(staff.allowStaffCall()).toBe(false)
  })

  it('locks the pad for 30 s, then 2 min, then 10 min, and never longer', async () => {
    const { staff, clock } = await withPin()
    for (const lockMs of [30 * SECOND, 2 * MINUTE, 10 * MINUTE, 10 * MINUTE]) {
      await staff.login('1111')
      await staff.login('1111')
      const lockedUntil = new Date(clock.now().getTime() + lockMs).toISOString()
      expect(await staff.login('1111')).toMatchObject({
        ok: false,
        error: { code: 'pin-locked', details: { lockedUntil, attemptsLeft: 0 } },
      })
      clock.advance(lockMs - 1)
      // Even the right PIN is refused while locked, and the refusal costs nothing.
      expect(await staff.login('4821')).toMatchObject({
        error: { code: 'pin-locked', details: { lockedUntil } },
      })
      expect(staff.status()).toMatchObject({ lockedUntil, attemptsLeft: 0 })
      clock.advance(1)
      expect(staff.status()).toMatchObject({ lockedUntil: null, attemptsLeft: 3 })
    }
  })

  it('starts the count and the lock lengths over after a right PIN', async () => {
    const { staff, clock } = await withPin()
    for (let i = 0; i < 3; i++) await staff.login('1111')
    clock.advance(30 * SECOND)
    await staff.login('1111')
    expect(await staff.login('4821')).toMatchObject({ ok: true })
    staff.logout()
    await staff.login('1111')
    await staff.login('1111')
    expect(await staff.login('1111')).toMatchObject({
      error: { details: { lockedUntil: new Date(clock.now().getTime() + 30 * SECOND).toISOString() } },
    })
  })

  it('keeps the pad locked over a restart', async () => {
    const first = await withPin()
    for (let i = 0; i < 3; i++) await first.staff.login('1111')
    const second = await setup({ dataDir: first.context.dataDir, clock: first.clock })
    expect(await second.staff.login('4821')).toMatchObject({ error: { code: 'pin-locked' } })
  })

  it('checks guesses sent all at once one by one, so they cannot outrun the lock', async () => {
    const { staff } = await withPin()
    const results = await Promise.all(['1', '2', '3', '4', '5', '6'].map((d) => staff.login(d.repeat(4))))
    expect(results.map((r) => !r.ok && r.error.code)).toEqual([
      'pin-wrong',
      'pin-wrong',
      'pin-locked',
      'pin-locked',
      'pin-locked',
      'pin-locked',
    ])
  })
})

describe('a staff session', () => {
  it('ends by itself after half an hour without a staff call', async () => {
    const { staff, clock } = await withPin()
    await staff.login('4821')
    clock.advance(STAFF_SESSION_IDLE_MS - 1)
    expect(staff.allowStaffCall()).toBe(true)
    clock.advance(STAFF_SESSION_IDLE_MS - 1)
    expect(staff.allowStaffCall()).toBe(true)
    clock.advance(STAFF_SESSION_IDLE_MS)
    expect(staff.allowStaffCall()).toBe(false)
    expect(staff.status().loggedIn).toBe(false)
  })

  it('can change the PIN: the old one stops working', async () => {
    const { staff } = await withPin('4821')
    await staff.login('4821')
    expect(await staff.changePin('97531')).toEqual({ ok: true, value: null })
    staff.logout()
    expect(await staff.login('4821')).toMatchObject({ error: { code: 'pin-wrong' } })
    expect(await staff.login('97531')).toMatchObject({ ok: true })
  })
})
