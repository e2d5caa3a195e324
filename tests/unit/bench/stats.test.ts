import { describe, expect, it } from 'vitest'
import { distribution, median, percentile } from '../../../bench/stats'

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i)

  it.each([
    [50, 50],
    [95, 95],
    [99, 99],
    [100, 100],
    [0, 1],
  ])('p%i of 1..100 (shuffled) is %i', (p, expected) => {
    expect(percentile(hundred, p)).toBe(expected)
  })

  it('of a single value is that value, whatever p', () => {
    expect(percentile([7], 95)).toBe(7)
  })

  it('of 20 values, p95 is the 19th smallest, not the largest', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1)
    expect(percentile(values, 95)).toBe(19)
  })

  it('is NaN for no values, so an empty run never passes a budget', () => {
    expect(percentile([], 95)).toBeNaN()
  })

  it('refuses a p outside 0..100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError)
  })

  it('does not reorder the caller’s list', () => {
    const values = [3, 1, 2]
    percentile(values, 50)
    expect(values).toEqual([3, 1, 2])
  })
})

describe('median', () => {
  it('is the middle value of an odd count', () => {
    expect(median([9, 1, 5])).toBe(5)
  })

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN()
  })
})

describe('distribution', () => {
  it('gives n, p50, p95 and max', () => {
    expect(distribution([10, 20, 30, 40])).toEqual({ n: 4, p50: 20, p95: 40, max: 40 })
  })
})
