import type { Browser, Page, TestInfo } from '@playwright/test'
import { startProbe, type BenchWindow } from './in-page'
import { kioskOn, MINIMAL_URL, newKioskContext, serveMinimalPage } from './harness-pages'
import { median, round } from './stats'

/** The first tap target of each page: the welcome screen's first button. */
const FIRST_TAP_TARGET = '[data-step="welcome"] button'

export interface StartReport {
  runs: number
  coldMs: { app: number[]; minimal: number[] }
  warmMs: { app: number[]; minimal: number[] }
  medians: { coldApp: number; coldMinimal: number; warmApp: number; warmMinimal: number }
}

/**
 * Navigation start to the welcome screen taking taps, measured in the page. Cold: a new browser
 * context each time (nothing cached). Warm: a reload in a context that has shown the page before.
 */
export async function measureStart(browser: Browser, testInfo: TestInfo, runs: number, errors: string[]) {
  const openApp = async (page: Page) => {
    await kioskOn(page, testInfo, errors).open()
  }
  const openMinimal = async (page: Page) => {
    await serveMinimalPage(page)
    await page.goto(MINIMAL_URL)
  }

  const coldOnce = async (open: (page: Page) => Promise<void>) => {
    const context = await newKioskContext(browser, testInfo)
    const page = await context.newPage()
    await page.addInitScript(startProbe, FIRST_TAP_TARGET)
    await open(page)
    const ms = await startTime(page)
    await context.close()
    return ms
  }

  const warmPage = async (open: (page: Page) => Promise<void>) => {
    const context = await newKioskContext(browser, testInfo)
    const page = await context.newPage()
    await page.addInitScript(startProbe, FIRST_TAP_TARGET)
    await open(page)
    await startTime(page)
    return page
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
    await warmPages.minimal.reload()
    warmMinimal.push(await startTime(warmPages.minimal))
    await warmPages.app.reload()
    warmApp.push(await startTime(warmPages.app))
  }
  await warmPages.app.context().close()
  await warmPages.minimal.context().close()

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

async function startTime(page: Page): Promise<number> {
  return page.evaluate(() => {
    const start = (window as BenchWindow).__benchStart
    if (!start) throw new Error('The start probe did not run')
    return start
  })
}
