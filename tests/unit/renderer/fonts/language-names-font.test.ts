import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGUAGE_NAMES } from '@/locales'

const CSS = readFileSync(resolve('src/styles/language-names.css'), 'utf8')

/** The code points a `unicode-range` descriptor covers (single code points and ranges, as written there). */
function codePointsOf(css: string): Set<number> {
  const range = /unicode-range:\s*([^;]+);/.exec(css)?.[1] ?? ''
  const points = new Set<number>()
  for (const part of range.split(',').map((item) => item.trim().replace(/^U\+/i, ''))) {
    const [first = '', last = first] = part.split('-')
    for (let point = parseInt(first, 16); point <= parseInt(last, 16); point += 1) points.add(point)
  }
  return points
}

describe('the language-names font of the first screen', () => {
  it('covers every character of the names Noto Sans (Latin) cannot draw', () => {
    const covered = codePointsOf(CSS)
    const needed = Object.values(LANGUAGE_NAMES)
      .flatMap((name) => [...name])
      .filter((character) => !/[\p{Script=Latin}\s]/u.test(character))
    expect(needed.length).toBeGreaterThan(20)
    // Missing ones: add them to electron/build/make-language-name-fonts.py, run it, and update the range.
    expect(needed.filter((character) => !covered.has(character.codePointAt(0) ?? 0))).toEqual([])
  })

  it('reads ranges as well as single code points', () => {
    expect([...codePointsOf('unicode-range: U+0627-0629, U+4E2D;')]).toEqual([0x627, 0x628, 0x629, 0x4e2d])
  })
})
