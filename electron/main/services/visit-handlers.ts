import type { KioskHandlers } from '../../shared/contract'
import { ok } from '../../shared/result'
import type { BookingsService } from './bookings-service'
import type { QueueService } from './queue-service'
import type { StaffAccess } from './staff-access'
import { staffOnly } from './staff-only'

type VisitCall =
  | 'getQueueStatus'
  | 'joinQueue'
  | 'getQueue'
  | 'callNext'
  | 'markServed'
  | 'markNoShow'
  | 'listBookingDays'
  | 'listSlots'
  | 'bookAppointment'
  | 'checkIn'
  | 'listCheckInTimes'
  | 'listBookings'
  | 'cancelBooking'

/** The walk-in queue and bookings as `window.kiosk` calls. */
export function visitHandlers(
  queue: QueueService,
  bookings: BookingsService,
  staff: StaffAccess,
): Pick<KioskHandlers, VisitCall> {
  const staffCall = staff.allowStaffCall
  return {
    getQueueStatus: async () => ok(queue.status()),
    joinQueue: (input) => queue.join(input),
    getQueue: staffOnly(staffCall, async () => ok(queue.today())),
    callNext: staffOnly(staffCall, () => queue.callNext()),
    markServed: staffOnly(staffCall, ({ ticket }) => queue.markServed(ticket)),
    markNoShow: staffOnly(staffCall, ({ ticket }) => queue.markNoShow(ticket)),

    listBookingDays: async () => ok(await bookings.days()),
    listSlots: ({ date }) => bookings.slots(date),
    bookAppointment: (input) => bookings.book(input),
    checkIn: (input) => bookings.checkIn(input),
    listCheckInTimes: async () => ok(await bookings.checkInTimes()),
    listBookings: staffOnly(staffCall, async ({ date }) => ok(await bookings.list(date))),
    cancelBooking: staffOnly(staffCall, ({ reference }) => bookings.cancel(reference)),
  }
}
