import en from '../src/locales/en'
import { BRANDS } from '../src/content/brands'
import type { JourneyStep } from './in-page'

/**
 * Scripted customers for the default (Ontario, English and French) store, by the English words on
 * the buttons, taken from the locale file so a reworded button doesn't break the bench.
 */

const deviceChecks: JourneyStep[] = Object.values(en.device.checks).map((label) => ({ tap: label }))

const toSummary = (situation: JourneyStep[], brand: string, verification: string, document: string) => [
  { tap: en.language.name, then: 'situation' },
  ...situation,
  { tap: brand, then: 'account-role' },
  { tap: en.account.roles.holder, then: 'account-standing' },
  { tap: en.account.standing.good, then: 'account-verification' },
  { tap: verification, then: 'id-documents' },
  { tap: document },
  { tap: en.common.continue, then: 'id-name' },
  { tap: en.common.yes, then: 'device' },
  ...deviceChecks,
  { tap: en.common.continue, then: 'appointment' },
  { tap: en.appointment.walkIn, waitFor: '[data-ticket]' },
  { tap: en.common.continue, then: 'fees' },
  { tap: en.common.continue, then: 'summary' },
]

/** New phone, Bell, everything in order: ready for the counter, walk-in ticket. */
export const NEW_PHONE_TO_SUMMARY: JourneyStep[] = toSummary(
  [{ tap: en.situation.options['new-phone'], then: 'carrier' }],
  BRANDS.bell.name,
  en.account.verification.pin,
  en.id.documents['drivers-licence'],
)

/** Lost phone: the advice screen, TELUS, no code or PIN, a passport. */
export const LOST_PHONE_TO_SUMMARY: JourneyStep[] = toSummary(
  [
    { tap: en.situation.options['lost-or-stolen'], then: 'lost-advice' },
    { tap: en.common.continue, then: 'carrier' },
  ],
  BRANDS.telus.name,
  en.account.verification.neither,
  en.id.documents.passport,
)

/** Starts from "Touch to start", through the language screen, to a brand the store doesn't serve. */
export const NOT_SERVED_TO_SUMMARY: JourneyStep[] = [
  { select: '[data-step="welcome"] button', then: 'language' },
  { tap: en.language.name, then: 'situation' },
  { tap: en.situation.options['not-sure'], then: 'carrier' },
  { tap: en.carrier.notListed, then: 'carrier-other' },
  { tap: BRANDS['freedom-mobile'].name, then: 'summary' },
]

/** From the summary: Finish, then Finish on the done screen, which starts over. */
export const FINISH: JourneyStep[] = [{ tap: en.summary.finish, then: 'done' }]
export const DONE_TO_WELCOME: JourneyStep[] = [{ tap: en.summary.finish, then: 'welcome' }]

export const TAP_JOURNEYS: Record<string, JourneyStep[]> = {
  'new phone': [...NEW_PHONE_TO_SUMMARY, ...FINISH, ...DONE_TO_WELCOME],
  'lost phone': [...LOST_PHONE_TO_SUMMARY, ...FINISH, ...DONE_TO_WELCOME],
  'carrier not served': [...NOT_SERVED_TO_SUMMARY, ...FINISH, ...DONE_TO_WELCOME],
}
