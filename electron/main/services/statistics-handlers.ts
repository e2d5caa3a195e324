import type { KioskHandlers } from '../../shared/contract'
import { ok } from '../../shared/result'
import type { StaffAccess } from './staff-access'
import { staffOnly } from './staff-only'
import type { StatisticsService } from './statistics-service'

/** Anonymous statistics as `window.kiosk` calls: any screen counts, only staff read. */
export function statisticsHandlers(
  statistics: StatisticsService,
  staff: StaffAccess,
): Pick<KioskHandlers, 'recordStatistic' | 'getStatistics' | 'exportStatisticsCsv'> {
  return {
    recordStatistic: (event) => statistics.record(event),
    getStatistics: staffOnly(staff.allowStaffCall, async ({ days }) => ok(statistics.report(days))),
    exportStatisticsCsv: staffOnly(staff.allowStaffCall, () => statistics.exportCsv()),
  }
}
