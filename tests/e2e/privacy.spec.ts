import { randomInt } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { piniaState } from './harness/app-state'
import { readPageStorage } from './harness/page-storage'
import { Customer } from './journey'

/** The default store: 60 s on the summary, then a 30 s warning. */
const SUMMARY_IDLE_MS = 60_000
const WARNING_MS = 30_000

function randomFrom(alphabet: string, length: number): string {
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('')
}

/** Only letters the name keyboard has; only characters booking references use. */
const NAME_CANARY = `CANARY${randomFrom('QWERTYUIOPASDFGHJKLZXCVBNM', 8)}`
const REFERENCE_CANARY = randomFrom('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', 8)
const CANARIES = [NAME_CANARY, REFERENCE_CANARY]

async function typeOnScreen(page: Page, text: string): Promise<void> {
  const keyboard = page.getByRole('group', { name: 'On-screen keyboard' })
  for (const character of text) await keyboard.getByRole('button', { name: character, exact: true }).tap()
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
}

/** Puts a canary where a careless change might: the test then proves the reset takes it away. */
async function leakIntoWebStorage(page: Page, canary: string): Promise<void> {
  /* eslint-disable no-restricted-globals -- a deliberate leak, to see the reset clear it */
  await page.evaluate(async (value) => {
    localStorage.setItem('leak', value)
    sessionStorage.setItem('leak', value)
    document.cookie = `leak=${value}`
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(`leak-${value}`)
      request.onsuccess = () => {
        request.result.close()
        resolve()
      }
      request.onerror = () => reject(new Error('IndexedDB unavailable'))
    })
  }, canary)
  /* eslint-enable no-restricted-globals */
}

test('a customer who walks away from the summary leaves nothing behind', async ({ kiosk, page }) => {
  await kiosk.open()
  const customer = new Customer(page)
  await customer.toAppointment('I have a new phone', 'Bell', ['Driver’s licence'])

  // A booking's first name, typed and then backed out of without booking.
  await customer.onScreen('appointment')
  await customer.tap('Come back later — book a time')
  await page.locator('[data-panel="book"] .slot').first().tap()
  await typeOnScreen(page, NAME_CANARY)
  await expect(page.locator('[data-name-input]')).toHaveValue(NAME_CANARY)
  await customer.tap('Choose another time')
  await customer.tap('Choose another way')

  // A check-in reference that matches no booking.
  await customer.tap('I have an appointment')
  await typeOnScreen(page, REFERENCE_CANARY)
  await expect(page.locator('[data-reference-input]')).toHaveValue(REFERENCE_CANARY)
  await customer.tap('Check in')
  await expect(page.getByRole('alert')).toBeVisible()
  await customer.tap('Choose another way')

  await customer.walkIn()
  await customer.onScreen('fees')
  await customer.tap('Continue')
  await customer.onScreen('summary')
  await leakIntoWebStorage(page, NAME_CANARY)

  await kiosk.advance(SUMMARY_IDLE_MS)
  await expect(page.getByRole('alertdialog')).toBeVisible()
  await kiosk.advance(WARNING_MS)
  await customer.onScreen('welcome')

  const state = await piniaState(page)
  const dom = await page.content()
  for (const canary of CANARIES) {
    expect(state, 'Pinia state').not.toContain(canary)
    expect(dom, 'DOM').not.toContain(canary)
  }
  await expect
    .poll(async () => JSON.stringify(await readPageStorage(page)), { message: 'web storage' })
    .toBe(JSON.stringify({ cookies: '[]', localStorage: '{}', sessionStorage: '{}', indexedDbNames: [] }))

  // The session's end is counted (anonymously) and written; then every file on disk is read.
  await expect.poll(() => kiosk.services.statistics.report(1).totals.abandonedAt).toEqual({ summary: 1 })
  await expect(async () => {
    const files = await filesUnder(kiosk.dataDir)
    expect(
      files.some((file) => file.startsWith(kiosk.logDir)),
      'the log was written',
    ).toBe(true)
    expect(
      files.some((file) => file.endsWith('statistics.json')),
      'the statistics were saved',
    ).toBe(true)
    for (const file of files) {
      // A write in flight may rename its temp file away between the listing and the read: toPass retries.
      const text = await readFile(file, 'utf8')
      for (const canary of CANARIES) expect(text, file).not.toContain(canary)
    }
  }).toPass()
})
