import type { Plugin, Rollup } from 'vite'

/** The woff2 files a stylesheet names in `url(...)`, as written there (relative to the stylesheet). */
export function woff2UrlsIn(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/g)].map((match) => match[1] ?? '')
  return [...new Set(urls.filter((url) => url !== ''))]
}

/** `<link rel="preload">` tags for fonts at the given paths (relative to the HTML page). */
export function fontPreloadTags(paths: readonly string[]): string {
  return paths
    .map((path) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="./${path}">`)
    .join('\n    ')
}

/** The stylesheets of an entry chunk and of every chunk it imports statically: the first screen's CSS. */
function firstScreenStylesheets(bundle: Rollup.OutputBundle, entry: string): string[] {
  const stylesheets = new Set<string>()
  const seen = new Set<string>()
  const todo = [entry]
  for (let fileName = todo.pop(); fileName !== undefined; fileName = todo.pop()) {
    const chunk = bundle[fileName]
    if (seen.has(fileName) || chunk?.type !== 'chunk') continue
    seen.add(fileName)
    for (const css of chunk.viteMetadata?.importedCss ?? []) stylesheets.add(css)
    todo.push(...chunk.imports)
  }
  return [...stylesheets]
}

/**
 * Lets the browser fetch a page's fonts while it runs the scripts, instead of discovering them at the
 * first layout: every HTML page gets a preload link for each woff2 file named by the stylesheets of its
 * entry script and the chunks that imports (Noto Sans, regular and bold). The links go last in the
 * head: the scripts wait for the stylesheets, and both are needed before the fonts are. The kiosk waits
 * for those faces before its first screen and the slip before it renders (src/fonts/script-fonts.ts),
 * so neither is laid out in a system font first.
 */
export function preloadPageFonts(): Plugin {
  return {
    name: 'kiosk-preload-page-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle || !context.chunk) return html
        const bundle = context.bundle
        const stylesheets = firstScreenStylesheets(bundle, context.chunk.fileName)
        const fonts = stylesheets.flatMap((fileName) => {
          const asset = bundle[fileName]
          if (asset?.type !== 'asset') return []
          const folder = fileName.slice(0, fileName.lastIndexOf('/') + 1)
          return woff2UrlsIn(String(asset.source)).map((url) => folder + url.replace(/^\.\//, ''))
        })
        if (fonts.length === 0) return html
        return html.replace('</head>', `  ${fontPreloadTags(fonts)}\n  </head>`)
      },
    },
  }
}
