import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { ALL_DEVICE_CHECKS, Customer } from './journey'

/** Issue 3's journeys, by touch at 1080x1920, each ending on the summary with its verdict. */

test('(a) a customer with a new phone, a served brand and a valid licence is ready', async ({
  kiosk,
  page,
}) => {
  await kiosk.open()
  const customer = new Customer(page)
  await customer.toAppointment('I have a new phone', 'Bell', ['Driver’s licence'])
  await customer.walkIn()
  await customer.onScreen('fees')
  await expect(page.getByText('Ask staff: we don’t have a confirmed price for this.')).toBeVisible()
  await customer.tap('Continue')

  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'ready')
  await expect(page.getByRole('heading', { name: 'You’re ready for the counter' })).toBeVisible()
  await expect(page.locator('[data-missing-item]')).toHaveCount(0)
  await expect(page.locator('[data-visit]')).toContainText('Walk-in number A-001')
  await expect(page.locator('[data-visit]')).toContainText('You’re next in line.')
})

test('(b) after a lost phone, the device advice is about the new phone', async ({ kiosk, page }) => {
  await kiosk.open()
  const customer = new Customer(page)
  await customer.startInEnglish()
  await customer.tap('My phone was lost or stolen')
  await customer.onScreen('lost-advice')
  await expect(page.getByText(/suspend your line/)).toBeVisible()
  await expect(page.getByText(/You don’t need your lost phone/)).toBeVisible()
  await customer.tap('Continue')
  await customer.tap('TELUS')
  await customer.account('I am the account holder', 'Yes, it’s paid up', 'Neither')
  await customer.ids(['Passport'])
  await customer.onScreen('device')
  await expect(page.getByRole('heading', { name: 'Is your new phone ready for the eSIM?' })).toBeVisible()
  await expect(page.locator('body')).not.toContainText(/bring (your|the) (lost|original)/i)
  await customer.device(ALL_DEVICE_CHECKS)
  await customer.walkIn()
  await customer.tap('Continue')

  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'ready')
  await expect(page.locator('[data-fee-total]')).toHaveText('$16.95')
})

test('(c) a brand the store does not serve: not here, the right carrier named, no fee', async ({
  kiosk,
  page,
}) => {
  await kiosk.open()
  const customer = new Customer(page)
  await customer.startInEnglish()
  await customer.tap('My phone is damaged or not working')
  await customer.tap('My carrier isn’t listed')
  await customer.onScreen('carrier-other')
  await customer.tap('Freedom Mobile')

  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'not-here')
  await expect(page.getByText('Go to Freedom Mobile instead.')).toBeVisible()
  await expect(page.getByText('Support: freedommobile.ca')).toBeVisible()
  await expect(page.locator('[data-fee]')).toHaveCount(0)
})

test('(d) only a citizenship certificate: almost ready, photo ID missing', async ({ kiosk, page }) => {
  await kiosk.open()
  const customer = new Customer(page)
  await customer.toAppointment('I have a new phone', 'Koodo', [/^Citizenship certificate/], null)
  await customer.walkIn()
  await customer.tap('Continue')

  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'almost')
  await expect(page.getByRole('heading', { name: 'Almost ready: 1 thing to sort out' })).toBeVisible()
  await expect(page.locator('[data-missing-item]')).toHaveCount(1)
  await expect(page.locator('[data-missing-item="photo-id-citizenship-certificate"]')).toContainText(
    'A citizenship certificate has no photo. Bring a photo ID as well.',
  )
})

test('(e) an authorized user with limited access at Rogers must bring the account holder', async ({
  kiosk,
  page,
}) => {
  await kiosk.open()
  const customer = new Customer(page)
  await customer.startInEnglish()
  await customer.tap('My eSIM was deleted or my phone was reset')
  await customer.tap('Rogers')
  await expect(page.getByText('At Rogers, full access means Authorized Level 1.')).toBeVisible()
  await customer.account('I am an authorized user with limited access')
  await customer.ids(['Driver’s licence'])
  await customer.device(ALL_DEVICE_CHECKS)
  await customer.walkIn()
  await customer.tap('Continue')

  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'almost')
  await expect(page.locator('[data-missing-item="account-authority"]')).toContainText(
    'Only the account holder, or an authorized user with full access, can change a SIM.',
  )
})

