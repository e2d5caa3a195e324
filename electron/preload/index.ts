import { contextBridge, ipcRenderer } from 'electron'
import { kioskChannel } from '../shared/channels'
import type { KioskApi, KioskCallName } from '../shared/contract'
import { askEarly } from '../shared/ask-early'

function call(name: KioskCallName, input?: unknown) {
  return ipcRenderer.invoke(kioskChannel(name), input)
}

// The first screen waits for the store's config: ask while the page's scripts load.
const getConfig = askEarly(() => call('getConfig'))

/** `window.kiosk`: named functions only. The main process validates every input again. */
const kiosk = {
  getConfig,
  logEvent: (event) => call('logEvent', event),
  clearSessionData: () => call('clearSessionData'),

  getQueueStatus: () => call('getQueueStatus'),
  joinQueue: (input) => call('joinQueue', input),
  getQueue: () => call('getQueue'),
  callNext: () => call('callNext'),
  markServed: (input) => call('markServed', input),
  markNoShow: (input) => call('markNoShow', input),

  listBookingDays: () => call('listBookingDays'),
  listSlots: (input) => call('listSlots', input),
  bookAppointment: (input) => call('bookAppointment', input),
  checkIn: (input) => call('checkIn', input),
  listCheckInTimes: () => call('listCheckInTimes'),
  listBookings: (input) => call('listBookings', input),
  cancelBooking: (input) => call('cancelBooking', input),

  staffStatus: () => call('staffStatus'),
  setStaffPin: (input) => call('setStaffPin', input),
  staffLogin: (input) => call('staffLogin', input),
  staffLogout: () => call('staffLogout'),
  changeStaffPin: (input) => call('changeStaffPin', input),

  saveConfig: (config) => call('saveConfig', config),
  getStaffWarnings: () => call('getStaffWarnings'),
  clearStaffWarnings: () => call('clearStaffWarnings'),
  exitKiosk: () => call('exitKiosk'),

  recordStatistic: (event) => call('recordStatistic', event),
  getStatistics: (input) => call('getStatistics', input),
  exportStatisticsCsv: () => call('exportStatisticsCsv'),

  printSlip: (slip) => call('printSlip', slip),
  listPrinters: () => call('listPrinters'),
  printTestSlip: () => call('printTestSlip'),
} satisfies KioskApi

contextBridge.exposeInMainWorld('kiosk', kiosk)
