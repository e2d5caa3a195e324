import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { KIOSK_CALL_NAMES } from '../../electron/shared/contract'
import { findElectronBinary } from './electron-binary'

const binary = findElectronBinary()
const missingBinary = 'missing' in binary ? binary.missing : null
// Said at collection time too, so a CI log shows why these three tests did not run.
if (missingBinary) console.warn(`tests/electron skipped: ${missingBinary}`)

test.describe('the real kiosk shell', () => {
  test.skip(
    missingBinary !== null,
    `Needs the Electron binary, which can't be downloaded on this machine (${missingBinary}). ` +
      'Run `npx install-electron` where the Electron download host is reachable to run these.',
  )

  let app: ElectronApplication
  let page: Page

  test.beforeAll(async () => {
    if (!('path' in binary)) return
    app = await electron.launch({
      executablePath: binary.path,
      args: [
        'out/main/index.js',
        '--no-sandbox',
        `--user-data-dir=${mkdtempSync(join(tmpdir(), 'kiosk-electron-'))}`,
      ],
      env: { ...process.env, KIOSK_WINDOWED: '' },
    })
    page = await app.firstWindow()
    await page.locator('[data-step="welcome"]').waitFor()
  })

  test.afterAll(async () => {
    await app?.close()
  })

  test('opens exactly one window, in kiosk mode', async () => {
    expect(app.windows()).toHaveLength(1)
    const kiosk = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isKiosk())
    expect(kiosk).toBe(true)
  })

  test('exposes exactly the contract on window.kiosk and no Node', async () => {
    const keys = await page.evaluate(() => Object.keys(window.kiosk).sort())
    expect(keys).toEqual([...KIOSK_CALL_NAMES].sort())
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }))
    expect(globals).toEqual({ require: 'undefined', process: 'undefined' })
  })

  test('refuses navigation away and window.open', async () => {
    const before = page.url()
    await page.evaluate(() => {
      window.location.href = 'https://example.com/'
    })
    await page.waitForTimeout(500)
    expect(page.url()).toBe(before)
    const opened = await page.evaluate(() => window.open('https://example.com/') === null)
    expect(opened).toBe(true)
    expect(app.windows()).toHaveLength(1)
  })
})
