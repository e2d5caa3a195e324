import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { Customer } from './journey'
import type { SlipData } from '../../electron/shared/slip'

/** Issue 5: the printed slip, through the harness printers. PNGs of the PDFs go to /work/briefs/out. */

const LOOK_DIR = '/work/briefs/out'
const MM_TO_PT = 72 / 25.4

function pdfInfo(path: string): { pages: number; widthPt: number; heightPt: number } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    widthPt: Number(size?.[1]),
    heightPt: Number(size?.[2]),
  }
}

/** The PDF's text on one line: pdftotext breaks lines where the slip wraps them. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

/** A PNG of the slip to look at, 203 dpi like a thermal printer. */
function renderForLooking(path: string, name: string): void {
  const prefix = join(LOOK_DIR, name)
  mkdirSync(LOOK_DIR, { recursive: true })
  execFileSync('pdftoppm', ['-png', '-r', '203', '-singlefile', path, prefix])
  copyFileSync(path, join(LOOK_DIR, `${name}.pdf`))
}

/** Issue 3's journey (d) to the summary: Koodo, only a citizenship certificate, a walk-in number. */
async function finishJourneyInEnglish(page: Page): Promise<void> {
  const customer = new Customer(page)
  await customer.toAppointment('I have a new phone', 'Koodo', [/^Citizenship certificate/], null)
  await customer.walkIn()
  await customer.tap('Continue')
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'almost')
}

const printButton = (page: Page) => page.locator('[data-action="print-slip"]')
const fallback = (page: Page) => page.locator('[data-slip-fallback]')

test.describe('with a working printer', () => {
  test.use({ printer: 'pdf' })

  test('a finished journey prints one 80 mm slip with the ticket, verdict and what is missing', async ({
    kiosk,
    page,
  }) => {
    await kiosk.open()
    await finishJourneyInEnglish(page)
    await printButton(page).tap()
    await expect(page.getByText('Take your slip from the printer.')).toBeVisible()
    await expect(fallback(page)).toHaveCount(0)

    const slips = kiosk.printedSlips()
    expect(slips).toHaveLength(1)
    const path = slips[0] ?? ''
    const info = pdfInfo(path)
    expect(info.pages).toBe(1)
    expect(Math.abs(info.widthPt - 80 * MM_TO_PT)).toBeLessThan(1) // 226.8 pt
    const text = pdfText(path)
    expect(text).toContain('A-001')
    expect(text).toContain('Almost ready: 1 thing to sort out')
    expect(text).toContain('A citizenship certificate has no photo. Bring a photo ID as well.')
    expect(text).toContain('Show this slip at the counter.')
    expect(text).not.toContain('Remplacement')
    renderForLooking(path, 'slip-80mm-en')

    // Back to the summary and "Print my slip" again: the same session's key prints nothing more.
    await page.getByRole('button', { name: 'Back' }).tap()
    await page.locator('[data-screen="fees"]').waitFor()
    await new Customer(page).tap('Continue')
    await printButton(page).tap()
    await expect(page.getByText('Take your slip from the printer.')).toBeVisible()
    expect(kiosk.printedSlips()).toHaveLength(1)
    expect(kiosk.services.statistics.report(1).totals).toMatchObject({ slipsPrinted: 1, printFailures: 0 })
    await new Customer(page).tap('Finish')
    await expect(page.getByRole('heading', { name: 'Take your slip' })).toBeVisible()
    await expect(page.locator('[data-no-slip]')).toHaveCount(0)
  })

  test('58 mm paper prints a 58 mm slip', async ({ kiosk, page }) => {
    await kiosk.open()
    const slip: SlipData = {
      idempotencyKey: '3b241101-e2bb-4255-8caf-4136c566a962',
      language: 'fr',
      store: {
        name: 'Boutique Test',
        address: '1 rue Principale',
        province: 'ON',
        timeZone: 'America/Toronto',
      },
      printedAt: '2026-11-25T15:00:00.000Z',
      brand: 'bell',
      situation: 'damaged',
      verdict: 'ready',
      missing: [],
      photoIdsRequired: 1,
      notHere: null,
      visit: { kind: 'appointment', startsAt: '2026-11-26T19:30:00.000Z', reference: 'ACDEF' },
      fee: null,
      helpUrl: 'https://support.bell.ca',
      assisted: { verifiedChecks: ['id-name-matches-account', 'phone-unlocked-and-charged'] },
      paperWidthMm: 58,
    }
    expect(await kiosk.call('printSlip', slip)).toMatchObject({ ok: true })
    const path = kiosk.printedSlips()[0] ?? ''
    const info = pdfInfo(path)
    expect(info.pages).toBe(1)
    expect(Math.abs(info.widthPt - 58 * MM_TO_PT)).toBeLessThan(1) // 164.4 pt
    const text = pdfText(path)
    expect(text).toContain('ACDEF')
    expect(text).toContain('Vous êtes prêt pour le comptoir')
    expect(text).toMatch(/Avec l’aide du personnel/i)
    expect(text).toContain('jeudi 26 novembre à 14 h 30')
    renderForLooking(path, 'slip-58mm-fr')
    await expect(page.locator('[data-step="welcome"]')).toBeVisible()
  })
})

