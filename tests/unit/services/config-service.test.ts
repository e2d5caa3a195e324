import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONFIG_FILE_NAME, createConfigService } from '../../../electron/main/services/config-service'
import { createMemoryLogger } from '../../../electron/main/services/logger'
import { DEFAULT_CONFIG_PATH, QUEBEC_CONFIG_PATH, readDefaultConfig } from '../../support/store-configs'
import { TestClock } from '../../support/test-clock'

function freshDataDir() {
  return mkdtempSync(join(tmpdir(), 'kiosk-config-'))
}

function service(dataDir: string, configPath?: string) {
  return createConfigService({
    dataDir,
    defaultConfigPath: DEFAULT_CONFIG_PATH,
    configPath,
    clock: new TestClock(),
    logger: createMemoryLogger(),
  })
}

describe('the store config', () => {
  it('copies the default into the data folder on first run and uses it', async () => {
    const dataDir = freshDataDir()
    const config = await service(dataDir)
    expect(readdirSync(dataDir)).toContain(CONFIG_FILE_NAME)
    expect(config.current().store.province).toBe('ON')
    expect(config.problems()).toEqual([])
  })

  it("never overwrites a store's own config with the default", async () => {
    const dataDir = freshDataDir()
    writeFileSync(join(dataDir, CONFIG_FILE_NAME), readFileSync(QUEBEC_CONFIG_PATH))
    const config = await service(dataDir)
    expect(config.current().store.province).toBe('QC')
  })

  it('reads a config named on the command line in place', async () => {
    const dataDir = freshDataDir()
    const config = await service(dataDir, QUEBEC_CONFIG_PATH)
    expect(config.current().languages.default).toBe('fr')
    expect(readdirSync(dataDir)).not.toContain(CONFIG_FILE_NAME)
  })

  it('refuses a config that fails validation, names the field, and keeps the last good one', async () => {
    const dataDir = freshDataDir()
    const config = await service(dataDir)
    const config0 = readDefaultConfig()
    const broken = {
      ...config0,
      fees: config0.fees.map((fee, i) => (i === 0 ? { ...fee, amountCents: '15 dollars' } : fee)),
    }
    writeFileSync(join(dataDir, CONFIG_FILE_NAME), JSON.stringify(broken))

    const outcome = await config.reload()

    expect(outcome.accepted).toBe(false)
    expect(outcome.problems.join('\n')).toContain('fees.0.amountCents')
    expect(config.current().fees[0]?.amountCents).toBe(readDefaultConfig().fees[0]?.amountCents)
    expect(config.problems()).toEqual(outcome.problems)
  })

  it('starts on the last good config when the file was broken while the kiosk was off', async () => {
    const dataDir = freshDataDir()
    const first = await service(dataDir)
    await first.save({ ...first.current(), store: { ...first.current().store, name: 'Good Name' } })
    writeFileSync(join(dataDir, CONFIG_FILE_NAME), '{ "version": 1, ')

    const second = await service(dataDir)

    expect(second.current().store.name).toBe('Good Name')
    expect(second.problems()[0]).toContain('not valid JSON')
  })

  it('keeps the broken file where it is so store IT can fix it', async () => {
    const dataDir = freshDataDir()
    await service(dataDir)
    writeFileSync(join(dataDir, CONFIG_FILE_NAME), 'nonsense')
    await service(dataDir)
    expect(readFileSync(join(dataDir, CONFIG_FILE_NAME), 'utf8')).toBe('nonsense')
  })

  it('refuses to save an invalid config and writes nothing', async () => {
    const dataDir = freshDataDir()
    const config = await service(dataDir)
    const before = readFileSync(join(dataDir, CONFIG_FILE_NAME), 'utf8')
    const outcome = await config.save({ ...config.current(), languages: { enabled: ['en'], default: 'fr' } })
    expect(outcome.accepted).toBe(false)
    expect(outcome.problems).toContain(
      'languages.default: The default language must be one of the enabled languages',
    )
    expect(readFileSync(join(dataDir, CONFIG_FILE_NAME), 'utf8')).toBe(before)
  })
})
