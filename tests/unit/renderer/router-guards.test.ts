import { describe, expect, it } from 'vitest'
import { initialAnswers, type Answers } from '@/domain/answers'
import { createKioskRouter } from '@/router'
import { readDefaultConfig } from '../../support/store-configs'

function routerWith(answers: Answers) {
  return createKioskRouter({ answers: () => answers, config: () => readDefaultConfig() })
}

describe('route guards', () => {
  it('send a customer who jumps to the summary back to the first open question', async () => {
    const router = routerWith({ ...initialAnswers(), language: 'en', situation: 'new-phone' })
    await router.push('/summary')
    expect(router.currentRoute.value.name).toBe('carrier')
  })

  it('let an answered step be visited again (Back keeps the answers)', async () => {
    const router = routerWith({ ...initialAnswers(), language: 'en', situation: 'new-phone', brand: 'bell' })
    await router.push('/account-role')
    await router.push('/situation')
    expect(router.currentRoute.value.name).toBe('situation')
  })

  it('send everyone to the welcome screen until the config is loaded', async () => {
    const router = createKioskRouter({ answers: () => initialAnswers(), config: () => null })
    await router.push('/situation')
    expect(router.currentRoute.value.name).toBe('welcome')
  })
})
