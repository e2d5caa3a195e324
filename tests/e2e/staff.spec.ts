import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import type { KioskHarness } from './harness/kiosk-harness'
import { ALL_DEVICE_CHECKS, Customer } from './journey'

/** Issue 6, staff side: the PIN pad, the lock, the panel's queue and bookings, settings customers see. */

const PIN = '2468'

/** Holds a finger on the store name for `ms` (the staff entry needs 3 s), moving the kiosk's clock. */
async function holdStoreName(kiosk: KioskHarness, page: Page, ms = 3000): Promise<void> {
  const box = await page.locator('[data-staff-entry]').first().boundingBox()
  if (!box) throw new Error('The store name is not on screen')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await kiosk.advance(ms)
  await page.mouse.up()
}

/**
 * The page's clock runs on by itself once installed while the services' clock only moves with
 * kiosk.advance: jump both to the same moment ahead and pause the page's, so a countdown is exact.
 */
async function pauseClocksTogether(kiosk: KioskHarness, page: Page): Promise<void> {
  kiosk.clock.advance(60_000)
  await page.clock.pauseAt(kiosk.clock.now())
}

async function typePin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.locator(`[data-pin-key="${digit}"]`).tap()
  await page.locator('[data-pin-ok]').tap()
}

/** First run, with the pad open: a new PIN typed twice turns staff mode on. */
async function setPinAndEnterFromOpenPad(page: Page): Promise<void> {
  await expect(page.getByRole('dialog', { name: 'Set a staff PIN' })).toBeVisible()
  await typePin(page, PIN)
  await expect(page.getByRole('dialog', { name: 'Type the same PIN again' })).toBeVisible()
  await typePin(page, PIN)
  await expect(page.locator('[data-staff-banner]')).toBeVisible()
  await expect(page.locator('[data-pin-pad]')).toHaveCount(0)
}

async function setPinAndEnter(kiosk: KioskHarness, page: Page): Promise<void> {
  await holdStoreName(kiosk, page)
  await setPinAndEnterFromOpenPad(page)
}

async function openPanel(page: Page, tab: string): Promise<void> {
  await page.getByRole('link', { name: 'Staff panel' }).tap()
  await expect(page.locator('[data-staff-panel]')).toBeVisible()
  await page.getByRole('tab', { name: tab }).tap()
}

test('a press shorter than 3 seconds on the store name does nothing', async ({ kiosk, page }) => {
  await kiosk.open()
  await holdStoreName(kiosk, page, 2900)
  await kiosk.advance(1000)
  await expect(page.locator('[data-pin-pad]')).toHaveCount(0)
})

