import { resolve } from 'node:path'

export const RENDERER_DIR = resolve('out/renderer')
export const RENDERER_INDEX = resolve(RENDERER_DIR, 'index.html')
export const DEFAULT_CONFIG_PATH = resolve('resources/store-config.default.json')
export const SAMPLE_CONFIGS = {
  quebec: resolve('resources/samples/store-config.quebec.json'),
} as const
