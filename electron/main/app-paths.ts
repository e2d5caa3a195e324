import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const mainDir = fileURLToPath(new URL('.', import.meta.url))

/** Where the built pieces sit next to the main bundle (out/main → out/preload, out/renderer). */
export const PRELOAD_PATH = join(mainDir, '../preload/index.cjs')
export const RENDERER_DIR = join(mainDir, '../renderer')

/** The app's resources folder: next to the app in development, in the package's resources when packaged. */
export function resourcesDir(isPackaged: boolean, appPath: string, resourcesPath: string): string {
  return isPackaged ? join(resourcesPath, 'resources') : join(appPath, 'resources')
}
