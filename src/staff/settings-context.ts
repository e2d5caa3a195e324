import { inject, type ComputedRef, type InjectionKey } from 'vue'
import type { FieldProblem, SettingsForm } from './settings-form'

/** The settings form and its problems, shared by the settings tab with its sections. */
export interface SettingsContext {
  form: SettingsForm
  problems: ComputedRef<FieldProblem[]>
}

export const SETTINGS_CONTEXT: InjectionKey<SettingsContext> = Symbol('staff-settings')

export function useSettings(): SettingsContext {
  const context = inject(SETTINGS_CONTEXT)
  if (!context) throw new Error('Settings sections belong inside SettingsTab')
  return context
}
