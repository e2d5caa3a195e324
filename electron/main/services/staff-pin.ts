import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * The staff PIN is kept only as `scrypt$N$r$p$<salt base64>$<hash base64>`: the string says how it
 * was made, so the cost can be raised later and old hashes still verify.
 */
export interface ScryptCost {
  N: number
  r: number
  p: number
}

/** About 32 MiB and a few tens of ms per try: cheap for one login, slow for guessing every PIN offline. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 }
const SALT_BYTES = 16
const KEY_BYTES = 32
/** A tampered config must not make the kiosk allocate gigabytes to check a PIN. */
const MAX_COST: ScryptCost = { N: 2 ** 20, r: 32, p: 16 }

export async function hashPin(pin: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const hash = await derive(pin, salt, KEY_BYTES, cost)
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), hash.toString('base64')].join('$')
}

/** False for a wrong PIN and for a stored value that is not a hash this kiosk understands. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored)
  if (!parsed) return false
  const actual = await derive(pin, parsed.salt, parsed.hash.length, parsed.cost)
  return timingSafeEqual(actual, parsed.hash)
}

export function isPinHash(stored: string): boolean {
  return parseHash(stored) !== null
}

function parseHash(stored: string): { cost: ScryptCost; salt: Buffer; hash: Buffer } | null {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null
  const [N, r, p] = parts.slice(1, 4).map((n) => (/^\d+$/.test(n ?? '') ? Number(n) : NaN))
  if (!N || !r || !p || N > MAX_COST.N || r > MAX_COST.r || p > MAX_COST.p || (N & (N - 1)) !== 0) return null
  const salt = Buffer.from(parts[4] ?? '', 'base64')
  const hash = Buffer.from(parts[5] ?? '', 'base64')
  if (salt.length < 8 || hash.length < 16) return null
  return { cost: { N, r, p }, salt, hash }
}

function derive(pin: string, salt: Buffer, length: number, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 }
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  )
}
