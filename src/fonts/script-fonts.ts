import type { LanguageCode } from '@shared/id-lists'
import { LANGUAGE_NAMES } from '@/locales'

/**
 * Fonts ship with the app (the kiosk is offline and may run on a bare system image). Latin is in the
 * first-screen bundle; each other script's Noto font is its own stylesheet, fetched only when a language
 * written in it is enabled. Regular and bold only: the screens use no other weights. Chinese uses the
 * whole font split by unicode-range (the browser fetches only the slices a screen needs): the
 * single-file "chinese-traditional" subset lacks the full-width punctuation Chinese text uses.
 */
const SCRIPT_FONTS: Partial<Record<LanguageCode, () => Promise<unknown>>> = {
  'zh-Hans': () =>
    Promise.all([import('@fontsource/noto-sans-sc/400.css'), import('@fontsource/noto-sans-sc/700.css')]),
  'zh-Hant': () =>
    Promise.all([import('@fontsource/noto-sans-tc/400.css'), import('@fontsource/noto-sans-tc/700.css')]),
  pa: () =>
    Promise.all([
      import('@fontsource/noto-sans-gurmukhi/gurmukhi-400.css'),
      import('@fontsource/noto-sans-gurmukhi/gurmukhi-700.css'),
    ]),
  ar: () =>
    Promise.all([
      import('@fontsource/noto-sans-arabic/arabic-400.css'),
      import('@fontsource/noto-sans-arabic/arabic-700.css'),
    ]),
}

/** The font family each language's own script is drawn with (Latin text always uses Noto Sans). */
export const SCRIPT_FAMILY: Record<LanguageCode, string> = {
  en: 'Noto Sans',
  fr: 'Noto Sans',
  es: 'Noto Sans',
  tl: 'Noto Sans',
  'zh-Hans': 'Noto Sans SC',
  'zh-Hant': 'Noto Sans TC',
  pa: 'Noto Sans Gurmukhi',
  ar: 'Noto Sans Arabic',
}

const requested = new Map<LanguageCode, Promise<unknown>>()

/**
 * Noto Sans comes first in every language's stack. Its faces are declared in the first-screen CSS and
 * preloaded by index.html and slip.html; index.html also preloads the language names' face
 * (language-names.css). Waiting for them here means the first screen is laid out once, in its own
 * fonts, rather than in system fonts first and again when these arrive. main.ts starts the load before
 * it builds the app. A face the page doesn't declare (the slip has no language names) loads nothing.
 */
const FIRST_SCREEN_FACES: readonly [font: string, text: string][] = [
  ['400 1em "Noto Sans"', ' '],
  ['700 1em "Noto Sans"', ' '],
  ['700 1em "Kiosk Language Names"', Object.values(LANGUAGE_NAMES).join('')],
]
let firstScreenFaces: Promise<unknown> | null = null

export function loadFirstScreenFaces(): Promise<unknown> {
  // A face that fails to load is not an error the customer should wait on: the stack falls back.
  firstScreenFaces ??= Promise.all(
    FIRST_SCREEN_FACES.map(([font, text]) => document.fonts?.load(font, text).catch(() => [])),
  )
  return firstScreenFaces
}

export function loadScriptFonts(languages: readonly LanguageCode[]): Promise<unknown> {
  return Promise.all([
    loadFirstScreenFaces(),
    ...languages.map((language) => {
      const load = SCRIPT_FONTS[language]
      if (!load) return undefined
      if (!requested.has(language)) requested.set(language, load())
      return requested.get(language)
    }),
  ])
}
