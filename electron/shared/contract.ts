import { z } from 'zod'
import { StoreConfigSchema } from './store-config'
import { LogEventSchema } from './log-event'
import {
  JoinQueueInputSchema,
  JoinQueueOutputSchema,
  QueueStatusSchema,
  QueueTodaySchema,
  TicketActionInputSchema,
  TicketSchema,
} from './queue'
import {
  AppointmentSchema,
  BookAppointmentInputSchema,
  BookingDaySchema,
  BookingReferenceInputSchema,
  CheckInInputSchema,
  ListBookingsInputSchema,
  ListBookingsOutputSchema,
  ListSlotsInputSchema,
  LocalTimeSchema,
  SlotSchema,
} from './bookings'
import { PinInputSchema, StaffStatusSchema, StaffWarningSchema } from './staff'
import {
  GetStatisticsInputSchema,
  StatisticEventSchema,
  StatisticsExportSchema,
  StatisticsReportSchema,
} from './statistics'
import type { KioskResult } from './result'
import { PrinterInfoSchema, PrintReceiptSchema } from './printing'
import { SlipDataSchema } from './slip'

/**
 * The one contract between the renderer and the main process: each function of `window.kiosk`
 * with the schema of its input and of its value. The preload, the main process's handlers and the
 * e2e harness are all typed from this map.
 */
export const kioskContract = {
  getConfig: { input: z.undefined(), output: StoreConfigSchema },
  logEvent: { input: LogEventSchema, output: z.null() },
  /** Clears the kiosk window's web storage and cache; the renderer calls it on every session reset. */
  clearSessionData: { input: z.undefined(), output: z.null() },

  // Walk-in queue. Customer: getQueueStatus, joinQueue. Staff only: the rest (see STAFF_ONLY_CALLS).
  getQueueStatus: { input: z.undefined(), output: QueueStatusSchema },
  joinQueue: { input: JoinQueueInputSchema, output: JoinQueueOutputSchema },
  getQueue: { input: z.undefined(), output: QueueTodaySchema },
  callNext: { input: z.undefined(), output: TicketSchema },
  markServed: { input: TicketActionInputSchema, output: TicketSchema },
  markNoShow: { input: TicketActionInputSchema, output: TicketSchema },

  // Bookings. Customer: days, slots, book, check in. Staff only: listBookings, cancelBooking.
  listBookingDays: { input: z.undefined(), output: z.array(BookingDaySchema) },
  listSlots: { input: ListSlotsInputSchema, output: z.array(SlotSchema) },
  bookAppointment: { input: BookAppointmentInputSchema, output: AppointmentSchema },
  checkIn: { input: CheckInInputSchema, output: AppointmentSchema },
  listCheckInTimes: { input: z.undefined(), output: z.array(LocalTimeSchema) },
  listBookings: { input: ListBookingsInputSchema, output: ListBookingsOutputSchema },
  cancelBooking: { input: BookingReferenceInputSchema, output: z.null() },

  // Staff access. The PIN pad: staffStatus, setStaffPin (first run), staffLogin, staffLogout.
  staffStatus: { input: z.undefined(), output: StaffStatusSchema },
  setStaffPin: { input: PinInputSchema, output: StaffStatusSchema },
  staffLogin: { input: PinInputSchema, output: StaffStatusSchema },
  staffLogout: { input: z.undefined(), output: StaffStatusSchema },
  changeStaffPin: { input: PinInputSchema, output: z.null() },

  // Staff panel. saveConfig keeps the stored PIN hash; getConfig always shows staff.pinHash as null.
  saveConfig: { input: StoreConfigSchema, output: StoreConfigSchema },
  getStaffWarnings: { input: z.undefined(), output: z.array(StaffWarningSchema) },
  clearStaffWarnings: { input: z.undefined(), output: z.null() },
  exitKiosk: { input: z.undefined(), output: z.null() },

  // Anonymous statistics. recordStatistic from any screen; reading them is staff only.
  recordStatistic: { input: StatisticEventSchema, output: z.null() },
  getStatistics: { input: GetStatisticsInputSchema, output: StatisticsReportSchema },
  exportStatisticsCsv: { input: z.undefined(), output: StatisticsExportSchema },

  // The printed slip. printSlip from the summary; listPrinters and printTestSlip are staff only.
  printSlip: { input: SlipDataSchema, output: PrintReceiptSchema },
  listPrinters: { input: z.undefined(), output: z.array(PrinterInfoSchema) },
  printTestSlip: { input: z.undefined(), output: PrintReceiptSchema },
} as const

export type KioskContract = typeof kioskContract
export type KioskCallName = keyof KioskContract
export const KIOSK_CALL_NAMES = Object.keys(kioskContract) as KioskCallName[]

export type KioskInput<K extends KioskCallName> = z.input<KioskContract[K]['input']>
export type KioskOutput<K extends KioskCallName> = z.output<KioskContract[K]['output']>

/** `window.kiosk`: a call without input takes no argument. */
export type KioskApi = {
  [K in KioskCallName]: KioskInput<K> extends undefined
    ? () => Promise<KioskResult<KioskOutput<K>>>
    : (input: KioskInput<K>) => Promise<KioskResult<KioskOutput<K>>>
}

/** What the main process implements: inputs arrive already validated. */
export type KioskHandlers = {
  [K in KioskCallName]: (input: z.output<KioskContract[K]['input']>) => Promise<KioskResult<KioskOutput<K>>>
}
