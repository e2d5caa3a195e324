import { describe, expect, it } from 'vitest'
import { initialAnswers, type Answers } from '@/domain/answers'
import { sessionEndedStatistic, type EndedSession } from '@/domain/session-end'

const answered: Answers = { ...initialAnswers(), language: 'fr', situation: 'new-phone', brand: 'bell' }

function ended(overrides: Partial<EndedSession>): EndedSession {
  return {
    reason: 'idle',
    screen: 'id-documents',
    answers: answered,
    verdict: 'almost',
    assisted: false,
    shownLanguage: 'en',
    ...overrides,
  }
}

describe('sessionEndedStatistic', () => {
  it('counts nothing when no session started (the welcome screen)', () => {
    expect(sessionEndedStatistic(ended({ screen: 'welcome', reason: 'start-over' }))).toBeNull()
  })

  it('counts a walk-away mid-journey as abandoned at that step, without a verdict', () => {
    expect(sessionEndedStatistic(ended({}))).toEqual({
      event: 'session-ended',
      outcome: 'abandoned',
      lastStep: 'id',
      language: 'fr',
      situation: 'new-phone',
      brand: 'bell',
      verdict: null,
      assisted: false,
    })
  })

  it.each<[EndedSession['reason'], EndedSession['screen'], 'finished' | 'abandoned']>([
    ['finished', 'done', 'finished'],
    ['idle', 'done', 'finished'],
    ['start-over', 'done', 'finished'],
    ['idle', 'summary', 'abandoned'],
    ['start-over', 'summary', 'abandoned'],
    ['start-over', 'situation', 'abandoned'],
  ])('a %s reset on the %s screen is %s', (reason, screen, outcome) => {
    expect(sessionEndedStatistic(ended({ reason, screen }))?.outcome).toBe(outcome)
  })

  it('keeps the verdict once the customer has seen it', () => {
    expect(sessionEndedStatistic(ended({ screen: 'summary' }))).toMatchObject({ verdict: 'almost' })
  })

  it('uses the language on screen for a customer who never chose one', () => {
    const statistic = sessionEndedStatistic(
      ended({ answers: initialAnswers(), screen: 'situation', shownLanguage: 'en' }),
    )
    expect(statistic).toMatchObject({ language: 'en', situation: null, brand: null })
  })

  it('says whether staff assisted', () => {
    expect(sessionEndedStatistic(ended({ assisted: true }))).toMatchObject({ assisted: true })
  })
})
