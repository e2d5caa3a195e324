import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/**
 * Which Chromium the e2e suite drives: $KIOSK_CHROMIUM, else Debian's /usr/bin/chromium, else
 * Playwright's own download. Throws with the ways to get one when there is none.
 */
export function chromiumExecutablePath(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const fromEnv = env['KIOSK_CHROMIUM']
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`KIOSK_CHROMIUM=${fromEnv}, but there is no file there.`)
    return fromEnv
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM
  if (existsSync(chromium.executablePath())) return undefined
  throw new Error(
    'No Chromium for the end-to-end tests. Install one of: Debian/Ubuntu `apt-get install -y chromium`; ' +
      "Playwright's own `npx playwright install chromium`; or set KIOSK_CHROMIUM to a Chrome or Chromium binary.",
  )
}

/** Flags for a quiet Chromium on a closed network; --no-sandbox because CI runs as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
  '--font-render-hinting=none',
]
