import type { Page, Route } from '@playwright/test'
import { expect, test } from './fixtures'
import type { KioskHarness } from './harness/kiosk-harness'
import { expectNoAxeViolations, expectTapTargets, walkEveryScreen } from './screen-checks'

/** Issue 7: eight languages, bundled fonts, and an accessibility audit that finds nothing on any screen. */

const STEP_IDLE_MS = 90_000

async function setHighContrast(page: Page, on: boolean): Promise<void> {
  const toggle = page.locator('[data-a11y="contrast"]').first()
  if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.click()
  await expect(page.locator('html')).toHaveAttribute('data-contrast', on ? 'high' : 'normal')
}

/** Holds a finger on the store name for 3 s (the staff entry), moving the kiosk's clock. */
async function holdStoreName(kiosk: KioskHarness, page: Page): Promise<void> {
  const box = await page.locator('[data-staff-entry]').first().boundingBox()
  if (!box) throw new Error('The store name is not on screen')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await kiosk.advance(3000)
  await page.mouse.up()
}

for (const language of ['en', 'fr', 'ar'] as const) {
  for (const contrast of ['normal', 'high'] as const) {
    test(`axe finds nothing on any screen, in ${language}, ${contrast} contrast`, async ({ kiosk, page }) => {
      test.setTimeout(120_000)
      await kiosk.open()
      await setHighContrast(page, contrast === 'high')
      await walkEveryScreen(page, language, async (screen) => {
        await expectNoAxeViolations(page, `${screen} (${language}, ${contrast})`)
        if (screen === 'device') {
          // The idle warning, over a journey step.
          await kiosk.advance(STEP_IDLE_MS)
          await expect(page.locator('[data-action="more-time"]')).toBeFocused()
          await expectNoAxeViolations(page, `idle warning (${language}, ${contrast})`)
          await page.locator('[data-action="more-time"]').click()
          await expect(page.locator('[data-idle-warning]')).toBeHidden()
        }
        if (screen === 'carrier') {
          await page.locator('.nav.staff').click()
          await expect(page.getByRole('dialog')).toBeVisible()
          await expectNoAxeViolations(page, `call staff dialog (${language}, ${contrast})`)
          await page.getByRole('dialog').locator('.primary').click()
        }
      })
      if (language === 'ar') await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    })
  }

  test(`axe finds nothing on the staff PIN pad, in ${language}`, async ({ kiosk, page }) => {
    await kiosk.open()
    await page.locator(`[data-screen="welcome"] button.language[lang="${language}"]`).click()
    await page.locator('[data-screen="situation"]').waitFor()
    for (const contrast of ['normal', 'high'] as const) {
      await setHighContrast(page, contrast === 'high')
      await holdStoreName(kiosk, page)
      await expect(page.locator('[data-pin-pad]')).toBeVisible()
      await expectNoAxeViolations(page, `PIN pad (${language}, ${contrast})`)
      await page.locator('[data-pin-cancel]').click()
      await expect(page.locator('[data-pin-pad]')).toBeHidden()
    }
  })
}

