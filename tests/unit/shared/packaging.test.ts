import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

interface PackageJson {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
  build: Record<string, unknown> & { extraResources: { from: string; to: string }[] }
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson
const require = createRequire(import.meta.url)
// electron-builder's own schema check, the one `npm run dist:*` runs first (CommonJS, untyped here).
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }

describe('the packaging config', () => {
  it('passes electron-builder’s schema', async () => {
    await expect(validateConfiguration(pkg.build, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('is a check that can fail', async () => {
    await expect(
      validateConfiguration({ ...pkg.build, nsis: { oneClik: false } }, new DebugLogger(false)),
    ).rejects.toThrow(/Invalid configuration object/)
  })

  it('ships resources/ (the default config) next to the app, where app-paths.ts looks for it', () => {
    expect(pkg.build.extraResources).toContainEqual(
      expect.objectContaining({ from: 'resources', to: 'resources' }),
    )
  })

  it('packs only what the main process requires at run time; the renderer is bundled', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['write-file-atomic', 'zod'])
    expect(pkg.devDependencies).toHaveProperty('vue')
  })
})
