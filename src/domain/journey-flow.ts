import type { StepId } from '@shared/id-lists'
import type { StoreConfig } from '@shared/store-config'
import type { Answers } from './answers'
import { asksNameMatch } from './id-rules'

/** One question per screen; several screens may belong to one step of the progress indicator. */
export const SCREEN_IDS = [
  'welcome',
  'language',
  'situation',
  'lost-advice',
  'carrier',
  'carrier-other',
  'account-role',
  'account-standing',
  'account-verification',
  'id-documents',
  'id-name',
  'device',
  'appointment',
  'fees',
  'summary',
  'done',
] as const
export type ScreenId = (typeof SCREEN_IDS)[number]

export const STEP_OF_SCREEN: Record<ScreenId, StepId> = {
  welcome: 'welcome',
  language: 'language',
  situation: 'situation',
  'lost-advice': 'situation',
  carrier: 'carrier',
  'carrier-other': 'carrier',
  'account-role': 'account',
  'account-standing': 'account',
  'account-verification': 'account',
  'id-documents': 'id',
  'id-name': 'id',
  device: 'device',
  appointment: 'appointment',
  fees: 'fees',
  summary: 'summary',
  done: 'done',
}

type FlowConfig = Pick<StoreConfig, 'brandsServed' | 'idRules' | 'languages'>

/** The screens this customer goes through, in order, given what they answered so far. */
export function journeyScreens(answers: Answers, config: FlowConfig): ScreenId[] {
  const screens: ScreenId[] = []
  if (!answers.languageChosenOnWelcome && config.languages.enabled.length > 1) screens.push('language')
  screens.push('situation')
  if (answers.situation === 'lost-or-stolen') screens.push('lost-advice')
  screens.push('carrier')
  if (answers.brand !== null && !config.brandsServed.includes(answers.brand)) {
    return [...screens, 'carrier-other', 'summary']
  }
  screens.push('account-role', 'account-standing', 'account-verification', 'id-documents')
  if (asksNameMatch(answers.idDocuments, config.idRules)) screens.push('id-name')
  screens.push('device', 'appointment', 'fees', 'summary')
  return screens
}

export function isAnswered(screen: ScreenId, answers: Answers): boolean {
  switch (screen) {
    case 'language':
      return answers.language !== null
    case 'situation':
      return answers.situation !== null
    case 'lost-advice':
      return answers.lostAdviceSeen
    case 'carrier':
    case 'carrier-other':
      return answers.brand !== null
    case 'account-role':
      return answers.accountRole !== null
    case 'account-standing':
      return answers.accountStanding !== null
    case 'account-verification':
      return answers.verification !== null
    case 'id-documents':
      return answers.idDocuments !== null
    case 'id-name':
      return answers.idNameMatches !== null
    case 'device':
      return answers.deviceChecks !== null
    case 'appointment':
      return answers.visit !== null
    case 'fees':
      return answers.feesSeen
    case 'welcome':
    case 'summary':
    case 'done':
      return false
  }
}

/** The first screen of the journey still waiting for an answer. */
export function firstUnanswered(answers: Answers, config: FlowConfig): ScreenId {
  return journeyScreens(answers, config).find((screen) => !isAnswered(screen, answers)) ?? 'summary'
}

/**
 * Whether a customer may be on this screen: every screen before it is answered. "Not listed" carriers
 * sit beside the carrier screen; done follows the summary.
 */
export function canEnter(screen: ScreenId, answers: Answers, config: FlowConfig): boolean {
  if (screen === 'welcome') return true
  if (screen === 'carrier-other') return canEnter('carrier', answers, config)
  if (screen === 'done') return canEnter('summary', answers, config)
  const screens = journeyScreens(answers, config)
  const index = screens.indexOf(screen)
  return index >= 0 && screens.slice(0, index).every((earlier) => isAnswered(earlier, answers))
}

export function nextScreen(current: ScreenId, answers: Answers, config: FlowConfig): ScreenId {
  if (current === 'summary') return 'done'
  const screens = journeyScreens(answers, config)
  if (current === 'welcome') return screens[0] ?? 'situation'
  const from = current === 'carrier-other' && !screens.includes('carrier-other') ? 'carrier' : current
  return screens[screens.indexOf(from) + 1] ?? 'summary'
}

export function previousScreen(current: ScreenId, answers: Answers, config: FlowConfig): ScreenId {
  if (current === 'carrier-other') return 'carrier'
  const screens = journeyScreens(answers, config)
  const index = screens.indexOf(current)
  return index > 0 ? (screens[index - 1] ?? 'welcome') : 'welcome'
}

/** The progress indicator: the steps of this journey (not screens) and where the customer is. */
export function progressOf(
  current: ScreenId,
  answers: Answers,
  config: FlowConfig,
): { index: number; steps: StepId[] } {
  const steps = [...new Set(journeyScreens(answers, config).map((screen) => STEP_OF_SCREEN[screen]))]
  return { index: steps.indexOf(STEP_OF_SCREEN[current]), steps }
}
