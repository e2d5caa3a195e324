import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { StoreConfigSchema, type StoreConfig } from '../../electron/shared/store-config'

export const DEFAULT_CONFIG_PATH = resolve('resources/store-config.default.json')
export const QUEBEC_CONFIG_PATH = resolve('resources/samples/store-config.quebec.json')

export function readDefaultConfig(): StoreConfig {
  return StoreConfigSchema.parse(JSON.parse(readFileSync(DEFAULT_CONFIG_PATH, 'utf8')))
}

export function readQuebecConfig(): StoreConfig {
  return StoreConfigSchema.parse(JSON.parse(readFileSync(QUEBEC_CONFIG_PATH, 'utf8')))
}