test.describe('a Quebec store', () => {
  test.use({ storeConfig: 'quebec' })

  test('(f) runs in French by default and adds QST to the fee', async ({ kiosk, page }) => {
    await kiosk.open()
    const customer = new Customer(page)
    await expect(page.getByRole('heading', { name: /Besoin d’une eSIM de remplacement/ })).toBeVisible({
      timeout: 10_000,
    })
    await customer.tap('Français')
    await customer.onScreen('situation')
    await customer.tap('J’ai un nouveau téléphone')
    await customer.tap('TELUS')
    await customer.onScreen('account-role')
    await customer.tap('Je suis le titulaire du compte')
    await customer.tap('Oui, il est payé')
    await customer.tap('Je connais le NIP ou le mot de passe du compte')
    await customer.onScreen('id-documents')
    await customer.tap('Passeport')
    await customer.tap('Continuer')
    await customer.tap('Oui')
    await customer.onScreen('device')
    for (const check of [
      'Il est ici avec moi',
      'Il est chargé (au moins 50 %)',
      'Je connais son code de déverrouillage',
      /^Il est compatible eSIM/,
      'Il est déverrouillé, ou vient de mon fournisseur',
    ]) {
      await customer.tap(check)
    }
    await customer.tap('Continuer')
    await customer.onScreen('appointment')
    await customer.tap('Prendre un numéro sans rendez-vous')
    await page.locator('[data-ticket]').waitFor()
    await customer.tap('Continuer')
    await customer.onScreen('fees')
    await expect(page.getByRole('row', { name: /TVQ/ })).toContainText('1,50\u00a0$')
    await expect(page.getByRole('row', { name: /TPS/ })).toContainText('0,75\u00a0$')
    await expect(page.locator('[data-fee-total]')).toHaveText('17,25\u00a0$')
    await customer.tap('Continuer')

    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'ready')
    await expect(page.getByRole('heading', { name: 'Vous êtes prêt pour le comptoir' })).toBeVisible()
  })
})

test('(g) with photo ID missing, booking a later time comes first and ends on the summary', async ({
  kiosk,
  page,
}) => {
  await kiosk.open()
  const customer = new Customer(page)
  await customer.toAppointment('I have a new phone', 'Bell', [/^Health card/], null)
  await expect(page.getByText('You have something to sort out first.', { exact: false })).toBeVisible()
  await expect(page.locator('[data-screen="appointment"] .choices button').first()).toHaveText(
    'Come back later — book a time',
  )
  await customer.tap('Come back later — book a time')
  await page.locator('[data-panel="book"] .slot').first().waitFor()
  await page.locator('[data-panel="book"] .day').nth(1).tap()
  await page.locator('[data-panel="book"] .slot').first().tap()
  for (const letter of 'JO') await customer.tap(letter)
  await expect(page.locator('[data-name-input]')).toHaveValue('JO')
  await customer.tap('Book this time')
  await expect(page.locator('[data-panel="book"] [data-visit]')).toContainText(/Appointment at .*, reference/)
  await customer.tap('Continue')
  await customer.onScreen('fees')
  await customer.tap('Continue')

  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'almost')
  await expect(page.locator('[data-visit]')).toContainText('Appointment at Thursday')
  // Staff see the name; it is stored with the booking and nowhere else.
  const stored = JSON.parse(await readFile(join(kiosk.dataDir, 'bookings.json'), 'utf8')) as unknown
  expect(JSON.stringify(stored)).toContain('"firstName":"JO"')
})

test('(h) a customer with a booking today checks in by its reference', async ({ kiosk, page }) => {
  await kiosk.open()
  const slots = await kiosk.call('listSlots', { date: '2026-11-25' })
  const [slot] = slots.ok ? (slots.value as { startsAt: string }[]) : []
  if (!slot) throw new Error('no slots today')
  const booked = await kiosk.call('bookAppointment', {
    startsAt: slot.startsAt,
    brand: 'rogers',
    situation: 'damaged',
  })
  if (!booked.ok) throw new Error('booking failed')
  const { reference } = booked.value as { reference: string }

  const customer = new Customer(page)
  await customer.toAppointment('My phone is damaged or not working', 'Rogers', ['Passport'])
  await customer.tap('I have an appointment')
  for (const character of 'ZZZZ') await customer.tap(character)
  await customer.tap('Check in')
  await expect(page.getByRole('alert')).toHaveText(
    'We couldn’t find that booking. Check the reference, or ask staff.',
  )
  for (let i = 0; i < 4; i += 1) await customer.tap('Delete')
  for (const character of reference) await customer.tap(character)
  await customer.tap('Check in')
  await expect(page.locator('[data-panel="check-in"] [data-visit]')).toContainText(`reference ${reference}`)
  await customer.tap('Continue')
  await customer.onScreen('fees')
})

test('(i) a customer without their reference checks in by the time of their appointment', async ({
  kiosk,
  page,
}) => {
  await kiosk.open()
  // 10:30 and 14:00 today (Toronto); the 10:30 one is checked in already.
  const [early, late] = ['2026-11-25T15:30:00.000Z', '2026-11-25T19:00:00.000Z']
  const first = await kiosk.call('bookAppointment', {
    startsAt: early,
    brand: 'telus',
    situation: 'new-phone',
  })
  const second = await kiosk.call('bookAppointment', {
    startsAt: late,
    brand: 'telus',
    situation: 'new-phone',
  })
  if (!first.ok || !second.ok) throw new Error('booking failed')
  await kiosk.call('checkIn', { reference: (first.value as { reference: string }).reference })
  const { reference } = second.value as { reference: string }

  const customer = new Customer(page)
  await customer.toAppointment('I have a new phone', 'TELUS', ['Passport'])
  await customer.tap('I have an appointment')
  await customer.tap('I don’t have my reference — choose my time')
  await expect(page.getByText('What time is your appointment today?')).toBeVisible()
  await expect(page.locator('[data-check-in-time]')).toHaveText(['2:00 p.m.'])
  await page.locator('[data-check-in-time]').tap()
  await expect(page.locator('[data-panel="check-in"] [data-visit]')).toContainText(`reference ${reference}`)
  await customer.tap('Continue')
  await customer.onScreen('fees')
})
