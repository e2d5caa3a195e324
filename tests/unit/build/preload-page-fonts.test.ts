import { describe, expect, it } from 'vitest'
import type { IndexHtmlTransformContext, Rollup } from 'vite'
import { fontPreloadTags, preloadPageFonts, woff2UrlsIn } from '../../../electron/build/preload-page-fonts'

const FONT_CSS =
  '@font-face{font-family:Noto Sans;font-weight:400;src:url(./noto-400-A.woff2) format("woff2"),url(./noto-400-A.woff) format("woff")}' +
  '@font-face{font-family:Noto Sans;font-weight:700;src:url("./noto-700-B.woff2") format("woff2")}'
const HTML =
  '<head>\n    <title>kiosk</title>\n    <script type="module" src="./assets/index.js"></script>\n    <link rel="stylesheet" href="./assets/index.css">\n</head>'

function chunk(fileName: string, imports: string[], css: string[]): Rollup.OutputChunk {
  return {
    type: 'chunk',
    fileName,
    imports,
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
  } as unknown as Rollup.OutputChunk
}
function asset(fileName: string, source: string): Rollup.OutputAsset {
  return { type: 'asset', fileName, source } as unknown as Rollup.OutputAsset
}

/** index.js imports vendor.js; the font faces are in vendor's stylesheet, the lazy screen has its own. */
function bundle(): Rollup.OutputBundle {
  return {
    'assets/index.js': chunk('assets/index.js', ['assets/vendor.js'], ['assets/index.css']),
    'assets/vendor.js': chunk('assets/vendor.js', [], ['assets/fonts.css']),
    'assets/lazy.js': chunk('assets/lazy.js', [], ['assets/lazy.css']),
    'assets/plain.js': chunk('assets/plain.js', [], ['assets/index.css']),
    'assets/index.css': asset('assets/index.css', 'body{margin:0}'),
    'assets/fonts.css': asset('assets/fonts.css', FONT_CSS),
    'assets/lazy.css': asset('assets/lazy.css', '@font-face{src:url(./lazy-font.woff2)}'),
  }
}

function transform(entry: string): string {
  const plugin = preloadPageFonts()
  const hook = plugin.transformIndexHtml as {
    handler: (html: string, context: IndexHtmlTransformContext) => string
  }
  const output = bundle()
  return hook.handler(HTML, {
    path: '/index.html',
    filename: '/repo/src/index.html',
    bundle: output,
    chunk: output[entry] as Rollup.OutputChunk,
  })
}

describe('preloading each page’s fonts', () => {
  it('finds each woff2 file a stylesheet names, once, and not the woff fallbacks', () => {
    expect(woff2UrlsIn(FONT_CSS)).toEqual(['./noto-400-A.woff2', './noto-700-B.woff2'])
    expect(woff2UrlsIn(FONT_CSS + FONT_CSS)).toHaveLength(2)
    expect(woff2UrlsIn('body{color:red}')).toEqual([])
  })

  it('writes crossorigin font preload links', () => {
    expect(fontPreloadTags(['assets/a.woff2'])).toBe(
      '<link rel="preload" as="font" type="font/woff2" crossorigin href="./assets/a.woff2">',
    )
  })

  it('preloads the fonts of the entry and of the chunks it imports, but not those of lazy chunks', () => {
    const html = transform('assets/index.js')
    expect(html).toContain('href="./assets/noto-400-A.woff2"')
    expect(html).toContain('href="./assets/noto-700-B.woff2"')
    expect(html).not.toContain('lazy-font')
    // After the script and the stylesheets, which are needed first: the fonts only at the first layout.
    expect(html.indexOf('noto-400-A')).toBeGreaterThan(html.indexOf('<script'))
    expect(html.indexOf('noto-400-A')).toBeGreaterThan(html.indexOf('rel="stylesheet"'))
    expect(html.indexOf('noto-400-A')).toBeLessThan(html.indexOf('</head>'))
  })

  it('leaves a page whose stylesheets name no font as it is', () => {
    expect(transform('assets/plain.js')).toBe(HTML)
  })
})
