import { randomInt } from 'node:crypto'
import { REFERENCE_ALPHABET, REFERENCE_LENGTH } from '../../shared/kiosk-rules'

const MAX_TRIES = 1000

/** A booking reference no current booking uses. There are 25^5 codes, so a few tries find one. */
export function newReference(
  taken: ReadonlySet<string>,
  random: (max: number) => number = randomInt,
): string {
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    let code = ''
    for (let i = 0; i < REFERENCE_LENGTH; i++) code += REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)]
    if (!taken.has(code)) return code
  }
  throw new Error('No free booking reference')
}
