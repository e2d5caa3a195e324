import { createRouter, type RouteRecordRaw } from 'vue-router'
import type { Answers } from '@/domain/answers'
import { canEnter, firstUnanswered, type ScreenId } from '@/domain/journey-flow'
import type { StoreConfig } from '@shared/store-config'
import { SCREEN_VIEWS } from './screen-views'
import { createKioskHistory } from './kiosk-history'

declare module 'vue-router' {
  interface RouteMeta {
    /** Journey routes only. */
    screen?: ScreenId
    /** Routes only a logged-in staff member may see (the staff panel). */
    staffOnly?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  ...Object.entries(SCREEN_VIEWS).map(([screen, component]) => ({
    path: screen === 'welcome' ? '/' : `/${screen}`,
    name: screen,
    component,
    meta: { screen: screen as ScreenId },
  })),
  // Loaded on demand: the panel's form validation brings zod, which the customer's screens don't need.
  {
    path: '/staff',
    name: 'staff',
    component: () => import('@/staff/StaffPanel.vue'),
    meta: { staffOnly: true },
  },
]

export interface JourneyState {
  answers(): Answers
  config(): StoreConfig | null
  /** Whether a staff member is logged in; without it, staff routes are closed. */
  staffActive?(): boolean
}

/**
 * History in memory (kiosk-history.ts): every load starts at the welcome screen (a reload never lands a
 * new customer mid-journey), no address can open a screen, and the start skips the browser history
 * writes a hash router makes. The guard keeps the order: a screen whose earlier questions aren't
 * answered sends the customer to the first one that is still open.
 */
export function createKioskRouter(state: JourneyState) {
  const router = createRouter({ history: createKioskHistory(), routes })
  router.beforeEach((to) => {
    if (to.meta.staffOnly) return state.staffActive?.() === true || { name: 'welcome' }
    const config = state.config()
    const screen = to.meta.screen
    if (screen === 'welcome') return true
    if (screen === undefined) return { name: 'welcome' }
    if (!config) return { name: 'welcome' }
    if (canEnter(screen, state.answers(), config)) return true
    return { name: firstUnanswered(state.answers(), config) }
  })
  return router
}
