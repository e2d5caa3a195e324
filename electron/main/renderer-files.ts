import { extname, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'

/** The renderer is served as app://kiosk/…, a standard, secure origin of its own. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'kiosk'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const WELCOME_URL = `${APP_ORIGIN}/index.html#/`

/**
 * Maps a request URL to a file inside the renderer folder, or null when it points anywhere else
 * (another host, `..` in any encoding, an absolute path smuggled in the path). No Electron import:
 * the e2e harness serves the renderer with the same function.
 */
export function resolveRendererFile(
  requestUrl: string,
  rendererRoot: string,
  host = APP_HOST,
): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.host !== host) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const root = resolve(rendererRoot)
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`)
  return file.startsWith(root + sep) ? file : null
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
}

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** Headers for every renderer file: the CSP, and no sniffing. */
export function rendererHeaders(file: string): Record<string, string> {
  return {
    'content-type': mimeTypeOf(file),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
  }
}
