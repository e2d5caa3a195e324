import { basename } from 'node:path'
import type { KioskHandlers } from '../../shared/contract'
import { ok } from '../../shared/result'
import type { StaffWarning } from '../../shared/staff'
import type { ConfigEditor } from './config-editor'
import type { ConfigService } from './config-service'
import type { Logger } from './logger'
import type { StaffAccess } from './staff-access'
import { staffOnly } from './staff-only'
import type { StaffWarningLog } from './staff-warnings'

type StaffCall =
  | 'staffStatus'
  | 'setStaffPin'
  | 'staffLogin'
  | 'staffLogout'
  | 'changeStaffPin'
  | 'saveConfig'
  | 'getStaffWarnings'
  | 'clearStaffWarnings'
  | 'exitKiosk'

export interface StaffHandlerDeps {
  staff: StaffAccess
  config: ConfigService
  editor: ConfigEditor
  warnings: StaffWarningLog
  logger: Logger
  /** Closes the kiosk; the Electron main process passes one that quits the app. */
  onExit?: (() => void) | undefined
}

/** The PIN pad and the staff panel's settings, warnings and exit as `window.kiosk` calls. */
export function staffHandlers(deps: StaffHandlerDeps): Pick<KioskHandlers, StaffCall> {
  const { staff, config, editor, warnings, logger } = deps
  const staffCall = staff.allowStaffCall
  return {
    staffStatus: async () => ok(staff.status()),
    setStaffPin: ({ pin }) => staff.setPin(pin),
    staffLogin: ({ pin }) => staff.login(pin),
    staffLogout: async () => ok(staff.logout()),
    changeStaffPin: staffOnly(staffCall, ({ pin }) => staff.changePin(pin)),

    saveConfig: staffOnly(staffCall, (settings) => editor.saveSettings(settings)),
    getStaffWarnings: staffOnly(staffCall, async () => ok([...configWarnings(config), ...warnings.list()])),
    clearStaffWarnings: staffOnly(staffCall, async () => {
      warnings.clear()
      return ok(null)
    }),
    exitKiosk: staffOnly(staffCall, async () => {
      logger.log('info', 'kiosk-exit-requested')
      staff.logout()
      deps.onExit?.()
      return ok(null)
    }),
  }
}

/** The config file's problems stay listed until the file is fixed; clearing warnings can't hide them. */
function configWarnings(config: ConfigService): StaffWarning[] {
  const problems = config.problems()
  return problems.length > 0 ? [{ kind: 'config-refused', file: basename(config.path), problems }] : []
}
