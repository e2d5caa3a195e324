import { describe, expect, it } from 'vitest'
import { formatDollars, parseDollars } from '@/staff/money-input'

describe('parseDollars', () => {
  it.each([
    ['25', 2500],
    ['25.5', 2550],
    ['25.50', 2550],
    ['25,50', 2550],
    ['$25.00', 2500],
    ['25,00 $', 2500],
    ['  0.99 ', 99],
    ['0', 0],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseDollars(text)).toBe(cents)
  })

  it.each(['', 'abc', '-5', '25.505', '25.', '1e3', '25 dollars', '1.000,00'])('refuses %j', (text) => {
    expect(parseDollars(text)).toBeNull()
  })
})

describe('formatDollars', () => {
  it.each([
    [2500, '25.00'],
    [2550, '25.50'],
    [5, '0.05'],
    [0, '0.00'],
  ])('shows %i cents as %j', (cents, text) => {
    expect(formatDollars(cents)).toBe(text)
  })

  it('round-trips through parseDollars', () => {
    for (const cents of [0, 1, 99, 100, 1695, 100_000]) expect(parseDollars(formatDollars(cents))).toBe(cents)
  })
})
