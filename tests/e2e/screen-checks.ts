import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the issue asks the audit to cover. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Runs axe on the page as it is now; any violation fails with its rule and where. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  // Colour contrast needs the final fonts; an axe run during a font swap would measure the fallback.
  await page.evaluate(() => document.fonts.ready)
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.nodes
        .map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`)
        .join(' | ')}`,
  )
  expect(violations, `axe on ${where}`).toEqual([])
}

/** Every visible button, link, input and toggle: each at least 44×44 CSS px (WCAG 2.5.8 and the issue). */
export async function expectTapTargets(page: Page, where: string, minimum = 44): Promise<void> {
  const small = await page.evaluate((min) => {
    const targets = document.querySelectorAll<HTMLElement>(
      'button, a[href], input, select, textarea, [role="button"], [role="switch"], [role="checkbox"]',
    )
    return [...targets]
      .filter(
        (target) => target.getClientRects().length > 0 && getComputedStyle(target).visibility !== 'hidden',
      )
      .map((target) => ({ target, box: target.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min || box.height < min)
      .map(
        ({ target, box }) =>
          `${target.outerHTML.slice(0, 80)} is ${box.width.toFixed(0)}×${box.height.toFixed(0)}`,
      )
  }, minimum)
  expect(small, `tap targets on ${where}`).toEqual([])
}

/**
 * The journey's screens in any language, driven by the screen's structure rather than its words, with
 * `check` run on each screen: welcome, language, situation, lost advice, carrier, carrier not listed,
 * account (3), ID (2), device, appointment (with the booking panel), fees, summary, done.
 */
export async function walkEveryScreen(
  page: Page,
  language: string,
  check: (screen: string) => Promise<void>,
): Promise<void> {
  const screen = (id: string) => page.locator(`[data-screen="${id}"]`)
  const main = (id: string) => screen(id).locator('main')
  const arrive = async (id: string) => {
    await screen(id).waitFor()
    await check(id)
  }

  await arrive('welcome')
  await page.locator('[data-screen="welcome"] .touch').click()
  await arrive('language')
  await main('language').locator(`button[lang="${language}"]`).click()

  await arrive('situation')
  await main('situation').locator('.choice').first().click() // lost or stolen
  await arrive('lost-advice')
  await main('lost-advice').locator('.primary').click()

  await arrive('carrier')
  await main('carrier').locator(':scope > .choice').click() // my carrier isn't listed
  await arrive('carrier-other')
  await screen('carrier-other').locator('.nav.back').click()
  await screen('carrier').waitFor()
  await main('carrier').locator('.brands .choice').first().click()

  for (const id of ['account-role', 'account-standing', 'account-verification']) {
    await arrive(id)
    await main(id).locator('.choices .choice').first().click()
  }

  await arrive('id-documents')
  await main('id-documents').locator('.documents .choice').first().click()
  await main('id-documents').locator('.actions .primary').click()
  await arrive('id-name')
  await main('id-name').locator('.choices .choice').first().click()

  await arrive('device')
  for (const choice of await main('device').locator('.choices .choice').all()) await choice.click()
  await main('device').locator('.primary').click()

  await arrive('appointment')
  const ways = main('appointment').locator('.choices .choice')
  await ways.nth(2).click() // book a later time
  await page.locator('[data-panel="book"] .slot').first().waitFor()
  await check('appointment booking panel')
  await page.locator('[data-panel="book"] .slot').first().click()
  await page.locator('[data-name-input]').waitFor()
  await check('appointment booking name and keyboard')
  await page.locator('[data-panel="book"] > .secondary').last().click() // choose another way
  await ways.first().click() // walk in
  await page.locator('[data-panel="walk-in"] [data-ticket]').waitFor()
  await check('appointment walk-in panel')
  await page.locator('[data-panel="walk-in"] .primary').click()

  await arrive('fees')
  await main('fees').locator('.primary').click()

  await arrive('summary')
  await main('summary').locator('.actions button:not([data-action])').click()
  await arrive('done')
}
