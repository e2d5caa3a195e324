import { StoreConfigSchema, type StoreConfig } from '@shared/store-config'
import { configFromForm, type FieldProblem, type SettingsForm } from './settings-form'

export interface SettingsCheck {
  /** The config to save, when the form has no problem. */
  config: StoreConfig | null
  problems: FieldProblem[]
}

/**
 * Checks the form with the same schema the kiosk checks its config file with. This file imports zod:
 * only the lazily loaded staff panel imports it, so the customer's first screen loads without it.
 */
export function checkSettings(form: SettingsForm): SettingsCheck {
  const { config, problems } = configFromForm(form)
  const parsed = StoreConfigSchema.safeParse(config)
  const schemaProblems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
  const all = [...problems, ...schemaProblems]
  return { config: all.length === 0 && parsed.success ? parsed.data : null, problems: all }
}
