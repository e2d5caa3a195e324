import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test'
import { KioskHarness } from '../tests/e2e/harness/kiosk-harness'

/** The bench opens its own contexts (a cold start needs a fresh one), with the e2e project's options. */
export async function newKioskContext(browser: Browser, testInfo: TestInfo): Promise<BrowserContext> {
  const { viewport, hasTouch, locale, timezoneId } = testInfo.project.use
  return browser.newContext({ viewport, hasTouch, locale, timezoneId })
}

/** The e2e harness on a page of the bench's own, with page errors collected rather than ignored. */
export function kioskOn(page: Page, testInfo: TestInfo, errors: string[]): KioskHarness {
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`)
  })
  return new KioskHarness(page, testInfo, 'default')
}

/** What the browser needs for any page at all: a heading and a button. */
export const MINIMAL_PAGE = {
  path: 'bench-minimal.html',
  html: `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>minimal</title></head>
<body><main data-step="welcome"><h1>Need a replacement eSIM?</h1><button type="button">Touch to start</button></main></body>
</html>`,
}
