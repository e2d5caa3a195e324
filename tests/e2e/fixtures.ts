import { test as base, expect } from '@playwright/test'
import { KioskHarness, type StoreConfigChoice } from './harness/kiosk-harness'
import type { PrinterChoice } from './harness/pdf-printer'

export interface KioskFixtures {
  /** The kiosk under test; call `await kiosk.open()` to start it. */
  kiosk: KioskHarness
}

export interface KioskOptions {
  /** Which store config the kiosk starts with: the shipped default (Ontario) or a sample. */
  storeConfig: StoreConfigChoice
  /** The slip printer: none configured (as shipped), PDF, one that fails, one that never answers. */
  printer: PrinterChoice
}

/**
 * Every e2e spec imports `test` and `expect` from here. A test fails on any uncaught page error or
 * console error (a CSP violation shows up as one).
 */
export const test = base.extend<KioskFixtures & KioskOptions>({
  storeConfig: ['default', { option: true }],
  printer: ['none', { option: true }],
  kiosk: async ({ page, storeConfig, printer }, use, testInfo) => {
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
    })
    await use(new KioskHarness(page, testInfo, storeConfig, printer))
    expect(problems, 'the page reported errors').toEqual([])
  },
})

export { expect }
