import type { StaffWarning } from '../../shared/staff'

/** The kiosk's own problems that staff should see in their panel, newest last. */
export interface StaffWarningLog {
  add(warning: StaffWarning): void
  list(): StaffWarning[]
  clear(): void
}

const MAX_WARNINGS = 50

export function createStaffWarningLog(): StaffWarningLog {
  let warnings: StaffWarning[] = []
  return {
    add(warning) {
      // A disk that stays full fails every write: one line per file says it, not hundreds.
      if (warning.kind === 'write-failed') {
        warnings = warnings.filter((w) => !(w.kind === 'write-failed' && w.file === warning.file))
      }
      warnings = [...warnings, warning].slice(-MAX_WARNINGS)
    },
    list: () => [...warnings],
    clear() {
      warnings = []
    },
  }
}
