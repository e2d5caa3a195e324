import { basename } from 'node:path'
import { fail, ok, type KioskResult } from '../../shared/result'
import type { StoreConfig } from '../../shared/store-config'
import type { Clock } from './clock'
import type { ConfigService } from './config-service'
import type { Logger } from './logger'
import type { StaffWarningLog } from './staff-warnings'

/**
 * The only way the running kiosk changes its store config, and what the renderer sees of it.
 *
 * The PIN hash never crosses to the renderer: what it gets has `staff.pinHash` set to null (still a
 * valid StoreConfig, so the renderer keeps one config type), and settings it sends back never touch
 * the stored hash. The PIN changes only through setStaffPin / changeStaffPin, and whether one is set
 * comes from staffStatus.
 */
export interface ConfigEditor {
  forRenderer(): StoreConfig
  /** Saves staff's settings, keeping the stored PIN hash. */
  saveSettings(settings: StoreConfig): Promise<KioskResult<StoreConfig>>
  savePinHash(pinHash: string): Promise<KioskResult<null>>
}

export function createConfigEditor(
  config: ConfigService,
  { clock, logger, warnings }: { clock: Clock; logger: Logger; warnings: StaffWarningLog },
): ConfigEditor {
  let tail: Promise<unknown> = Promise.resolve()

  /** One save at a time, each built from the config as the previous save left it. */
  function save(build: (current: StoreConfig) => StoreConfig): Promise<KioskResult<StoreConfig>> {
    const run = tail.then(async (): Promise<KioskResult<StoreConfig>> => {
      let outcome: { accepted: boolean; problems: string[] }
      try {
        outcome = await config.save(build(config.current()))
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown'
        warnings.add({
          kind: 'write-failed',
          file: basename(config.path),
          at: clock.now().toISOString(),
          code,
        })
        logger.log('error', 'config-not-written', { code })
        return fail('storage-failed', `The store config could not be saved (${code}); nothing was changed`)
      }
      if (!outcome.accepted) {
        return fail('config-invalid', 'The store config was refused', { problems: outcome.problems })
      }
      return ok(config.current())
    })
    tail = run.catch(() => undefined)
    return run
  }

  return {
    forRenderer: () => withoutPinHash(config.current()),
    async saveSettings(settings) {
      const result = await save((current) => ({ ...settings, staff: current.staff }))
      return result.ok ? ok(withoutPinHash(result.value)) : result
    },
    async savePinHash(pinHash) {
      const result = await save((current) => ({ ...current, staff: { ...current.staff, pinHash } }))
      return result.ok ? ok(null) : result
    },
  }
}

function withoutPinHash(config: StoreConfig): StoreConfig {
  return { ...config, staff: { ...config.staff, pinHash: null } }
}
