import type { CDPSession } from '@playwright/test'
import type { KioskHarness } from '../tests/e2e/harness/kiosk-harness'
import type { BenchPage } from './bench-page'
import type { JourneyStep } from './in-page'
import { DONE_TO_WELCOME, FINISH, LOST_PHONE_TO_SUMMARY, NEW_PHONE_TO_SUMMARY } from './journeys'

export interface MemorySample {
  session: number
  /** After forced garbage collection (HeapProfiler.collectGarbage). */
  heapUsedBytes: number
  /** Performance.getMetrics' JSHeapUsedSize, for comparison. */
  jsHeapUsedSize: number
  nodes: number
  jsEventListeners: number
  documents: number
}

export interface MemoryOptions {
  sessions: number
  sampleEvery: number
  /** How far the clock moves after each session: past the done screen's idle time and its warning. */
  idleResetMs: number
  /** Steps on the summary that print the slip, the first one selecting the print button. */
  print: JourneyStep[] | null
  /**
   * Sessions that print: every n-th. A PDF takes the harness printer about a third of a second, so
   * printing all thousand would triple the run; the renderer's print flow is the same either way.
   */
  printEvery: number
}

export interface MemoryReport {
  sessions: number
  samples: MemorySample[]
  /** How sessions ended: by the idle reset, or by "Finish" when the app has no idle reset yet. */
  endedBy: 'idle reset' | 'finish button'
  /** Slips printed; 0 when the summary had no print button, so sessions went on without printing. */
  prints: number
  seconds: number
  /** Where the run's time went: the journeys, the prints, Finish, the clock moves and resets. */
  phaseSeconds: Record<string, number>
}

/**
 * A day of customers in one page: full journeys driven from inside the page (a Playwright call per
 * tap would take an hour), a print, then the clock moved until the idle reset brings the welcome
 * screen back. Memory is sampled on the welcome screen every `sampleEvery` sessions.
 */
export async function measureMemory(
  kiosk: KioskHarness,
  bench: BenchPage,
  options: MemoryOptions,
): Promise<MemoryReport> {
  const cdp = await bench.page.context().newCDPSession(bench.page)
  await cdp.send('Performance.enable')
  const started = Date.now()
  let endedBy: MemoryReport['endedBy'] = 'idle reset'
  let print = options.print
  let prints = 0
  const samples: MemorySample[] = []

  const phases = { journey: 0, print: 0, finish: 0, idleReset: 0 }
  const timed = async (phase: keyof typeof phases, work: () => Promise<unknown>) => {
    const begun = performance.now()
    await work()
    phases[phase] += performance.now() - begun
  }

  const session = async (index: number) => {
    const toSummary = index % 2 === 0 ? NEW_PHONE_TO_SUMMARY : LOST_PHONE_TO_SUMMARY
    await timed('journey', () => bench.run(toSummary))
    if (print && index === 0 && !(await bench.has(print[0]?.select ?? ''))) print = null
    if (print && index % options.printEvery === 0) {
      await timed('print', () => bench.run(print ?? []))
      prints += 1
    }
    await timed('finish', () => bench.run(FINISH))
    await timed('idleReset', async () => {
      // Always moved, so the services' day turns too (the walk-in line holds 999 tickets a day).
      await kiosk.advance(options.idleResetMs)
      if (endedBy === 'idle reset') {
        const reset = await bench.waitFor('[data-screen="welcome"]').then(
          () => true,
          () => false,
        )
        if (!reset) endedBy = 'finish button'
      }
      if (endedBy === 'finish button') await bench.run(DONE_TO_WELCOME)
    })
  }

  // One session first, so the sample at 0 is a page that has been through every screen once.
  await session(0)
  samples.push(await sample(cdp, 0))
  for (let index = 1; index <= options.sessions; index += 1) {
    await session(index)
    if (index % options.sampleEvery === 0) samples.push(await sample(cdp, index))
  }
  await cdp.detach()
  return {
    sessions: options.sessions,
    samples,
    endedBy,
    prints,
    seconds: Math.round((Date.now() - started) / 1000),
    phaseSeconds: Object.fromEntries(
      Object.entries(phases).map(([phase, ms]) => [phase, Math.round(ms / 100) / 10]),
    ),
  }
}

async function sample(cdp: CDPSession, session: number): Promise<MemorySample> {
  // Twice: the first pass can leave objects that only the second finds unreachable (finalizers, weak maps).
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const heap = await cdp.send('Runtime.getHeapUsage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const counters = await cdp.send('Memory.getDOMCounters')
  return {
    session,
    heapUsedBytes: heap.usedSize,
    jsHeapUsedSize: metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN,
    nodes: counters.nodes,
    jsEventListeners: counters.jsEventListeners,
    documents: counters.documents,
  }
}

/** Growth from the sample at session `from` to the one at `to`. */
export function growth(samples: readonly MemorySample[], from: number, to: number) {
  const first = samples.find((s) => s.session === from)
  const last = samples.find((s) => s.session === to)
  if (!first || !last) return null
  return {
    heapBytes: last.heapUsedBytes - first.heapUsedBytes,
    nodes: last.nodes - first.nodes,
    nodesRatio: (last.nodes - first.nodes) / first.nodes,
    listeners: last.jsEventListeners - first.jsEventListeners,
  }
}
