import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * The Electron binary, or why there is none. The npm package downloads it on first use; on machines
 * that can't reach the download host (CI here) the path doesn't exist.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown
    if (typeof path === 'string' && existsSync(path)) return { path }
    return { missing: `the Electron binary is not installed (expected at ${String(path)})` }
  } catch (error) {
    return { missing: `the Electron binary is not installed: ${(error as Error).message.split('\n')[0]}` }
  }
}
