import { isMeasured, type Figures } from './results'

/** bench/budgets.json: the most each figure may be. */
export type Budgets = Record<string, { max: number; why: string }>

export interface BudgetMiss {
  figure: string
  message: string
}

/**
 * Every budgeted figure that is over its budget, or was not measured at all: a figure that went
 * missing must not pass the check silently.
 */
export function checkBudgets(figures: Figures, budgets: Budgets): BudgetMiss[] {
  const misses: BudgetMiss[] = []
  for (const [id, budget] of Object.entries(budgets)) {
    const figure = figures[id]
    if (!figure) {
      misses.push({ figure: id, message: `${id}: not measured by this run (budget ${budget.max})` })
    } else if (!isMeasured(figure)) {
      misses.push({ figure: id, message: `${id}: not measured — ${figure.missing} (budget ${budget.max})` })
    } else if (!Number.isFinite(figure.value) || figure.value > budget.max) {
      misses.push({
        figure: id,
        message: `${id}: ${figure.label} is ${figure.value} ${figure.unit}, over its budget of ${budget.max} ${figure.unit}`,
      })
    }
  }
  return misses
}

/** Reads budgets.json's shape without trusting it: a typo there must not disable a budget. */
export function parseBudgets(json: unknown): Budgets {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error('budgets.json must be an object of { "<figure>": { "max": number, "why": string } }')
  }
  const budgets: Budgets = {}
  for (const [id, entry] of Object.entries(json)) {
    if (id === '$comment') continue
    const max = (entry as { max?: unknown } | null)?.max
    const why = (entry as { why?: unknown } | null)?.why
    if (typeof max !== 'number' || !Number.isFinite(max) || typeof why !== 'string') {
      throw new Error(`budgets.json: "${id}" needs a numeric "max" and a "why"`)
    }
    budgets[id] = { max, why }
  }
  return budgets
}
