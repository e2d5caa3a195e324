import { createApp, h } from 'vue'
import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/latin-700.css'
import '../styles/fonts.css'
import './slip-page.css'
import { SlipDataSchema, type SlipData } from '@shared/slip'
import {
  readSlipHash,
  SLIP_HEIGHT_ATTRIBUTE,
  SLIP_INVALID_ATTRIBUTE,
  SLIP_READY_ATTRIBUTE,
} from '@shared/slip-page'
import { loadScriptFonts } from '@/fonts/script-fonts'
import { createKioskI18n, installLanguages } from '@/i18n'
import { LOCALE_TAGS } from '@/locales'
import SlipView from './SlipView.vue'
import { slipLanguages } from './slip-languages'

/**
 * The slip page a printer loads in a hidden window: reads SlipData from the URL hash, checks it,
 * renders the slip, then marks the root ready once fonts and the QR code are in, with the slip's
 * height so the page size fits it on one page. No Pinia, no session, no window.kiosk.
 */
const root = document.getElementById('slip') as HTMLElement
const parsed = SlipDataSchema.safeParse(readSlipHash(window.location.hash))

if (parsed.success) {
  void mountSlip(parsed.data)
} else {
  root.setAttribute(SLIP_INVALID_ATTRIBUTE, 'true')
}

async function mountSlip(data: SlipData): Promise<void> {
  document.documentElement.lang = LOCALE_TAGS[data.language]
  const i18n = createKioskI18n(data.language)
  const languages = slipLanguages(data)
  await Promise.all([installLanguages(i18n.global, languages), loadScriptFonts(languages)])
  const app = createApp({ render: () => h(SlipView, { data, onReady: () => void markReady(data) }) })
  app.use(i18n)
  app.mount(root)
}

async function markReady(data: SlipData): Promise<void> {
  await document.fonts.ready
  const slip = root.firstElementChild as HTMLElement
  // CSS pixels are 1/96 inch; a millimetre more so rounding never spills onto a second page.
  const heightMm = Math.ceil((slip.getBoundingClientRect().height * 25.4) / 96) + 1
  // A constructed sheet, not a <style> element: the CSP allows no inline styles.
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(`@page { size: ${data.paperWidthMm}mm ${heightMm}mm; margin: 0; }`)
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  root.setAttribute(SLIP_HEIGHT_ATTRIBUTE, String(heightMm))
  root.setAttribute(SLIP_READY_ATTRIBUTE, 'true')
}
