import type { KioskHandlers } from '../../shared/contract'
import { ok } from '../../shared/result'
import type { Clock } from './clock'
import { createConfigService, type ConfigService } from './config-service'
import type { Logger } from './logger'

export interface KioskServiceDeps {
  dataDir: string
  defaultConfigPath: string
  configPath?: string | undefined
  clock: Clock
  logger: Logger
}

export interface KioskServices {
  handlers: KioskHandlers
  config: ConfigService
}

/**
 * Builds the implementation of `window.kiosk` from plain services. The Electron main process and
 * the e2e harness both call this, so a test exercises the same code the kiosk runs.
 */
export async function createKioskServices(deps: KioskServiceDeps): Promise<KioskServices> {
  const config = await createConfigService(deps)
  const handlers: KioskHandlers = {
    getConfig: async () => ok(config.current()),
    logEvent: async ({ event, ...fields }) => {
      // Every field of a log event is a fixed name or id (see LogEventSchema), safe to write.
      deps.logger.log('info', `renderer:${event}`, fields)
      return ok(null)
    },
  }
  return { handlers, config }
}
