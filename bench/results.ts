/** What one bench run measured. Written to bench/results.json; budgets are checked against `figures`. */

export type Unit = 'ms' | 'bytes' | 'ratio' | 'count'

/** A measured figure, or the reason it could not be measured (never a made-up zero). */
export type Figure = { value: number; unit: Unit; label: string } | { missing: string; label: string }

export type Figures = Record<string, Figure>

export interface Machine {
  cpus: number
  model: string
  platform: string
  node: string
  chromium: string
}

export interface BenchResults {
  generatedAt: string
  machine: Machine
  figures: Figures
  /** Per-step taps, memory samples, bundle files: the material behind the figures. */
  details: Record<string, unknown>
  notes: string[]
}

export function measured(label: string, value: number, unit: Unit): Figure {
  return { label, value, unit }
}

export function missing(label: string, reason: string): Figure {
  return { label, missing: reason }
}

export function isMeasured(figure: Figure): figure is Extract<Figure, { value: number }> {
  return 'value' in figure
}
