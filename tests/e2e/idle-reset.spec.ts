import { expect, test } from './fixtures'
import { piniaState } from './harness/app-state'
import { Customer } from './journey'

/** The default store: 90 s on a step, then a 30 s warning. */
const STEP_IDLE_MS = 90_000
const WARNING_MS = 30_000

async function toTheIdStep(customer: Customer): Promise<void> {
  await customer.tap('I have a new phone')
  await customer.tap('Bell')
  await customer.account('I am the account holder')
  await customer.onScreen('id-documents')
}

test('a customer who stops on the ID step is warned, and more time keeps every answer', async ({
  kiosk,
  page,
}) => {
  await kiosk.open()
  const customer = new Customer(page)
  await customer.startInEnglish()
  await toTheIdStep(customer)
  const licence = page.getByRole('button', { name: 'Driver’s licence' })
  await licence.tap()
  await expect(licence).toHaveAttribute('aria-pressed', 'true')

  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' })
  await kiosk.advance(STEP_IDLE_MS - 1_000)
  await expect(dialog).toHaveCount(0)
  await kiosk.advance(1_000)
  await expect(dialog).toBeVisible()
  const moreTime = dialog.getByRole('button', { name: 'I need more time' })
  await expect(moreTime).toBeFocused()
  await expect(page.locator('[data-idle-countdown]')).toHaveText('Ending in 30 seconds')
  await kiosk.advance(10_000)
  await expect(page.locator('[data-idle-countdown]')).toHaveText('Ending in 20 seconds')
  await kiosk.screenshot('idle-warning')

  await moreTime.tap()
  await expect(dialog).toHaveCount(0)
  await customer.onScreen('id-documents')
  await expect(licence).toHaveAttribute('aria-pressed', 'true')

  // The next warning counts down from the top again.
  await kiosk.advance(STEP_IDLE_MS)
  await expect(page.locator('[data-idle-countdown]')).toHaveText('Ending in 30 seconds')
  await moreTime.tap()
  await expect(dialog).toHaveCount(0)

  await customer.tap('Back')
  await customer.onScreen('account-verification')
  await expect(page.locator('.choice.selected')).toHaveText('I know my account PIN or password')
  expect(JSON.parse(await piniaState(page))).toMatchObject({
    session: { answers: { situation: 'new-phone', brand: 'bell', accountRole: 'holder' } },
  })
})

test('letting the warning run out goes back to welcome, in the store’s default language', async ({
  kiosk,
  page,
}) => {
  await kiosk.open()
  const customer = new Customer(page)
  await customer.tap('Français')
  await customer.onScreen('situation')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA')
  await customer.tap('J’ai un nouveau téléphone')
  await customer.onScreen('carrier')

  await kiosk.advance(STEP_IDLE_MS)
  await expect(page.getByRole('alertdialog', { name: 'Êtes-vous toujours là?' })).toBeVisible()
  await kiosk.advance(WARNING_MS - 1_000)
  await customer.onScreen('carrier')
  await kiosk.advance(1_000)

  await customer.onScreen('welcome')
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA')
  await expect(page.getByText('Get ready for the counter in a few minutes', { exact: false })).toBeVisible()
  expect(JSON.parse(await piniaState(page))).toMatchObject({
    session: { answers: { situation: null, brand: null } },
  })

  // Counted as a session abandoned at the carrier step, in French; nothing else. The count is sent
  // without waiting for it (the reset never waits on the disk), so it may land just after the screen.
  await expect
    .poll(() => kiosk.services.statistics.report(1).totals)
    .toMatchObject({
      sessionsStarted: 1,
      sessionsAbandoned: 1,
      abandonedAt: { carrier: 1 },
      languages: { fr: 1 },
    })
})

test('the welcome screen never times out', async ({ kiosk, page }) => {
  await kiosk.open()
  await kiosk.advance(10 * 60_000)
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
  await new Customer(page).onScreen('welcome')
})
