import { describe, expect, it } from 'vitest'
// vue-i18n's own message compiler (its dependency), so a message that wouldn't compile fails here.
import { baseCompile } from '@intlify/message-compiler'
import { LANGUAGE_CODES, type LanguageCode } from '@shared/id-lists'
import en from '@/locales/en'
import { LANGUAGE_NAMES } from '@/locales'
import { loadMessages } from '@/locales/loader'

/** Sections only staff read; en and fr carry them, the other languages fall back to English there. */
const STAFF_ONLY_SECTIONS = ['staff']
const FULL_LANGUAGES: LanguageCode[] = ['en', 'fr']

type Flat = Map<string, string>

function flatten(value: unknown, path = '', into: Flat = new Map()): Flat {
  if (typeof value === 'string') into.set(path, value)
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, path ? `${path}.${key}` : key, into)
  } else into.set(path, `<not a string: ${String(value)}>`)
  return into
}

function expectedKeys(language: LanguageCode): string[] {
  const keys = [...flatten(en).keys()]
  if (FULL_LANGUAGES.includes(language)) return keys
  return keys.filter((key) => !STAFF_ONLY_SECTIONS.includes(key.split('.')[0] ?? ''))
}

const pluralForms = (message: string) => message.split('|')
const placeholders = (form: string) =>
  [...form.matchAll(/\{\s*([\w.]+)\s*\}/g)].map((match) => match[1]).sort()

/** Keys missing from the locale (`- key`) and keys it has that en.ts doesn't (`+ key`). */
function keyDifferences(language: LanguageCode, messages: Flat): string[] {
  const want = new Set(expectedKeys(language))
  const missing = [...want].filter((key) => !messages.has(key)).map((key) => `- ${key}`)
  const extra = [...messages.keys()].filter((key) => !want.has(key)).map((key) => `+ ${key}`)
  return [...missing, ...extra]
}

/** Messages whose plural forms or placeholders differ from the English message's. */
function placeholderDifferences(messages: Flat): string[] {
  const differences: string[] = []
  for (const [key, text] of messages) {
    const source = english.get(key) ?? ''
    const forms = pluralForms(text)
    const sourceForms = pluralForms(source)
    if (forms.length !== sourceForms.length) differences.push(`${key}: ${forms.length} plural forms`)
    forms.forEach((form, index) => {
      const want = placeholders(sourceForms[index] ?? sourceForms[0] ?? '')
      if (placeholders(form).join() !== want.join())
        differences.push(`${key}: {${placeholders(form).join()}}`)
    })
  }
  return differences
}

const english = flatten(en)
const locales = await Promise.all(
  LANGUAGE_CODES.map(async (language) => [language, flatten(await loadMessages(language))] as const),
)

describe.each(locales)('the %s locale', (language, messages) => {
  it('has exactly the keys of en.ts, no more, no fewer', () => {
    expect(keyDifferences(language, messages)).toEqual([])
  })

  it('has no empty message', () => {
    const empty = [...messages].filter(([, text]) => text.trim() === '').map(([key]) => key)
    expect(empty).toEqual([])
  })

  it('keeps every placeholder of each English message, and its number of plural forms', () => {
    expect(placeholderDifferences(messages)).toEqual([])
  })

  it('has only messages vue-i18n can compile', () => {
    const broken: string[] = []
    for (const [key, text] of messages) {
      baseCompile(text, { onError: (error) => broken.push(`${key}: ${error.message}`) })
    }
    expect(broken).toEqual([])
  })

  it('names its language as the language buttons do', () => {
    expect(messages.get('language.name')).toBe(LANGUAGE_NAMES[language])
  })
})

describe('the completeness check', () => {
  it('notices a missing key, an extra key, a lost placeholder and a lost plural form', () => {
    const broken = new Map(english)
    broken.delete('common.back')
    broken.set('common.extra', 'Extra')
    broken.set('common.stepOf', 'Step {current}')
    broken.set('visit.wait', 'About {minutes} minutes wait')
    expect(keyDifferences('en', broken)).toEqual(['- common.back', '+ common.extra'])
    expect(placeholderDifferences(broken)).toEqual(['common.stepOf: {current}', 'visit.wait: 1 plural forms'])
  })
})
