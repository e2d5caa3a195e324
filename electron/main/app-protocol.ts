import { readFile } from 'node:fs/promises'
import { protocol, type Session } from 'electron'
import { APP_SCHEME, rendererHeaders, resolveRendererFile } from './renderer-files'

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

/** Serves the renderer folder on app://kiosk/ in the kiosk's session; anything outside it is a 404. */
export function serveRendererOverAppProtocol(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveRendererFile(request.url, rendererRoot)
    if (!file) return new Response('Not found', { status: 404 })
    try {
      return new Response(await readFile(file), { headers: rendererHeaders(file) })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
