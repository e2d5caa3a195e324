import type { Budgets } from './budget-check'
import { isMeasured, type Figure, type Figures, type Unit } from './results'

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      return `${value.toFixed(1)} ms`
    case 'bytes':
      return Math.abs(value) >= 10_000 ? `${(value / 1000).toFixed(1)} kB` : `${value} B`
    case 'ratio':
      return value.toFixed(2)
    case 'count':
      return String(value)
  }
}

function status(figure: Figure, budget: Budgets[string] | undefined): string {
  if (!isMeasured(figure)) return budget ? 'MISSING' : 'missing'
  if (!budget) return ''
  return figure.value <= budget.max ? 'ok' : 'OVER'
}

/** The readable table printed after each run: figure, value, budget, verdict. */
export function resultsTable(figures: Figures, budgets: Budgets): string {
  const rows = Object.entries(figures).map(([id, figure]) => {
    const budget = budgets[id]
    const unit = isMeasured(figure) ? figure.unit : 'count'
    return [
      id,
      figure.label,
      isMeasured(figure) ? formatValue(figure.value, figure.unit) : `— (${figure.missing})`,
      budget ? `≤ ${formatValue(budget.max, unit)}` : '',
      status(figure, budget),
    ]
  })
  const header = ['figure', 'what', 'value', 'budget', '']
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  )
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')
}
