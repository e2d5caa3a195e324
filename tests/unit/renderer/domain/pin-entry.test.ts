import { describe, expect, it } from 'vitest'
import { appendDigit, formatCountdown, isValidPin, secondsUntil } from '@/domain/pin-entry'

describe('PIN entry', () => {
  it('adds digits up to eight', () => {
    expect(appendDigit('123', '4')).toBe('1234')
    expect(appendDigit('12345678', '9')).toBe('12345678')
  })

  it('ignores anything but one digit', () => {
    expect(appendDigit('12', 'a')).toBe('12')
    expect(appendDigit('12', '34')).toBe('12')
  })

  it.each([
    ['1234', true],
    ['12345678', true],
    ['123', false],
    ['', false],
  ])('%j is a valid PIN: %s', (pin, valid) => {
    expect(isValidPin(pin)).toBe(valid)
  })
})

describe('the lock countdown', () => {
  const until = '2026-06-30T14:00:30.000Z'
  const start = Date.parse('2026-06-30T14:00:00.000Z')

  it('rounds up, so it never shows 0 while still locked', () => {
    expect(secondsUntil(until, start)).toBe(30)
    expect(secondsUntil(until, start + 29_001)).toBe(1)
  })

  it('is 0 once the lock has passed', () => {
    expect(secondsUntil(until, start + 30_000)).toBe(0)
    expect(secondsUntil(until, start + 99_000)).toBe(0)
  })

  it.each([
    [30, '0:30'],
    [120, '2:00'],
    [599, '9:59'],
    [5, '0:05'],
  ])('shows %i seconds as %s', (seconds, text) => {
    expect(formatCountdown(seconds)).toBe(text)
  })
})
