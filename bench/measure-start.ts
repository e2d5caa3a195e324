import type { Browser, Page, TestInfo } from '@playwright/test'
import { startProbe } from './in-page'
import { kioskOn, MINIMAL_PAGE, newKioskContext } from './harness-pages'
import { median, round } from './stats'

/** The first tap target of each page: the welcome screen's first button. */
const FIRST_TAP_TARGET = '[data-step="welcome"] button'
/** Time for a page's background loading to end before the next page is timed. */
const SETTLE_MS = 750

export interface StartReport {
  runs: number
  coldMs: { app: number[]; minimal: number[] }
  warmMs: { app: number[]; minimal: number[] }
  medians: { coldApp: number; coldMinimal: number; warmApp: number; warmMinimal: number }
}

/**
 * Navigation start to the welcome screen taking taps, measured in the page. Cold: a new browser
 * context each time (nothing cached). Warm: a reload in a context that has shown the page before.
 * The harness returns as soon as the navigation has begun and the page reports its own time through a
 * binding: waiting with Playwright would run its scripts in the page while it starts.
 */
export async function measureStart(browser: Browser, testInfo: TestInfo, runs: number, errors: string[]) {
  const openApp = async (page: Page) => {
    await kioskOn(page, testInfo, errors).open({ waitFor: 'commit' })
  }
  // The same window as the kiosk's: same routes, headers, preload stand-in and clock.
  const openMinimal = async (page: Page) => {
    await kioskOn(page, testInfo, errors).open({ otherPage: MINIMAL_PAGE, waitFor: 'commit' })
  }

  const probedPage = async () => {
    const context = await newKioskContext(browser, testInfo)
    const page = await context.newPage()
    const nextStart = await reportedStarts(page)
    await page.addInitScript(startProbe, FIRST_TAP_TARGET)
    return { page, nextStart }
  }

  const coldOnce = async (open: (page: Page) => Promise<void>) => {
    const { page, nextStart } = await probedPage()
    await open(page)
    const ms = await nextStart()
    await page.context().close()
    await settle()
    return ms
  }

  const warmPage = async (open: (page: Page) => Promise<void>) => {
    const probed = await probedPage()
    await open(probed.page)
    await probed.nextStart()
    await settle()
    return probed
  }
  const reloadOnce = async ({ page, nextStart }: { page: Page; nextStart: () => Promise<number> }) => {
    await page.reload({ waitUntil: 'commit' })
    const ms = await nextStart()
    await settle()
    return ms
  }

  // Runs alternate between the kiosk and the minimal page, so that a slow moment of the shared
  // machine doesn't land on one side only.
  const coldApp: number[] = []
  const coldMinimal: number[] = []
  for (let run = 0; run < runs; run += 1) {
    coldMinimal.push(await coldOnce(openMinimal))
    coldApp.push(await coldOnce(openApp))
  }
  const warmPages = { app: await warmPage(openApp), minimal: await warmPage(openMinimal) }
  const warmApp: number[] = []
  const warmMinimal: number[] = []
  for (let run = 0; run < runs; run += 1) {
    warmMinimal.push(await reloadOnce(warmPages.minimal))
    warmApp.push(await reloadOnce(warmPages.app))
  }
  await warmPages.app.page.context().close()
  await warmPages.minimal.page.context().close()

  const report: StartReport = {
    runs,
    coldMs: { app: coldApp.map((ms) => round(ms)), minimal: coldMinimal.map((ms) => round(ms)) },
    warmMs: { app: warmApp.map((ms) => round(ms)), minimal: warmMinimal.map((ms) => round(ms)) },
    medians: {
      coldApp: round(median(coldApp)),
      coldMinimal: round(median(coldMinimal)),
      warmApp: round(median(warmApp)),
      warmMinimal: round(median(warmMinimal)),
    },
  }
  return report
}

/**
 * The kiosk keeps loading its other screens and languages after the first paint, and a closed
 * context takes a moment to go: each page gets time to finish before the next one is timed, so
 * neither is measured against the other's work.
 */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
}

/** Each start the page reports, in order; a page that never reports fails the measure, not the run. */
async function reportedStarts(page: Page): Promise<() => Promise<number>> {
  const reported: number[] = []
  const waiting: ((ms: number) => void)[] = []
  await page.exposeFunction('__benchStartReport', (ms: number) => {
    const next = waiting.shift()
    if (next) next(ms)
    else reported.push(ms)
  })
  return () => {
    const ms = reported.shift()
    if (ms !== undefined) return Promise.resolve(ms)
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The welcome screen did not show within 10 s')), 10_000)
      waiting.push((value) => {
        clearTimeout(timer)
        resolve(value)
      })
    })
  }
}
