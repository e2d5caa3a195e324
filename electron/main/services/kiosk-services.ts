import type { KioskHandlers } from '../../shared/contract'
import { ok } from '../../shared/result'
import { createBookingsService, type BookingsService } from './bookings-service'
import type { Clock } from './clock'
import { createConfigEditor } from './config-editor'
import { createConfigService, type ConfigService } from './config-service'
import type { JsonWriter, StorageContext } from './json-store'
import type { Logger } from './logger'
import { printingHandlers } from './printing-handlers'
import { createQueueService, type QueueService } from './queue-service'
import { createSlipPrintService, type SlipPrintService, type Wait } from './slip-print-service'
import { noSlipPrinter, type SlipPrinter } from './slip-printer'
import { createStaffAccess, type StaffAccess } from './staff-access'
import { staffHandlers } from './staff-handlers'
import { createStaffLockout } from './staff-lockout'
import type { ScryptCost } from './staff-pin'
import { createStaffSession } from './staff-session'
import { createStaffWarningLog, type StaffWarningLog } from './staff-warnings'
import { statisticsHandlers } from './statistics-handlers'
import { createStatisticsService, type StatisticsService } from './statistics-service'
import { visitHandlers } from './visit-handlers'

export interface KioskServiceDeps {
  dataDir: string
  defaultConfigPath: string
  configPath?: string | undefined
  clock: Clock
  logger: Logger
  /** Called by the staff-only exitKiosk; the Electron main process quits the app there. */
  onExit?: (() => void) | undefined
  /** Clears the kiosk window's web storage (Electron: its session); the e2e harness clears the page's. */
  clearSessionData?: (() => Promise<void>) | undefined
  /** Writes the services' data files; tests pass one that fails like a full disk. */
  writeJson?: JsonWriter | undefined
  /** The staff PIN's scrypt cost; tests lower it. */
  pinCost?: ScryptCost | undefined
  /** Prints the slip: a hidden Electron window in the kiosk, a PDF in the e2e harness. */
  printer?: SlipPrinter | undefined
  /** The print timeout's timer; the e2e harness moves it with its clock. */
  wait?: Wait | undefined
}

export interface KioskServices {
  handlers: KioskHandlers
  config: ConfigService
  queue: QueueService
  bookings: BookingsService
  staff: StaffAccess
  /** Other services count print outcomes here (countPrintOutcome). */
  statistics: StatisticsService
  warnings: StaffWarningLog
  slips: SlipPrintService
}

/**
 * Builds the implementation of `window.kiosk` from plain services. The Electron main process and
 * the e2e harness both call this, so a test exercises the same code the kiosk runs.
 */
export async function createKioskServices(deps: KioskServiceDeps): Promise<KioskServices> {
  const config = await createConfigService(deps)
  const warnings = createStaffWarningLog()
  const storage: StorageContext = {
    dataDir: deps.dataDir,
    clock: deps.clock,
    logger: deps.logger,
    warnings,
    writer: deps.writeJson,
  }
  const current = () => config.current()
  const queue = await createQueueService({ ...storage, config: current })
  const bookings = await createBookingsService({ ...storage, config: current })
  const statistics = await createStatisticsService({ ...storage, config: current })
  const editor = createConfigEditor(config, storage)
  const staff = createStaffAccess({
    config,
    editor,
    lockout: await createStaffLockout(storage),
    session: createStaffSession(deps.clock),
    logger: deps.logger,
    pinCost: deps.pinCost,
  })

  const slips = createSlipPrintService({
    printer: deps.printer ?? noSlipPrinter,
    config: current,
    clock: deps.clock,
    statistics,
    logger: deps.logger,
    wait: deps.wait,
  })

  const handlers: KioskHandlers = {
    // The renderer never sees the PIN hash: see config-editor.ts.
    getConfig: async () => ok(editor.forRenderer()),
    logEvent: async ({ event, ...fields }) => {
      // Every field of a log event is a fixed name or id (see LogEventSchema), safe to write.
      deps.logger.log('info', `renderer:${event}`, fields)
      return ok(null)
    },
    clearSessionData: async () => {
      await deps.clearSessionData?.()
      return ok(null)
    },
    ...visitHandlers(queue, bookings, staff),
    ...staffHandlers({ staff, config, editor, warnings, logger: deps.logger, onExit: deps.onExit }),
    ...statisticsHandlers(statistics, staff),
    ...printingHandlers(slips, staff),
  }
  return { handlers, config, queue, bookings, staff, statistics, warnings, slips }
}
