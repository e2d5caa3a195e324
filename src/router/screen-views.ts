import type { Component } from 'vue'
import type { ScreenId } from '@/domain/journey-flow'
import WelcomeStep from '@/steps/WelcomeStep.vue'
import LanguageStep from '@/steps/LanguageStep.vue'
import SituationStep from '@/steps/SituationStep.vue'
import LostAdviceStep from '@/steps/LostAdviceStep.vue'
import CarrierStep from '@/steps/CarrierStep.vue'
import CarrierOtherStep from '@/steps/CarrierOtherStep.vue'
import AccountRoleStep from '@/steps/AccountRoleStep.vue'
import AccountStandingStep from '@/steps/AccountStandingStep.vue'
import AccountVerificationStep from '@/steps/AccountVerificationStep.vue'
import IdDocumentsStep from '@/steps/IdDocumentsStep.vue'
import IdNameStep from '@/steps/IdNameStep.vue'
import DeviceStep from '@/steps/DeviceStep.vue'
import AppointmentStep from '@/steps/AppointmentStep.vue'
import FeesStep from '@/steps/FeesStep.vue'
import SummaryStep from '@/steps/SummaryStep.vue'
import DoneStep from '@/steps/DoneStep.vue'

/** One view per screen. Imported eagerly: every tap must feel instant, and the whole app is small. */
export const SCREEN_VIEWS: Record<ScreenId, Component> = {
  welcome: WelcomeStep,
  language: LanguageStep,
  situation: SituationStep,
  'lost-advice': LostAdviceStep,
  carrier: CarrierStep,
  'carrier-other': CarrierOtherStep,
  'account-role': AccountRoleStep,
  'account-standing': AccountStandingStep,
  'account-verification': AccountVerificationStep,
  'id-documents': IdDocumentsStep,
  'id-name': IdNameStep,
  device: DeviceStep,
  appointment: AppointmentStep,
  fees: FeesStep,
  summary: SummaryStep,
  done: DoneStep,
}
