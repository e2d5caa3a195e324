import type { BenchPage } from './bench-page'
import type { JourneyStep, TapSample } from './in-page'
import { TAP_JOURNEYS } from './journeys'
import { distribution, round, type Distribution } from './stats'

export interface TapReport {
  journeys: number
  /** Per screen change, "from → to": how long from the finger down to the next screen painted. */
  steps: Record<string, Distribution>
  all: Distribution
  /** Finger down to finger up within those times: Playwright's touch, not the app. */
  downToUp: Distribution
  worstStep: { step: string; p95: number }
}

/**
 * Real touches (Playwright's touchscreen) on every button of the scripted journeys; the page times
 * each screen change itself, from pointerdown to the frame after the new screen is in the DOM. One
 * round of every journey first warms the page up and is not counted.
 */
export async function measureTaps(bench: BenchPage, rounds: number): Promise<TapReport> {
  const samples: TapSample[] = []
  let taken = 0
  const journey = async (steps: readonly JourneyStep[], keep: boolean) => {
    for (const step of steps) {
      const centre = await bench.targetCentre(step)
      if (step.then) await bench.armTap()
      await bench.page.touchscreen.tap(centre.x, centre.y)
      if (step.then) {
        const sample = await bench.tapSample(taken)
        taken += 1
        if (sample.to !== step.then) {
          throw new Error(
            `Tapping “${step.tap ?? step.select}” on ${sample.from} led to ${sample.to}, not ${step.then}`,
          )
        }
        if (keep) samples.push(sample)
      } else if (step.waitFor) {
        await bench.waitFor(step.waitFor)
      }
    }
  }

  for (const steps of Object.values(TAP_JOURNEYS)) await journey(steps, false)
  for (let round = 0; round < rounds; round += 1) {
    for (const steps of Object.values(TAP_JOURNEYS)) await journey(steps, true)
  }

  const byStep = new Map<string, number[]>()
  for (const { from, to, ms } of samples) {
    const key = `${from} → ${to}`
    byStep.set(key, [...(byStep.get(key) ?? []), ms])
  }
  const steps: Record<string, Distribution> = {}
  for (const [key, values] of byStep) steps[key] = rounded(distribution(values))
  const worst = Object.entries(steps).reduce(
    (found, [step, d]) => (d.p95 > found.p95 ? { step, p95: d.p95 } : found),
    { step: 'none', p95: Number.NEGATIVE_INFINITY },
  )
  return {
    journeys: rounds * Object.keys(TAP_JOURNEYS).length,
    steps,
    all: rounded(distribution(samples.map((s) => s.ms))),
    downToUp: rounded(distribution(samples.map((s) => s.downToUpMs))),
    worstStep: worst,
  }
}

function rounded(d: Distribution): Distribution {
  return { n: d.n, p50: round(d.p50), p95: round(d.p95), max: round(d.max) }
}
