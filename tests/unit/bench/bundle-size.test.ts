import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cssUrls, firstScreenTags, measureBundle, staticImports, total } from '../../../bench/bundle-size'

describe('firstScreenTags', () => {
  it('finds module scripts, stylesheets and module preloads, in any attribute order', () => {
    const html = `<head>
      <script type="module" crossorigin src="./assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-b.js">
      <link crossorigin rel="stylesheet" href='./assets/index-c.css'>
      <link rel="icon" href="./favicon.ico">
    </head>`
    expect(firstScreenTags(html)).toEqual({
      scripts: ['./assets/index-a.js'],
      styles: ['./assets/index-c.css'],
      preloads: ['./assets/vendor-b.js'],
    })
  })
})

describe('staticImports', () => {
  it('finds minified static imports and re-exports, not dynamic imports', () => {
    const code =
      'import{a as b}from"./vendor-1.js";import"./side-2.js";export{c}from"./re-3.js";const l=()=>import("./lazy-4.js");'
    expect(staticImports(code)).toEqual(['./vendor-1.js', './side-2.js', './re-3.js'])
  })
})

describe('cssUrls', () => {
  it('finds quoted and bare urls, drops queries, skips data: and absolute urls', () => {
    const css =
      '@font-face{src:url(./a.woff2?v=1) format("woff2"),url("./a.woff") format("woff")}' +
      '.x{background:url(data:image/png;base64,AA)}.y{background:url(https://example.com/b.png)}'
    expect(cssUrls(css)).toEqual(['./a.woff2', './a.woff'])
  })
})

describe('measureBundle', () => {
  let dir: string
  const files: Record<string, string> = {
    'index.html':
      '<script type="module" src="./assets/index.js"></script><link rel="stylesheet" href="./assets/index.css">',
    'assets/index.js': `import{v}from"./vendor.js";const lazy=()=>import("./later.js");${'x'.repeat(5000)}`,
    'assets/vendor.js': `export const v=1;${'vendor '.repeat(800)}`,
    'assets/later.js': 'export const later=2;',
    'assets/index.css': `@font-face{src:url(./noto.woff2)}body{color:red}${'.a{margin:0}'.repeat(200)}`,
    'assets/noto.woff2': 'not really a font',
    'assets/other.woff2': 'a font only a lazy stylesheet names',
    'slip.html': '<script type="module" src="./assets/slip.js"></script>',
    'assets/slip.js': 'export const slip=3;',
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-bundle-'))
    mkdirSync(join(dir, 'assets'))
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const gzipped = (name: string) => gzipSync(Buffer.from(files[name] as string)).length
  const raw = (name: string) => Buffer.byteLength(files[name] as string)

  it('counts the entry script and its static imports as first-screen JS, raw and gzip', () => {
    const report = measureBundle(dir)
    expect(report.firstScreen.js).toEqual([
      { file: 'assets/index.js', raw: raw('assets/index.js'), gzip: gzipped('assets/index.js') },
      { file: 'assets/vendor.js', raw: raw('assets/vendor.js'), gzip: gzipped('assets/vendor.js') },
    ])
    expect(total(report.firstScreen.js).gzip).toBeLessThan(total(report.firstScreen.js).raw)
  })

  it('keeps lazy chunks and other entries out of the first screen', () => {
    const report = measureBundle(dir)
    expect(report.otherJs.map((asset) => asset.file).sort()).toEqual(['assets/later.js', 'assets/slip.js'])
  })

  it('sizes stylesheets and fonts separately', () => {
    const report = measureBundle(dir)
    expect(report.firstScreen.css).toEqual([
      { file: 'assets/index.css', raw: raw('assets/index.css'), gzip: gzipped('assets/index.css') },
    ])
    expect(report.fonts.map((font) => font.file)).toEqual(['assets/noto.woff2', 'assets/other.woff2'])
  })

  it('counts as first-screen fonts only those the first-screen stylesheets name', () => {
    expect(measureBundle(dir).firstScreenFonts.map((font) => font.file)).toEqual(['assets/noto.woff2'])
  })
})
