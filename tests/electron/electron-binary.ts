import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * The Electron binary, or why there is none. Read the way the `electron` package finds it (its
 * path.txt, or ELECTRON_OVERRIDE_DIST_PATH) but without requiring the package, which would try to
 * download the binary on the spot; on machines that can't reach the download host (CI here) the
 * tests skip instead, saying so.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const pathFile = join(packageDir, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron'
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH']
  const path = override ? join(override, executable) : join(packageDir, 'dist', executable)
  if (existsSync(path)) return { path }
  return { missing: `no Electron binary at ${path}` }
}
