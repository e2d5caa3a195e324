import { existsSync } from 'node:fs'
import { expect, test } from './fixtures'

test('the kiosk boots to its welcome screen with the store config from the services', async ({
  kiosk,
  page,
}) => {
  await kiosk.open()

  await expect(kiosk.step('welcome')).toBeVisible()
  await expect(page.getByText('Lakeshore Mobile')).toBeVisible()
  const answer = await page.evaluate(() => window.kiosk.getConfig())
  expect(answer).toMatchObject({ ok: true, value: { store: { name: 'Lakeshore Mobile', province: 'ON' } } })

  const shot = await kiosk.screenshot('welcome-portrait')
  expect(existsSync(shot)).toBe(true)
})

test('a malformed call from the page gets a typed error', async ({ kiosk, page }) => {
  await kiosk.open()
  const answer = await page.evaluate(() =>
    (window.kiosk.logEvent as (input: unknown) => Promise<unknown>)({ event: 'name', value: 'Alice' }),
  )
  expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
})

test('the renderer runs under the strict CSP with no remote requests', async ({ kiosk, page }) => {
  const remote: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith('http://kiosk.test/')) remote.push(request.url())
  })
  await kiosk.open()
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-eval')
  expect(remote).toEqual([])
})
