import type { KioskHandlers } from '../../shared/contract'
import type { SlipPrintService } from './slip-print-service'
import type { StaffAccess } from './staff-access'
import { staffOnly } from './staff-only'

/** The slip as `window.kiosk` calls: the summary prints; staff list printers and print a test slip. */
export function printingHandlers(
  slips: SlipPrintService,
  staff: StaffAccess,
): Pick<KioskHandlers, 'printSlip' | 'listPrinters' | 'printTestSlip'> {
  return {
    printSlip: (data) => slips.print(data),
    listPrinters: staffOnly(staff.allowStaffCall, () => slips.listPrinters()),
    printTestSlip: staffOnly(staff.allowStaffCall, () => slips.printTest()),
  }
}
