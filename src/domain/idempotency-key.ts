/** Fills a buffer with random bytes; tests pass fixed ones. */
export type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => void

const cryptoRandom: RandomBytes = (bytes) => {
  crypto.getRandomValues(bytes)
}

/**
 * A random version-4 UUID for a print request's idempotency key. Built from getRandomValues, not
 * crypto.randomUUID, which browsers give to secure contexts only (the e2e harness serves over http).
 */
export function newIdempotencyKey(random: RandomBytes = cryptoRandom): string {
  const bytes = new Uint8Array(16)
  random(bytes)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40 // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80 // RFC 9562 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
