import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { resolveRendererFile } from '../../../electron/main/renderer-files'
import { FakeSession, fakeElectronModule } from './fake-electron'

vi.mock('electron', () => fakeElectronModule())
const { serveRendererOverAppProtocol } = await import('../../../electron/main/app-protocol')

function rendererFolder() {
  const root = mkdtempSync(join(tmpdir(), 'kiosk-renderer-'))
  mkdirSync(join(root, 'renderer', 'assets'), { recursive: true })
  writeFileSync(join(root, 'renderer', 'index.html'), '<h1>kiosk</h1>')
  writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer')
  return { root, renderer: join(root, 'renderer') }
}

describe('resolving app:// URLs', () => {
  const { renderer } = rendererFolder()

  it('maps a path to the file inside the renderer folder', () => {
    expect(resolveRendererFile('app://kiosk/assets/app.js', renderer)).toBe(
      join(renderer, 'assets', 'app.js'),
    )
    expect(resolveRendererFile('app://kiosk/', renderer)).toBe(join(renderer, 'index.html'))
  })

  it.each([
    'app://kiosk/%2e%2e%2fsecret.txt',
    'app://kiosk/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://kiosk/..%2f..%2fetc%2fpasswd',
    'app://kiosk/assets/..%5c..%5csecret.txt',
    'app://kiosk/index.html%00.js',
    'app://elsewhere/index.html',
    'app://kiosk/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveRendererFile(url, renderer)).toBeNull()
  })

  it.each([
    ['app://kiosk/../../etc/passwd', ['etc', 'passwd']],
    ['app://kiosk/%2e%2e/secret.txt', ['secret.txt']],
  ])('keeps %s inside the folder (the URL parser folds plain dot segments)', (url, inside) => {
    expect(resolveRendererFile(url, renderer)).toBe(join(renderer, ...inside))
  })
})

describe('the app:// protocol handler', () => {
  async function serve(url: string) {
    const { renderer } = rendererFolder()
    const session = new FakeSession()
    serveRendererOverAppProtocol(session as never, renderer)
    const handler = session.protocolHandlers.get('app')
    if (!handler) throw new Error('no handler registered for app://')
    return handler(new Request(url))
  }

  it('serves the renderer with the CSP header', async () => {
    const response = await serve('app://kiosk/index.html')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<h1>kiosk</h1>')
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-eval')
  })

  it.each(['app://kiosk/../../etc/passwd', 'app://kiosk/%2e%2e/secret.txt', 'app://kiosk/missing.js'])(
    'answers 404 for %s',
    async (url) => {
      const response = await serve(url)
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain('outside the renderer')
    },
  )
})
