import { describe, expect, it, vi } from 'vitest'
import { initialAnswers } from '@/domain/answers'
import { createKioskRouter } from '@/router'
import { readDefaultConfig } from '../../../support/store-configs'

vi.mock('@/staff/StaffPanel.vue', () => ({ default: { render: () => null } }))

function routerWith(staffActive: boolean) {
  return createKioskRouter({
    answers: () => initialAnswers(),
    config: () => readDefaultConfig(),
    staffActive: () => staffActive,
  })
}

describe('the staff panel route', () => {
  it('opens for a logged-in staff member', async () => {
    const router = routerWith(true)
    await router.push('/staff')
    expect(router.currentRoute.value.name).toBe('staff')
  })

  it('sends anyone else to the welcome screen', async () => {
    const router = routerWith(false)
    await router.push('/staff')
    expect(router.currentRoute.value.name).toBe('welcome')
  })

  it('is closed when the router is not told about staff at all', async () => {
    const router = createKioskRouter({ answers: () => initialAnswers(), config: () => readDefaultConfig() })
    await router.push('/staff')
    expect(router.currentRoute.value.name).toBe('welcome')
  })
})
