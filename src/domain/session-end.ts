import type { LanguageCode } from '@shared/id-lists'
import type { VerdictKind } from '@shared/journey'
import type { StatisticEvent } from '@shared/statistics'
import type { Answers } from './answers'
import { STEP_OF_SCREEN, type ScreenId } from './journey-flow'

export type ResetReason = 'idle' | 'start-over' | 'finished'
export type SessionEndedStatistic = Extract<StatisticEvent, { event: 'session-ended' }>

export interface EndedSession {
  reason: ResetReason
  /** The screen on show when the session ended. */
  screen: ScreenId
  answers: Answers
  verdict: VerdictKind | null
  assisted: boolean
  /** The language on screen, for a customer who never picked one. */
  shownLanguage: LanguageCode
}

/**
 * The anonymous `session-ended` count for a session, or null when there was none (the welcome screen).
 * A customer who reached the done screen finished, however the screen then went away; anyone else
 * abandoned at the step they were on. The verdict counts only once the customer has seen it.
 */
export function sessionEndedStatistic(ended: EndedSession): SessionEndedStatistic | null {
  if (ended.screen === 'welcome') return null
  const finished = ended.reason === 'finished' || ended.screen === 'done'
  const sawVerdict = ended.screen === 'summary' || ended.screen === 'done'
  return {
    event: 'session-ended',
    outcome: finished ? 'finished' : 'abandoned',
    lastStep: STEP_OF_SCREEN[ended.screen],
    language: ended.answers.language ?? ended.shownLanguage,
    situation: ended.answers.situation,
    brand: ended.answers.brand,
    verdict: sawVerdict ? ended.verdict : null,
    assisted: ended.assisted,
  }
}
