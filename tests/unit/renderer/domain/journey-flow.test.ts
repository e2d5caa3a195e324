import { describe, expect, it } from 'vitest'
import { initialAnswers, type Answers } from '@/domain/answers'
import {
  canEnter,
  firstUnanswered,
  journeyScreens,
  nextScreen,
  previousScreen,
  progressOf,
} from '@/domain/journey-flow'
import { readDefaultConfig } from '../../../support/store-configs'

const config = readDefaultConfig()
const answers = (partial: Partial<Answers> = {}): Answers => ({ ...initialAnswers(), ...partial })

const complete = answers({
  language: 'en',
  situation: 'new-phone',
  brand: 'bell',
  accountRole: 'holder',
  accountStanding: 'good',
  verification: 'pin',
  idDocuments: ['drivers-licence'],
  idNameMatches: 'yes',
  deviceChecks: [],
  visit: { kind: 'none' },
  feesSeen: true,
})

describe('the order of the journey', () => {
  it('goes through every step for a served brand', () => {
    expect(journeyScreens(complete, config)).toEqual([
      'language',
      'situation',
      'carrier',
      'account-role',
      'account-standing',
      'account-verification',
      'id-documents',
      'id-name',
      'device',
      'appointment',
      'fees',
      'summary',
    ])
  })

  it('skips the language step when the language was chosen on the welcome screen', () => {
    expect(journeyScreens(answers({ languageChosenOnWelcome: true }), config)[0]).toBe('situation')
  })

  it('shows the lost-phone advice only after a loss or theft', () => {
    expect(journeyScreens(answers({ situation: 'lost-or-stolen' }), config)).toContain('lost-advice')
    expect(journeyScreens(answers({ situation: 'damaged' }), config)).not.toContain('lost-advice')
  })

  it('goes straight to the summary for a brand the store does not serve', () => {
    const screens = journeyScreens(answers({ brand: 'freedom-mobile' }), config)
    expect(screens.slice(-2)).toEqual(['carrier-other', 'summary'])
  })

  it('asks about the name only when there is a photo ID to compare', () => {
    expect(journeyScreens(answers({ idDocuments: ['citizenship-certificate'] }), config)).not.toContain(
      'id-name',
    )
  })
})

describe('guards', () => {
  it.each(['summary', 'fees', 'device', 'account-role', 'done'] as const)(
    'refuse %s with no answers',
    (screen) => {
      expect(canEnter(screen, answers(), config)).toBe(false)
    },
  )

  it('refuse the summary with half the answers and point to the first open question', () => {
    const half = answers({ language: 'en', situation: 'new-phone', brand: 'bell', accountRole: 'holder' })
    expect(canEnter('summary', half, config)).toBe(false)
    expect(firstUnanswered(half, config)).toBe('account-standing')
  })

  it('let a complete journey reach the summary and done', () => {
    expect(canEnter('summary', complete, config)).toBe(true)
    expect(canEnter('done', complete, config)).toBe(true)
  })

  it('let a customer whose brand is not served reach the summary without the other questions', () => {
    expect(
      canEnter('summary', answers({ language: 'en', situation: 'damaged', brand: 'fizz' }), config),
    ).toBe(true)
  })
})

describe('moving', () => {
  it('goes forward and back along the screens', () => {
    expect(nextScreen('carrier', complete, config)).toBe('account-role')
    expect(previousScreen('account-role', complete, config)).toBe('carrier')
    expect(previousScreen('language', complete, config)).toBe('welcome')
    expect(nextScreen('summary', complete, config)).toBe('done')
  })

  it('returns from "not listed" to the carrier list', () => {
    expect(previousScreen('carrier-other', answers(), config)).toBe('carrier')
  })

  it('counts steps, not screens, for the progress indicator', () => {
    expect(progressOf('account-standing', complete, config)).toEqual({
      index: 3,
      steps: [
        'language',
        'situation',
        'carrier',
        'account',
        'id',
        'device',
        'appointment',
        'fees',
        'summary',
      ],
    })
  })
})
