import type { RouteComponent } from 'vue-router'
import type { ScreenId } from '@/domain/journey-flow'
import WelcomeStep from '@/steps/WelcomeStep.vue'

type LazyView = () => Promise<RouteComponent | { default: RouteComponent }>

/**
 * One view per screen. The welcome screen is in the first bundle; the others are their own chunks, all
 * fetched in the background right after the first screen is painted (`preloadScreenViews`), so the
 * kiosk starts quickly and every tap still finds its screen already loaded.
 */
export const SCREEN_VIEWS: Record<ScreenId, RouteComponent | LazyView> = {
  welcome: WelcomeStep,
  language: () => import('@/steps/LanguageStep.vue'),
  situation: () => import('@/steps/SituationStep.vue'),
  'lost-advice': () => import('@/steps/LostAdviceStep.vue'),
  carrier: () => import('@/steps/CarrierStep.vue'),
  'carrier-other': () => import('@/steps/CarrierOtherStep.vue'),
  'account-role': () => import('@/steps/AccountRoleStep.vue'),
  'account-standing': () => import('@/steps/AccountStandingStep.vue'),
  'account-verification': () => import('@/steps/AccountVerificationStep.vue'),
  'id-documents': () => import('@/steps/IdDocumentsStep.vue'),
  'id-name': () => import('@/steps/IdNameStep.vue'),
  device: () => import('@/steps/DeviceStep.vue'),
  appointment: () => import('@/steps/AppointmentStep.vue'),
  fees: () => import('@/steps/FeesStep.vue'),
  summary: () => import('@/steps/SummaryStep.vue'),
  done: () => import('@/steps/DoneStep.vue'),
}

/** Fetches every lazy screen now; a chunk that fails to load is fetched again when its screen opens. */
export function preloadScreenViews(): void {
  for (const view of Object.values(SCREEN_VIEWS)) {
    if (typeof view === 'function') void (view as LazyView)().catch(() => undefined)
  }
}
