import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { initialAnswers } from '@/domain/answers'
import { useSessionStore } from '@/stores/session'
import { useKioskStore } from '@/stores/kiosk'
import { readDefaultConfig } from '../../support/store-configs'

describe('the session store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useKioskStore().config = readDefaultConfig()
  })

  it('starts empty', () => {
    expect(useSessionStore().answers).toEqual(initialAnswers())
  })

  it('returns exactly to its initial state on reset', () => {
    const session = useSessionStore()
    session.answer('language', 'fr')
    session.answer('brand', 'telus')
    session.answer('idDocuments', ['passport'])
    session.answer('visit', { kind: 'walk-in', ticket: 'A-001', waitMinutes: 12 })
    session.reset()
    expect(session.answers).toEqual(initialAnswers())
    expect(session.fee).toBeNull()
  })

  it('derives the fee and the verdict from the answers', () => {
    const session = useSessionStore()
    session.answer('situation', 'new-phone')
    session.answer('brand', 'telus')
    expect(session.fee?.totalCents).toBe(1695)
    session.answer('brand', 'freedom-mobile')
    expect(session.verdict?.kind).toBe('not-here')
  })
})
