import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface AssetSize {
  /** Relative to the renderer folder, with forward slashes. */
  file: string
  raw: number
  gzip: number
}

export interface BundleReport {
  /** What index.html loads before the welcome screen: its module script, stylesheets, module preloads and their static imports. */
  firstScreen: { js: AssetSize[]; css: AssetSize[] }
  /** Every other JS and CSS file (lazy chunks, other entries such as the slip page). */
  otherJs: AssetSize[]
  otherCss: AssetSize[]
  /** Font files, wherever they are; woff2 is already compressed, so gzip is shown but means little. */
  fonts: AssetSize[]
  /**
   * The fonts the first-screen stylesheets name. The browser fetches only those whose unicode-range
   * the screen's text needs, so this is the most the welcome screen can cost in fonts.
   */
  firstScreenFonts: AssetSize[]
}

const FONT_FILE = /\.(woff2?|ttf|otf)$/i

/** The module scripts, stylesheets and module preloads an HTML page names, as written in their tags. */
export function firstScreenTags(html: string): { scripts: string[]; styles: string[]; preloads: string[] } {
  const scripts: string[] = []
  const styles: string[] = []
  const preloads: string[] = []
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const src = attribute(tag, 'src')
    const href = attribute(tag, 'href')
    const rel = attribute(tag, 'rel')?.toLowerCase()
    if (/^<script/i.test(tag) && src) scripts.push(src)
    else if (rel === 'stylesheet' && href) styles.push(href)
    else if (rel === 'modulepreload' && href) preloads.push(href)
  }
  return { scripts, styles, preloads }
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)
  return match ? (match[2] ?? match[3] ?? match[4]) : undefined
}

/** Relative static imports of a built ES module (`import … from "./x.js"`, `import "./x.js"`); dynamic imports are lazy. */
export function staticImports(code: string): string[] {
  const found = new Set<string>()
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g
  for (const match of code.matchAll(pattern)) found.add(match[1] as string)
  return [...found]
}

export function sizeOf(rendererDir: string, file: string): AssetSize {
  const content = readFileSync(join(rendererDir, file))
  return { file, raw: content.length, gzip: gzipSync(content).length }
}

export function total(assets: readonly AssetSize[]): { raw: number; gzip: number } {
  return assets.reduce((sum, asset) => ({ raw: sum.raw + asset.raw, gzip: sum.gzip + asset.gzip }), {
    raw: 0,
    gzip: 0,
  })
}

/** Relative `url(…)` references of a stylesheet (fonts, images), without query or fragment. */
export function cssUrls(css: string): string[] {
  const found = new Set<string>()
  for (const match of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) {
    const url = (match[2] as string).split(/[?#]/)[0] as string
    if (!/^(data:|[a-z]+:\/\/)/i.test(url)) found.add(url)
  }
  return [...found]
}

/** Sizes the built renderer as the welcome screen needs it, starting from its index.html. */
export function measureBundle(rendererDir: string, entryHtml = 'index.html'): BundleReport {
  const root = resolve(rendererDir)
  const tags = firstScreenTags(readFileSync(join(root, entryHtml), 'utf8'))
  const fromHtml = (url: string) => toRendererPath(url, posix.dirname(entryHtml))

  const firstJs = new Set<string>()
  const queue = [...tags.scripts, ...tags.preloads].map(fromHtml)
  while (queue.length) {
    const file = queue.shift() as string
    if (firstJs.has(file)) continue
    firstJs.add(file)
    const code = readFileSync(join(root, file), 'utf8')
    for (const imported of staticImports(code)) queue.push(posix.join(posix.dirname(file), imported))
  }
  const firstCss = new Set(tags.styles.map(fromHtml))
  const firstFonts = new Set(
    [...firstCss].flatMap((file) =>
      cssUrls(readFileSync(join(root, file), 'utf8'))
        .map((url) => (url.startsWith('/') ? url.slice(1) : posix.join(posix.dirname(file), url)))
        .filter((path) => FONT_FILE.test(path)),
    ),
  )

  const everything = listFiles(root)
  const size = (file: string) => sizeOf(root, file)
  return {
    firstScreen: { js: [...firstJs].map(size), css: [...firstCss].map(size) },
    otherJs: everything.filter((f) => f.endsWith('.js') && !firstJs.has(f)).map(size),
    otherCss: everything.filter((f) => f.endsWith('.css') && !firstCss.has(f)).map(size),
    fonts: everything.filter((f) => FONT_FILE.test(f)).map(size),
    firstScreenFonts: [...firstFonts].map(size),
  }
}

function toRendererPath(url: string, htmlDir: string): string {
  const path = url.split(/[?#]/)[0] as string
  return path.startsWith('/') ? path.slice(1) : posix.join(htmlDir, path)
}

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return listFiles(root, path)
    return [relative(root, path).split(/[\\/]/).join('/')]
  })
}
