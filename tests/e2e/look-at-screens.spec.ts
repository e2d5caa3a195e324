import { copyFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test } from './fixtures'
import { ALL_DEVICE_CHECKS, Customer } from './journey'

/** `KIOSK_README_SCREENSHOTS=1 npx playwright test look-at-screens` refreshes the README's pictures. */
const README_SHOTS = ['portrait-00-welcome', 'landscape-05-id', 'portrait-10-summary']
const README_SHOTS_DIR = resolve('resources/screenshots')

function keepForReadme(name: string, path: string): void {
  if (!process.env['KIOSK_README_SCREENSHOTS'] || !README_SHOTS.includes(name)) return
  mkdirSync(README_SHOTS_DIR, { recursive: true })
  copyFileSync(path, join(README_SHOTS_DIR, `${name}.png`))
}

/**
 * Walks one journey and saves a screenshot of every screen, in portrait (the kiosk) and landscape, so
 * people can look at them (they land in test-results/). The checks keep the walk honest.
 */
for (const viewport of [
  { name: 'portrait', width: 1080, height: 1920 },
  { name: 'landscape', width: 1920, height: 1080 },
]) {
  test(`every screen of a journey, ${viewport.name}`, async ({ kiosk, page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height })
    await kiosk.open()
    const customer = new Customer(page)
    const shot = async (name: string) => {
      const fullName = `${viewport.name}-${name}`
      keepForReadme(fullName, await kiosk.screenshot(fullName))
    }
    await shot('00-welcome')
    await customer.startInEnglish()
    await shot('01-situation')
    await customer.tap('My phone was lost or stolen')
    await customer.onScreen('lost-advice')
    await shot('02-lost-advice')
    await customer.tap('Continue')
    await customer.onScreen('carrier')
    await shot('03-carrier')
    await customer.tap('Rogers')
    await customer.onScreen('account-role')
    await shot('04-account-role')
    await customer.account('I am the account holder')
    await customer.onScreen('id-documents')
    await shot('05-id')
    await customer.ids([/^Health card/], null)
    await customer.onScreen('device')
    await shot('06-device')
    await customer.device(ALL_DEVICE_CHECKS)
    await customer.onScreen('appointment')
    await shot('07-appointment')
    await customer.tap('Join the walk-in line')
    await page.locator('[data-ticket]').waitFor()
    await shot('08-walk-in')
    await customer.tap('Continue')
    await customer.onScreen('fees')
    await shot('09-fees')
    await customer.tap('Continue')
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'almost')
    await shot('10-summary')
  })
}
