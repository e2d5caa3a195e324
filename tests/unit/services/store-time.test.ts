import { describe, expect, it } from 'vitest'
import {
  addDays,
  localDate,
  localTime,
  weekdayOf,
  zonedInstant,
} from '../../../electron/main/services/store-time'

const TORONTO = 'America/Toronto'

describe("the store's calendar", () => {
  it.each([
    ['2026-11-01T03:59:00Z', '2026-10-31', '23:59'],
    ['2026-11-01T04:00:00Z', '2026-11-01', '00:00'],
    // After clocks go back, midnight is an hour later in UTC.
    ['2026-11-02T04:30:00Z', '2026-11-01', '23:30'],
    ['2026-11-02T05:00:00Z', '2026-11-02', '00:00'],
    ['2026-03-08T04:59:00Z', '2026-03-07', '23:59'],
    ['2026-03-08T05:00:00Z', '2026-03-08', '00:00'],
    ['2026-03-09T03:30:00Z', '2026-03-08', '23:30'],
    ['2026-03-09T04:00:00Z', '2026-03-09', '00:00'],
  ])('in Toronto, %s is %s at %s', (instant, date, time) => {
    expect(localDate(new Date(instant), TORONTO)).toBe(date)
    expect(localTime(new Date(instant), TORONTO)).toBe(time)
  })

  it.each([
    ['2026-03-07', '10:00', '2026-03-07T15:00:00.000Z'],
    ['2026-03-08', '12:00', '2026-03-08T16:00:00.000Z'],
    ['2026-10-31', '12:00', '2026-10-31T16:00:00.000Z'],
    ['2026-11-01', '12:00', '2026-11-01T17:00:00.000Z'],
    // Just after a change, the offset at the first guess is the wrong one.
    ['2026-03-08', '03:30', '2026-03-08T07:30:00.000Z'],
    ['2026-11-01', '03:00', '2026-11-01T08:00:00.000Z'],
    // 01:30 happens twice when clocks go back: the first one.
    ['2026-11-01', '01:30', '2026-11-01T05:30:00.000Z'],
  ])('finds the instant of %s %s in Toronto', (date, time, instant) => {
    expect(zonedInstant(date, time, TORONTO)?.toISOString()).toBe(instant)
  })

  it('knows 02:30 does not exist the day clocks go forward', () => {
    expect(zonedInstant('2026-03-08', '02:30', TORONTO)).toBeNull()
  })

  it('counts calendar days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('names the weekday of a date', () => {
    expect(weekdayOf('2026-11-25')).toBe('wed')
    expect(weekdayOf('2026-03-08')).toBe('sun')
  })
})