test('staff set the PIN on first run, see a walk-in and a booking, call next and mark served', async ({
  kiosk,
  page,
}) => {
  await kiosk.open()
  const joined = await kiosk.call('joinQueue', { brand: 'telus', situation: 'new-phone' })
  expect(joined).toMatchObject({ ok: true, value: { ticket: 'A-001' } })
  const slots = await kiosk.call('listSlots', { date: '2026-11-25' })
  if (!slots.ok) throw new Error('no slots')
  const slot = (slots.value as { startsAt: string; remaining: number }[]).find((s) => s.remaining > 0)
  const booked = await kiosk.call('bookAppointment', {
    startsAt: slot?.startsAt ?? '',
    brand: 'rogers',
    situation: 'damaged',
    firstName: 'Sam',
  })
  if (!booked.ok) throw new Error(`booking failed: ${booked.error.message}`)
  const reference = (booked.value as { reference: string }).reference

  await holdStoreName(kiosk, page)
  await expect(page.locator('[data-pin-pad]')).toHaveAttribute('data-pin-phase', 'set-first')
  await kiosk.screenshot('pin-pad-first-run')
  await setPinAndEnterFromOpenPad(page)

  await openPanel(page, 'Today')
  const ticket = page.locator('[data-ticket-row="A-001"]')
  await expect(ticket).toContainText('TELUS')
  await expect(ticket.locator('[data-ticket-status]')).toHaveAttribute('data-ticket-status', 'waiting')
  const booking = page.locator(`[data-booking-row="${reference}"]`)
  await expect(booking).toContainText('Sam')
  await expect(booking).toContainText('Rogers')

  await page.getByRole('button', { name: 'Call next' }).tap()
  await expect(page.locator('[data-staff-notice]')).toHaveText('Now calling A-001')
  await expect(ticket.locator('[data-ticket-status]')).toHaveAttribute('data-ticket-status', 'called')
  await kiosk.screenshot('staff-panel-today')

  await ticket.getByRole('button', { name: 'Served' }).tap()
  await expect(ticket.locator('[data-ticket-status]')).toHaveAttribute('data-ticket-status', 'served')
  await expect(ticket.getByRole('button', { name: 'Served' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Leave staff mode' }).tap()
  await expect(page.locator('[data-staff-banner]')).toHaveCount(0)
  await expect(kiosk.step('welcome')).toBeVisible()
  expect(await kiosk.call('getQueue')).toMatchObject({ ok: false, error: { code: 'staff-only' } })
})

test('no address opens the staff panel outside staff mode', async ({ kiosk, page }) => {
  await kiosk.open()
  // The router keeps its history in memory: an address names no screen, this one included.
  await page.goto('http://kiosk.test/index.html#/staff')
  await expect(kiosk.step('welcome')).toBeVisible()
  await expect(page.locator('[data-staff-panel]')).toHaveCount(0)
})

test('wrong PINs lock the pad, and it takes the PIN again once the lock is over', async ({ kiosk, page }) => {
  await kiosk.open()
  expect(await kiosk.call('setStaffPin', { pin: PIN })).toMatchObject({ ok: true })
  await kiosk.call('staffLogout')
  await pauseClocksTogether(kiosk, page)

  await holdStoreName(kiosk, page)
  await expect(page.getByRole('dialog', { name: 'Staff PIN' })).toBeVisible()
  await typePin(page, '1111')
  await expect(page.locator('[data-pin-message]')).toHaveText('Wrong PIN. 2 tries left.')
  await typePin(page, '2222')
  await expect(page.locator('[data-pin-message]')).toHaveText('Wrong PIN. 1 try left.')
  await typePin(page, '3333')

  const pad = page.locator('[data-pin-pad]')
  await expect(pad).toHaveAttribute('data-pin-locked', '')
  await expect(page.locator('[data-pin-countdown]')).toHaveText('The pad is locked. Try again in 0:30.')
  // The fourth and fifth tries can't even be typed: every key is off while locked.
  for (const key of ['4', '5', 'ok']) {
    const button = key === 'ok' ? page.locator('[data-pin-ok]') : page.locator(`[data-pin-key="${key}"]`)
    await expect(button).toBeDisabled()
  }
  // And the lock is main's, not only the screen's: the right PIN is refused too.
  expect(await kiosk.call('staffLogin', { pin: PIN })).toMatchObject({
    ok: false,
    error: { code: 'pin-locked' },
  })
  await kiosk.screenshot('pin-pad-locked')

  await kiosk.advance(29_000)
  await expect(page.locator('[data-pin-countdown]')).toHaveText('The pad is locked. Try again in 0:01.')
  await expect(pad).toHaveAttribute('data-pin-locked', '')
  await kiosk.advance(1_000)
  await expect(pad).not.toHaveAttribute('data-pin-locked')
  await expect(page.locator('[data-pin-key="1"]')).toBeEnabled()

  await typePin(page, PIN)
  await expect(page.locator('[data-staff-banner]')).toBeVisible()
})

test('settings edited in the panel change what customers see, and survive a restart', async ({
  kiosk,
  page,
}) => {
  await kiosk.open()
  await setPinAndEnter(kiosk, page)
  await openPanel(page, 'Settings')

  await page.locator('[data-brand-served="koodo"]').uncheck()
  await page.locator('[data-fee-filter]').selectOption('bell')
  const fee = page.locator('[data-fee-row="bell/new-phone"]')
  await fee.locator('[data-fee-ask-staff]').uncheck()
  await fee.locator('[data-fee-amount]').fill('twenty')
  // Checked as it is typed: the field says what is wrong, and nothing can be saved.
  await expect(fee.locator('.field-problem')).toHaveText('Type an amount in dollars, like 25.00')
  await expect(page.locator('[data-settings-save]')).toBeDisabled()
  await fee.locator('[data-fee-amount]').fill('25.00')
  await expect(fee.locator('.field-problem')).toHaveCount(0)
  await kiosk.screenshot('staff-panel-settings')

  await page.locator('[data-settings-save]').tap()
  await expect(page.locator('[data-settings-notice]')).toHaveText(
    'Saved. Customers see the new settings now.',
  )

  await page.getByRole('button', { name: 'Leave staff mode' }).tap()
  await expect(kiosk.step('welcome')).toBeVisible()
  await expectCustomerSeesNewSettings(page)

  await kiosk.restartServices()
  await page.reload()
  await expect(kiosk.step('welcome')).toBeVisible()
  await expectCustomerSeesNewSettings(page)
})

/** Koodo gone from the carriers; Bell's new-phone fee $25.00 plus 13% HST. */
async function expectCustomerSeesNewSettings(page: Page): Promise<void> {
  const customer = new Customer(page)
  await customer.startInEnglish()
  await customer.tap('I have a new phone')
  await customer.onScreen('carrier')
  await expect(page.getByRole('button', { name: 'Koodo', exact: true })).toHaveCount(0)
  await customer.tap('Bell')
  await customer.account('I am the account holder')
  await customer.ids(['Driver’s licence'])
  await customer.device(ALL_DEVICE_CHECKS)
  await customer.walkIn()
  await customer.onScreen('fees')
  await expect(page.locator('[data-fee-total]')).toHaveText('$28.25')
  await customer.tap('Start over')
}

test('in an assisted session, staff mark checks and the summary says so', async ({ kiosk, page }) => {
  await kiosk.open()
  await setPinAndEnter(kiosk, page)
  const customer = new Customer(page)
  await customer.startInEnglish()
  await customer.tap('I have a new phone')
  await customer.tap('Bell')
  await customer.onScreen('account-role')
  const authority = page.locator('[data-staff-check="customer-has-authority"]')
  await expect(authority).toContainText('The customer may change the SIM')
  await authority.getByRole('switch', { name: 'Verified' }).tap()
  await expect(authority.getByRole('switch')).toHaveAttribute('aria-checked', 'true')
  await kiosk.screenshot('assisted-account-step')
  await customer.account('I am the account holder')
  await expect(page.locator('[data-staff-check="id-name-matches-account"]')).toBeVisible()
  await customer.ids(['Driver’s licence'])
  await expect(page.locator('[data-staff-check="phone-unlocked-and-charged"]')).toBeVisible()
  await customer.device(ALL_DEVICE_CHECKS)
  await customer.walkIn()
  await customer.tap('Continue')

  await expect(page.locator('[data-assisted]')).toHaveText(
    'Assisted by staff — verified: customer may change the SIM',
  )
})