test.describe('a Quebec store', () => {
  test.use({ printer: 'pdf', storeConfig: 'quebec' })

  test('an English slip puts French first, at the same size', async ({ kiosk, page }) => {
    await kiosk.open()
    await finishJourneyInEnglish(page)
    await printButton(page).tap()
    await expect(page.getByText('Take your slip from the printer.')).toBeVisible()
    const path = kiosk.printedSlips()[0] ?? ''
    expect(pdfInfo(path).pages).toBe(1)
    const text = pdfText(path)
    const french = text.indexOf('Presque prêt : 1 élément à régler')
    const english = text.indexOf('Almost ready: 1 thing to sort out')
    expect(french).toBeGreaterThanOrEqual(0)
    expect(english).toBeGreaterThan(french)
    expect(text.indexOf('Un certificat de citoyenneté n’a pas de photo.')).toBeLessThan(
      text.indexOf('A citizenship certificate has no photo.'),
    )
    renderForLooking(path, 'slip-80mm-quebec-en')
  })
})

async function expectOnScreenSlip(page: Page): Promise<void> {
  await expect(fallback(page)).toBeVisible()
  await expect(fallback(page)).toContainText('The printer isn’t working.')
  await expect(fallback(page).locator('[data-slip-number]')).toContainText('A-001')
  await expect(fallback(page)).toContainText('Almost ready: 1 thing to sort out')
  await expect(fallback(page).locator('[data-slip-qr] svg')).toBeVisible()
  // Full size: as wide as the screen allows, not the 80 mm paper's 302 px, with a large QR code.
  expect((await fallback(page).locator('[data-slip]').boundingBox())?.width).toBeGreaterThan(600)
  expect((await fallback(page).locator('[data-slip-qr] svg').boundingBox())?.width).toBeGreaterThan(200)
  await fallback(page).getByRole('button', { name: 'Call staff' }).tap()
  await expect(page.getByRole('dialog', { name: 'Help is on the way' })).toBeVisible()
}

test.describe('with a printer that fails', () => {
  test.use({ printer: 'fails' })

  test('the slip is shown on screen with its QR code and Call staff, and the failure is counted', async ({
    kiosk,
    page,
  }) => {
    await kiosk.open()
    await finishJourneyInEnglish(page)
    await printButton(page).tap()
    await expectOnScreenSlip(page)
    expect(kiosk.services.statistics.report(1).totals).toMatchObject({ slipsPrinted: 0, printFailures: 1 })
    await kiosk.screenshot('slip-on-screen')
  })
})

test.describe('with a printer that never answers', () => {
  test.use({ printer: 'never-answers' })

  test('the slip is shown on screen once the print timeout passes', async ({ kiosk, page }) => {
    await kiosk.open()
    await finishJourneyInEnglish(page)
    await printButton(page).tap()
    await expect(printButton(page)).toHaveText('Printing…')
    await kiosk.advance(5_000)
    await expect(fallback(page)).toHaveCount(0)
    await kiosk.advance(7_000) // the store's 10 s timeout and the screen's 2 s margin
    await expectOnScreenSlip(page)
    expect(kiosk.services.statistics.report(1).totals).toMatchObject({ printFailures: 1 })
  })
})

test('with no printer set in the staff settings, the slip is shown on screen', async ({ kiosk, page }) => {
  await kiosk.open()
  await finishJourneyInEnglish(page)
  await printButton(page).tap()
  await expectOnScreenSlip(page)
  expect(basename(kiosk.dataDir)).toBe('kiosk-data')
  // With no slip in hand, the done screen says to show the screen instead of "Take your slip".
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).tap()
  await new Customer(page).tap('Finish')
  await expect(page.getByRole('heading', { name: 'Show this screen to a staff member.' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Take your slip' })).toHaveCount(0)
})