test('every button on every screen is at least 44×44 px, in portrait and landscape, at every text size', async ({
  kiosk,
  page,
}) => {
  test.setTimeout(120_000)
  await kiosk.open()
  for (const viewport of [
    { width: 1080, height: 1920 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(viewport)
    await walkEveryScreen(page, 'en', async (screen) => {
      for (let size = 0; size < 3; size += 1) {
        const textSize = await page.locator('html').getAttribute('data-text-size')
        await expectTapTargets(page, `${screen} at ${viewport.width}×${viewport.height}, ${textSize} text`)
        await page.locator('[data-a11y="text-size"]').first().click()
      }
    })
    await page.locator('[data-screen="done"] .primary').click()
  }
})

test('a customer finishes the journey with the keyboard alone: Tab, Shift+Tab, Enter and Space', async ({
  kiosk,
  page,
}) => {
  test.setTimeout(120_000)
  await kiosk.open()
  const keyboard = page.keyboard
  let useSpace = false

  /** Tabs forward (at most 60 times) until the focused control's text matches, then presses it. */
  async function choose(name: string | RegExp): Promise<void> {
    const matches = (text: string) => (typeof name === 'string' ? text.trim() === name : name.test(text))
    for (let presses = 0; presses < 60; presses += 1) {
      await keyboard.press('Tab')
      const text = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '')
      if (matches(text)) {
        await keyboard.press(useSpace ? 'Space' : 'Enter')
        useSpace = !useSpace
        return
      }
    }
    throw new Error(`No control named ${String(name)} reached with Tab`)
  }
  const onScreen = async (screen: string) => {
    await page.locator(`[data-screen="${screen}"]`).waitFor()
    // Each new screen starts at its heading.
    await expect(page.locator(`[data-screen="${screen}"] h1`)).toBeFocused()
  }

  await choose('English')
  await onScreen('situation')
  // Shift+Tab goes back the way Tab came: no trap.
  await keyboard.press('Tab')
  await keyboard.press('Tab')
  const second = await page.evaluate(() => document.activeElement?.textContent)
  await keyboard.press('Shift+Tab')
  await keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(second)
  await choose('I have a new phone')
  await onScreen('carrier')
  await choose('Rogers')
  await onScreen('account-role')
  await choose('I am the account holder')
  await onScreen('account-standing')
  await choose('Yes, it’s paid up')
  await onScreen('account-verification')
  await choose('I know my account PIN or password')
  await onScreen('id-documents')
  await choose(/Passport/)
  await choose('Continue')
  await onScreen('id-name')
  await choose('Yes')
  await onScreen('device')
  for (const check of ['It’s here with me', 'It’s charged (at least 50%)', 'I know its passcode']) {
    await choose(new RegExp(check.replace(/[()]/g, '\\$&')))
  }
  await choose(/^It supports eSIM/)
  await choose(/^It’s unlocked/)
  await choose('Continue')
  await onScreen('appointment')
  await choose('Join the walk-in line')
  await page.locator('[data-ticket]').waitFor()
  await choose('Continue')
  await onScreen('fees')
  await choose('Continue')
  await onScreen('summary')
  await expect(page.locator('[data-verdict="ready"]')).toBeVisible()

  // The Call staff dialog traps Tab and gives focus back when it closes.
  await choose('Call staff')
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('button')).toBeFocused()
  for (let presses = 0; presses < 3; presses += 1) {
    await keyboard.press('Tab')
    await expect(dialog.getByRole('button')).toBeFocused()
  }
  await keyboard.press('Shift+Tab')
  await expect(dialog.getByRole('button')).toBeFocused()
  await keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Call staff' })).toBeFocused()
})

test('the accessibility settings change the screen and go back to the defaults on Start over', async ({
  kiosk,
  page,
}) => {
  await kiosk.open()
  const html = page.locator('html')
  await page.locator('[data-a11y="text-size"]').click()
  await page.locator('[data-a11y="text-size"]').click()
  await expect(html).toHaveAttribute('data-text-size', 'larger')
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('40px')
  await page.locator('[data-a11y="contrast"]').click()
  await expect(html).toHaveAttribute('data-contrast', 'high')
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
    'rgb(0, 0, 0)',
  )

  await page.locator('[data-screen="welcome"] button.language[lang="en"]').click()
  const question = page.locator('[data-screen="situation"] h1')
  const topBefore = (await question.boundingBox())?.y ?? 0
  await page.locator('[data-a11y="lower"]').click()
  await expect(html).toHaveAttribute('data-lowered', '')
  const topAfter = (await question.boundingBox())?.y ?? 0
  expect(topAfter - topBefore).toBeGreaterThan(1920 / 4)

  await page.getByRole('button', { name: 'Start over' }).click()
  await page.locator('[data-screen="welcome"]').waitFor()
  await expect(html).toHaveAttribute('data-text-size', 'normal')
  await expect(html).toHaveAttribute('data-contrast', 'normal')
  await expect(html).not.toHaveAttribute('data-lowered', /.*/)
})

