import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findHardCodedText } from '../../support/hard-coded-text'

const SRC = resolve(__dirname, '../../../src')
const vueFiles = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.vue'))
  .sort()

describe('the template scan for hard-coded text', () => {
  it('finds a literal word between tags', () => {
    const found = findHardCodedText('<template><button>Continue</button></template>')
    expect(found).toEqual([{ line: 1, text: 'Continue' }])
  })

  it('finds a literal word in a readable attribute', () => {
    const found = findHardCodedText('<template><nav aria-label="Steps"><img alt="Logo" /></nav></template>')
    expect(found.map((item) => item.text)).toEqual(['aria-label="Steps"', 'alt="Logo"'])
  })

  it('accepts text from the locale files, symbols, and attributes bound to t()', () => {
    const source = `<template>
      <p :aria-label="t('a.b')" class="note" data-step="welcome">{{ t('a.c') }} — {{ count }} ✓</p>
    </template>`
    expect(findHardCodedText(source)).toEqual([])
  })
})

describe('every Vue file in src', () => {
  it('has Vue files to scan', () => {
    expect(vueFiles.length).toBeGreaterThan(20)
  })

  it.each(vueFiles)('%s shows no hard-coded text', (file) => {
    const found = findHardCodedText(readFileSync(join(SRC, file), 'utf8'), file)
    expect(found, 'visible text must come from src/locales').toEqual([])
  })
})
