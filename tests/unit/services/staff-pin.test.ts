import { describe, expect, it } from 'vitest'
import { hashPin, isPinHash, verifyPin } from '../../../electron/main/services/staff-pin'
import { PinSchema } from '../../../electron/shared/staff'

const FAST = { N: 1024, r: 8, p: 1 }

describe('the staff PIN hash', () => {
  it('is a self-describing scrypt string with the default cost', async () => {
    const hash = await hashPin('4821')
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/)
    expect(hash).not.toContain('4821')
    expect(await verifyPin('4821', hash)).toBe(true)
  })

  it('is salted: the same PIN twice gives two different hashes', async () => {
    const [a, b] = await Promise.all([hashPin('4821', FAST), hashPin('4821', FAST)])
    expect(a).not.toBe(b)
    expect(await verifyPin('4821', a)).toBe(true)
    expect(await verifyPin('4821', b)).toBe(true)
  })

  it.each(['4822', '482', '48210', ''])('does not verify the wrong PIN %j', async (wrong) => {
    expect(await verifyPin(wrong, await hashPin('4821', FAST))).toBe(false)
  })

  it.each([
    ['not a hash', 'hello'],
    ['another algorithm', 'bcrypt$10$abc$def$ghi$jkl'],
    ['a cost that would take gigabytes', `scrypt$${2 ** 24}$8$1$AAAAAAAAAAAAAAAAAAAAAA==$${'A'.repeat(43)}=`],
    ['a cost that is not a power of two', `scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$${'A'.repeat(43)}=`],
    ['no salt', `scrypt$1024$8$1$$${'A'.repeat(43)}=`],
  ])('refuses %s instead of verifying against it', async (_what, stored) => {
    expect(isPinHash(stored)).toBe(false)
    expect(await verifyPin('4821', stored)).toBe(false)
  })

  it.each([
    ['1234', true],
    ['12345678', true],
    ['123', false],
    ['123456789', false],
    ['12a4', false],
    [' 1234', false],
  ])('accepts %j as a PIN: %s', (pin, valid) => {
    expect(PinSchema.safeParse(pin).success).toBe(valid)
  })
})