test('read aloud, where the system has no voice for the language, says so on screen', async ({
  kiosk,
  page,
}) => {
  await kiosk.open()
  const hasSpeech = await page.evaluate(() => 'speechSynthesis' in window)
  const toggle = page.locator('[data-a11y="read-aloud"]')
  if (!hasSpeech) {
    await expect(toggle).toHaveCount(0)
    return
  }
  // Pretend the kiosk has only an English voice: French then has none.
  await page.evaluate(() => {
    const english = { lang: 'en-CA', localService: true, default: true, name: 'English', voiceURI: 'en' }
    Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [english] })
    window.speechSynthesis.dispatchEvent(new Event('voiceschanged'))
  })
  await page.locator('[data-screen="welcome"] button.language[lang="fr"]').click()
  await page.locator('[data-screen="situation"]').waitFor()
  await page.locator('[data-a11y="read-aloud"]').click()
  await expect(page.locator('[data-no-voice]')).toHaveText(/n’a pas de voix pour lire le français/)
})

test('Arabic lays out right to left: Back on the right, progress filling from the right', async ({
  kiosk,
  page,
}) => {
  await kiosk.open()
  await page.locator('[data-screen="welcome"] button.language[lang="ar"]').click()
  await page.locator('[data-screen="situation"]').waitFor()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.locator('html')).toHaveAttribute('lang', /^ar/)
  const back = await page.locator('.nav.back').boundingBox()
  const staff = await page.locator('.nav.staff').boundingBox()
  expect(back && staff && back.x > staff.x).toBe(true)
  const first = await page.locator('.progress .bar li').first().boundingBox()
  const last = await page.locator('.progress .bar li').last().boundingBox()
  expect(first && last && first.x > last.x).toBe(true)
})

/** The bundled family each language's own script is drawn with (see src/fonts/script-fonts.ts). */
const SCRIPT_FAMILY: Record<string, string> = {
  en: 'Noto Sans',
  fr: 'Noto Sans',
  'zh-Hans': 'Noto Sans SC',
  'zh-Hant': 'Noto Sans TC',
  pa: 'Noto Sans Gurmukhi',
  ar: 'Noto Sans Arabic',
  es: 'Noto Sans',
  tl: 'Noto Sans',
}

/**
 * Draws each character on the screen with the font stack of the element it is in, and compares it with
 * the drawing of a code point no font has (a tofu box). A character that draws like tofu has no glyph.
 */
