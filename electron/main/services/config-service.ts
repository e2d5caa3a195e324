import { copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describeConfigProblems, StoreConfigSchema, type StoreConfig } from '../../shared/store-config'
import { readJsonValidated, writeJsonAtomic } from './atomic-file'
import type { Clock } from './clock'
import type { Logger } from './logger'

export const CONFIG_FILE_NAME = 'store-config.json'
const LAST_GOOD_FILE_NAME = 'store-config.last-good.json'

export interface ConfigServiceOptions {
  /** The kiosk's data folder (Electron's user-data folder). */
  dataDir: string
  /** The config shipped with the app, copied into the data folder on first run. */
  defaultConfigPath: string
  /** A config file named on the command line; read in place, never copied or moved. */
  configPath?: string | undefined
  clock: Clock
  logger: Logger
}

export interface ConfigService {
  current(): StoreConfig
  /** Why the file on disk is not the config in use, one line per field; empty when all is well. */
  problems(): string[]
  /** Reads the file again; a file that fails validation is refused and the last good config stays. */
  reload(): Promise<{ accepted: boolean; problems: string[] }>
  /** Validates and writes a new config atomically, then uses it. */
  save(config: unknown): Promise<{ accepted: boolean; problems: string[] }>
  readonly path: string
}

export async function createConfigService(options: ConfigServiceOptions): Promise<ConfigService> {
  const { dataDir, clock, logger } = options
  const path = options.configPath ?? join(dataDir, CONFIG_FILE_NAME)
  const lastGoodPath = join(dataDir, LAST_GOOD_FILE_NAME)
  let problems: string[] = []

  if (!options.configPath) await copyDefaultOnFirstRun(path, options.defaultConfigPath)
  let current = await loadFallback()

  async function loadFallback(): Promise<StoreConfig> {
    for (const candidate of [lastGoodPath, options.defaultConfigPath]) {
      const outcome = await readJsonValidated(candidate, StoreConfigSchema, clock, {
        quarantineInvalid: false,
      })
      if (outcome.kind === 'ok') return outcome.value
    }
    throw new Error(`No valid store config: neither ${lastGoodPath} nor ${options.defaultConfigPath}`)
  }

  async function reload(): Promise<{ accepted: boolean; problems: string[] }> {
    const outcome = await readJsonValidated(path, StoreConfigSchema, clock, { quarantineInvalid: false })
    if (outcome.kind === 'ok') {
      current = outcome.value
      problems = []
      await rememberLastGood(current)
      return { accepted: true, problems }
    }
    problems =
      outcome.kind === 'missing' ? [`${path}: file not found`] : outcome.problems.map((p) => `${path}: ${p}`)
    logger.log('warn', 'config-refused', { problems: problems.length, first: problems[0] ?? '' })
    return { accepted: false, problems }
  }

  async function rememberLastGood(config: StoreConfig): Promise<void> {
    try {
      await writeJsonAtomic(lastGoodPath, config)
    } catch (error) {
      logger.log('warn', 'config-last-good-not-written', { code: errorCode(error) })
    }
  }

  await reload()

  return {
    path,
    current: () => current,
    problems: () => problems,
    reload,
    async save(candidate) {
      const parsed = StoreConfigSchema.safeParse(candidate)
      if (!parsed.success) {
        return { accepted: false, problems: describeConfigProblems(parsed.error) }
      }
      await writeJsonAtomic(path, parsed.data)
      current = parsed.data
      problems = []
      await rememberLastGood(current)
      logger.log('info', 'config-saved')
      return { accepted: true, problems }
    },
  }
}

async function copyDefaultOnFirstRun(path: string, defaultConfigPath: string): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true })
  try {
    // COPYFILE_EXCL: never overwrite a store's own config.
    await copyFile(defaultConfigPath, path, 1)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown'
}