async function glyphReport(page: Page, family: string) {
  return page.evaluate(async (scriptFamily) => {
    await document.fonts.ready
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const pairs = new Map<string, { stack: string; weight: string; character: string }>()
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement
      if (!element || element.getClientRects().length === 0) continue
      const { fontFamily: stack, fontWeight: weight } = getComputedStyle(element)
      for (const character of node.textContent ?? '') {
        if (/\S/u.test(character) && !/\p{Cf}/u.test(character)) {
          pairs.set(`${stack}|${weight}|${character}`, { stack, weight, character })
        }
      }
    }
    const canvas = document.createElement('canvas')
    canvas.width = 64
    canvas.height = 64
    const context = canvas.getContext('2d', { willReadFrequently: true })
    if (!context) throw new Error('No canvas')
    const draw = (character: string, stack: string, weight = '400') => {
      context.clearRect(0, 0, 64, 64)
      context.font = `${weight} 40px ${stack}`
      context.textBaseline = 'middle'
      context.fillText(character, 8, 32)
      return context.getImageData(0, 0, 64, 64).data.join()
    }
    const missing: string[] = []
    for (const { stack, weight, character } of pairs.values()) {
      await document.fonts.load(`${weight} 40px ${stack}`, character)
      if (draw(character, stack, weight) === draw('\u{10FFFD}', stack, weight)) missing.push(character)
    }
    const h1 = getComputedStyle(document.querySelector('h1') ?? document.body).fontFamily
    const text = document.body.innerText
    // Every face the screen's text needs loads from the bundle (none fails), and then checks as loaded.
    const loadedForText = await document.fonts.load(`16px ${h1}`, text)
    return {
      stack: h1,
      characters: pairs.size,
      missing: [...new Set(missing)],
      // An unassigned code point must count as missing, or the check could never fail.
      controlMissing: draw('\u0378', h1) === draw('\u{10FFFD}', h1),
      faces: [...document.fonts]
        .filter((face) => face.family.replace(/"/g, '') === scriptFamily)
        .map((face) => `${face.weight} ${face.status}`),
      failedFaces: loadedForText.filter((face) => face.status !== 'loaded').length,
      check: document.fonts.check(`16px ${h1}`, text),
    }
  }, family)
}

test('every language renders from the bundled fonts with no missing glyph (no tofu)', async ({
  kiosk,
  page,
}) => {
  test.setTimeout(120_000)
  await kiosk.open()
  // The other scripts' fonts load right after the first screen is painted.
  await page.locator('html[data-languages-loaded]').waitFor({ state: 'attached' })
  const welcome = await glyphReport(page, 'Noto Sans')
  expect(welcome.controlMissing).toBe(true)
  expect(welcome.missing, 'welcome screen, with every language name').toEqual([])

  for (const [language, family] of Object.entries(SCRIPT_FAMILY)) {
    await page.locator(`[data-screen="welcome"] button.language[lang="${language}"]`).click()
    await page.locator('[data-screen="situation"]').waitFor()
    const report = await glyphReport(page, family)
    expect(report.stack, language).toContain(family)
    expect(report.characters, language).toBeGreaterThan(20)
    expect(report.missing, `${language}: characters with no glyph`).toEqual([])
    expect(report.faces, `${language}: ${family} faces`).toContain('400 loaded')
    expect(report.failedFaces, language).toBe(0)
    expect(report.check, language).toBe(true)
    await page.locator('.nav').nth(1).click() // Start over
    await page.locator('[data-screen="welcome"]').waitFor()
  }
})

test('the first screen draws every language name from the bundled fonts, before the script fonts load', async ({
  kiosk,
  page,
}) => {
  // The Chinese, Punjabi and Arabic fonts, fetched after the first paint, are held back until the end.
  const held: Route[] = []
  await kiosk.open({ waitFor: 'commit' })
  await page.route(/noto-sans-(sc|tc|gurmukhi|arabic)-.*\.woff2$/, (route) => void held.push(route))
  await kiosk.step('welcome').waitFor()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument')
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: 'button.language',
  })
  expect(nodeIds).toHaveLength(8)
  const systemFonts: string[] = []
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    // A web font of the bundle, not a system font the kiosk's machine may lack (empty boxes).
    for (const font of fonts) if (!font.isCustomFont) systemFonts.push(font.familyName)
  }
  expect(systemFonts).toEqual([])
  for (const route of held) await route.fallback()
  await page.locator('html[data-languages-loaded]').waitFor({ state: 'attached' })
})

test('screens in Arabic and Simplified Chinese, portrait and landscape, for a look', async ({
  kiosk,
  page,
}) => {
  test.setTimeout(120_000)
  await kiosk.open()
  for (const viewport of [
    { width: 1080, height: 1920, name: 'portrait' },
    { width: 1920, height: 1080, name: 'landscape' },
  ]) {
    await page.setViewportSize(viewport)
    await kiosk.screenshot(`welcome-${viewport.name}`)
    for (const language of ['ar', 'zh-Hans']) {
      await walkEveryScreen(page, language, async (screen) => {
        if (['situation', 'id-documents', 'summary'].includes(screen)) {
          await page.evaluate(() => document.fonts.ready)
          await kiosk.screenshot(`${language}-${screen}-${viewport.name}`)
        }
      })
      await page.locator('[data-screen="done"] .primary').click()
      await page.locator('[data-screen="welcome"]').waitFor()
    }
  }
})
