import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BOOKINGS_FILE_NAME, createBookingsService } from '../../../electron/main/services/bookings-service'
import { BookAppointmentInputSchema, CheckInInputSchema } from '../../../electron/shared/bookings'
import { REFERENCE_ALPHABET } from '../../../electron/shared/kiosk-rules'
import type { StoreConfig } from '../../../electron/shared/store-config'
import { faultyWriter, storageContext } from '../../support/service-context'
import { readDefaultConfig } from '../../support/store-configs'
import { TestClock } from '../../support/test-clock'

/** Wednesday 2026-11-25, 10:00 in Toronto; the default store opens 10:00–20:00 on weekdays. */
const NOW = '2026-11-25T15:00:00Z'
const toronto = (date: string, time: string, offsetHours = 5) =>
  new Date(`${date}T${time}:00-0${offsetHours}:00`).toISOString()

async function setup(
  options: {
    start?: string
    dataDir?: string
    writer?: ReturnType<typeof faultyWriter>
    config?: (config: StoreConfig) => StoreConfig
  } = {},
) {
  const clock = new TestClock(options.start ?? NOW)
  const context = storageContext({ clock, dataDir: options.dataDir, writer: options.writer?.writer })
  const config = (options.config ?? ((c) => c))(readDefaultConfig())
  const bookings = await createBookingsService({ ...context, config: () => config })
  const book = async (startsAt: string, firstName?: string) => {
    const result = await bookings.book({ startsAt, brand: 'rogers', situation: 'new-phone', firstName })
    if (!result.ok) throw new Error(result.error.code)
    return result.value
  }
  return { bookings, clock, context, book }
}

const withCapacity = (capacityPerSlot: number) => (config: StoreConfig) => ({
  ...config,
  bookings: { ...config.bookings, capacityPerSlot },
})

describe('bookable slots', () => {
  it("run from opening to closing in the store's time, and only those still ahead are offered", async () => {
    const { bookings } = await setup()
    const result = await bookings.slots('2026-11-25')
    if (!result.ok) throw new Error(result.error.code)
    // 10:00 has started; 10:30 … 19:30 remain.
    expect(result.value).toHaveLength(19)
    expect(result.value[0]).toEqual({
      startsAt: '2026-11-25T15:30:00.000Z',
      endsAt: '2026-11-25T16:00:00.000Z',
      time: '10:30',
      remaining: 2,
    })
    expect(result.value.at(-1)?.time).toBe('19:30')
  })

  it.each([
    ['the day before clocks go forward', '2026-03-07', '10:00', '2026-03-07T15:00:00.000Z'],
    ['the day clocks go forward', '2026-03-08', '12:00', '2026-03-08T16:00:00.000Z'],
    ['the day before clocks go back', '2026-10-31', '10:00', '2026-10-31T14:00:00.000Z'],
    ['the day clocks go back', '2026-11-01', '12:00', '2026-11-01T17:00:00.000Z'],
  ])('start at opening time on %s', async (_day, date, time, startsAt) => {
    const { bookings } = await setup({ start: `${date}T00:00:00-12:00` })
    const result = await bookings.slots(date)
    expect(result.ok && result.value[0]).toMatchObject({ time, startsAt })
  })

  it('are not taken on a closed day, which is not offered as a booking day', async () => {
    const { bookings } = await setup({
      config: (c) => ({
        ...c,
        bookings: { ...c.bookings, openingHours: { ...c.bookings.openingHours, sun: null } },
      }),
    })
    expect(await bookings.slots('2026-11-29')).toEqual({ ok: true, value: [] })
    const days = (await bookings.days()).map((d) => d.date)
    expect(days).toEqual([
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ])
  })

  it('leave out today once its last slot has started', async () => {
    const { bookings } = await setup({ start: '2026-11-26T00:31:00Z' }) // 19:31 in Toronto
    expect((await bookings.days())[0]?.date).toBe('2026-11-26')
  })

  it('say how many places each day still has', async () => {
    const { bookings, book } = await setup()
    await book(toronto('2026-11-26', '10:00'))
    const days = await bookings.days()
    expect(days[0]).toEqual({ date: '2026-11-25', remaining: 38 })
    expect(days[1]).toEqual({ date: '2026-11-26', remaining: 39 })
  })

  it('refuse a past date with date-in-past, and a date too far ahead with date-not-offered', async () => {
    const { bookings } = await setup()
    expect(await bookings.slots('2026-11-24')).toMatchObject({ ok: false, error: { code: 'date-in-past' } })
    expect(await bookings.slots('2026-12-02')).toMatchObject({ ok: true })
    expect(await bookings.slots('2026-12-03')).toMatchObject({
      ok: false,
      error: { code: 'date-not-offered' },
    })
  })
})

describe('booking a slot', () => {
  it('gives a short reference in letters nobody misreads', async () => {
    const { book } = await setup()
    const appointment = await book(toronto('2026-11-25', '14:00'), 'Marie-Ève')
    expect(appointment).toMatchObject({
      date: '2026-11-25',
      time: '14:00',
      startsAt: '2026-11-25T19:00:00.000Z',
      brand: 'rogers',
      situation: 'new-phone',
      checkedIn: false,
    })
    expect(appointment.reference).toMatch(new RegExp(`^[${REFERENCE_ALPHABET}]{5}$`))
    expect(appointment.reference).not.toMatch(/[0O1IL]/)
    expect(appointment).not.toHaveProperty('firstName')
  })

  it('takes each slot only up to its capacity', async () => {
    const { bookings, book } = await setup()
    const slot = toronto('2026-11-25', '14:00')
    await book(slot)
    await book(slot)
    const third = await bookings.book({ startsAt: slot, brand: 'bell', situation: 'damaged' })
    expect(third).toMatchObject({ ok: false, error: { code: 'slot-full' } })
    const slots = await bookings.slots('2026-11-25')
    expect(slots.ok && slots.value.find((s) => s.time === '14:00')?.remaining).toBe(0)
    expect(slots.ok && slots.value.find((s) => s.time === '14:30')?.remaining).toBe(2)
  })

  it('gives the last place to only one of two customers booking at the same moment', async () => {
    const { bookings } = await setup({ config: withCapacity(1) })
    const input = { startsAt: toronto('2026-11-25', '15:00'), brand: 'bell', situation: 'damaged' } as const
    const results = await Promise.all([bookings.book(input), bookings.book(input)])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, error: expect.objectContaining({ code: 'slot-full' }) },
    ])
  })

  it.each([
    ['a slot that has started', toronto('2026-11-25', '10:00'), 'slot-in-past'],
    ['yesterday', toronto('2026-11-24', '14:00'), 'slot-in-past'],
    ['a time between slots', toronto('2026-11-25', '14:15'), 'slot-not-offered'],
    ['a time after closing', toronto('2026-11-25', '20:00'), 'slot-not-offered'],
    ['a day beyond the days ahead', toronto('2026-12-03', '14:00'), 'slot-not-offered'],
  ])('refuses %s', async (_what, startsAt, code) => {
    const { bookings } = await setup()
    const result = await bookings.book({ startsAt, brand: 'bell', situation: 'damaged' })
    expect(result).toMatchObject({ ok: false, error: { code } })
    expect((await bookings.list('2026-11-25')).bookings).toEqual([])
  })

  it('accepts the slot written with an offset instead of Z', async () => {
    const { book } = await setup()
    expect((await book('2026-11-25T14:00:00-05:00')).time).toBe('14:00')
  })

  it('keeps an empty first name as none', async () => {
    const { bookings, book } = await setup()
    await book(toronto('2026-11-25', '14:00'), '')
    expect((await bookings.list()).bookings[0]?.firstName).toBeNull()
  })

  it('refuses with storage-failed when the disk is full, and the place stays free', async () => {
    const writer = faultyWriter()
    const { bookings } = await setup({ writer, config: withCapacity(1) })
    writer.failWith('ENOSPC')
    const slot = toronto('2026-11-25', '14:00')
    const result = await bookings.book({ startsAt: slot, brand: 'bell', situation: 'damaged' })
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } })
    const slots = await bookings.slots('2026-11-25')
    expect(slots.ok && slots.value.find((s) => s.time === '14:00')?.remaining).toBe(1)
  })
})

describe('the first name on a booking', () => {
  it.each([['Marie-Ève'], ["O'Neil"], ['O’Brien'], ['J.P.'], ['Anh Thư'], ['李'], ['']])(
    'may be %j',
    (firstName) => {
      const input = { startsAt: NOW, brand: 'bell', situation: 'damaged', firstName }
      expect(BookAppointmentInputSchema.safeParse(input).success).toBe(true)
    },
  )

  it.each([['A'.repeat(21)], ['Bob123'], ['bob@example.com'], ['<script>'], ['-Bob']])(
    'may not be %j',
    (firstName) => {
      const input = { startsAt: NOW, brand: 'bell', situation: 'damaged', firstName }
      expect(BookAppointmentInputSchema.safeParse(input).success).toBe(false)
    },
  )
})

describe('checking in', () => {
  it('finds today’s appointment by its reference, typed in any case, and marks it checked in', async () => {
    const { bookings, book, clock } = await setup()
    const { reference } = await book(toronto('2026-11-25', '14:00'), 'Sam')
    clock.set('2026-11-25T18:50:00Z')
    const input = CheckInInputSchema.parse({ reference: ` ${reference.toLowerCase()} ` })

    const result = await bookings.checkIn(input)

    expect(result).toMatchObject({ ok: true, value: { reference, time: '14:00', checkedIn: true } })
    expect(result.ok && result.value).not.toHaveProperty('firstName')
    expect((await bookings.list()).bookings[0]).toMatchObject({
      firstName: 'Sam',
      checkedIn: true,
      checkedInAt: '2026-11-25T18:50:00.000Z',
    })
  })

  it('checking in twice gives the same appointment', async () => {
    const { bookings, book } = await setup()
    const { reference } = await book(toronto('2026-11-25', '14:00'))
    await bookings.checkIn({ reference })
    expect(await bookings.checkIn({ reference })).toMatchObject({
      ok: true,
      value: { reference, checkedIn: true },
    })
  })

  it('finds it by its time when it is the only one then', async () => {
    const { bookings, book } = await setup()
    const { reference } = await book(toronto('2026-11-25', '14:00'))
    expect(await bookings.checkIn({ time: '14:00' })).toMatchObject({ ok: true, value: { reference } })
  })

  it('lists today’s booked times not yet checked in, once each and in order, without names', async () => {
    const { bookings, book, clock } = await setup()
    await book(toronto('2026-11-25', '15:30'), 'Ana')
    await book(toronto('2026-11-25', '14:00'), 'Bo')
    await book(toronto('2026-11-25', '14:00'))
    const { reference } = await book(toronto('2026-11-25', '11:00'))
    await book(toronto('2026-11-26', '12:00'))
    await bookings.checkIn({ reference })
    expect(await bookings.checkInTimes()).toEqual(['14:00', '15:30'])
    clock.set('2026-11-26T15:00:00Z')
    expect(await bookings.checkInTimes()).toEqual(['12:00'])
  })

  it('asks for the reference when two appointments share the time', async () => {
    const { bookings, book } = await setup()
    await book(toronto('2026-11-25', '14:00'))
    await book(toronto('2026-11-25', '14:00'))
    expect(await bookings.checkIn({ time: '14:00' })).toMatchObject({
      ok: false,
      error: { code: 'booking-ambiguous' },
    })
  })

  it.each([[{ reference: 'ACDEF' }], [{ time: '15:00' }]])('answers not-found for %j', async (input) => {
    const { bookings, book } = await setup()
    await book(toronto('2026-11-25', '14:00'))
    expect(await bookings.checkIn(input)).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('says an appointment on another day is not today', async () => {
    const { bookings, book } = await setup()
    const { reference } = await book(toronto('2026-11-27', '14:00'))
    expect(await bookings.checkIn({ reference })).toMatchObject({
      ok: false,
      error: { code: 'booking-not-today' },
    })
  })
})

describe('staff and bookings', () => {
  it("list a day's bookings in time order, names included", async () => {
    const { bookings, book } = await setup()
    await book(toronto('2026-11-25', '16:00'), 'Lee')
    await book(toronto('2026-11-25', '11:00'), 'Ana')
    await book(toronto('2026-11-26', '11:00'), 'Bo')
    const today = await bookings.list()
    expect(today.date).toBe('2026-11-25')
    expect(today.bookings.map((b) => [b.time, b.firstName])).toEqual([
      ['11:00', 'Ana'],
      ['16:00', 'Lee'],
    ])
    expect((await bookings.list('2026-11-26')).bookings.map((b) => b.firstName)).toEqual(['Bo'])
  })

  it('cancel a booking, which frees its place and deletes it', async () => {
    const { bookings, book, context } = await setup({ config: withCapacity(1) })
    const slot = toronto('2026-11-25', '14:00')
    const { reference } = await book(slot, 'Kim')
    expect(await bookings.cancel(reference)).toEqual({ ok: true, value: null })
    expect(await bookings.cancel(reference)).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect((await bookings.list()).bookings).toEqual([])
    expect(readFileSync(join(context.dataDir, BOOKINGS_FILE_NAME), 'utf8')).not.toContain('Kim')
    expect((await bookings.book({ startsAt: slot, brand: 'bell', situation: 'damaged' })).ok).toBe(true)
  })
})

describe('retention', () => {
  it('deletes a booking and its first name from every file once its day is over', async () => {
    const { bookings, book, clock, context } = await setup()
    await book(toronto('2026-11-25', '14:00'), 'Priya')
    await book(toronto('2026-11-26', '14:00'), 'Tomas')
    clock.set('2026-11-26T05:00:00Z') // midnight in Toronto

    await bookings.days()

    const files = readdirSync(context.dataDir).map((name) =>
      readFileSync(join(context.dataDir, name), 'utf8'),
    )
    expect(files.join('\n')).not.toContain('Priya')
    expect(files.join('\n')).toContain('Tomas')
  })

  it('deletes past bookings when the kiosk starts', async () => {
    const first = await setup()
    await first.book(toronto('2026-11-25', '14:00'), 'Priya')
    await setup({ dataDir: first.context.dataDir, start: '2026-11-27T15:00:00Z' })
    expect(readFileSync(join(first.context.dataDir, BOOKINGS_FILE_NAME), 'utf8')).not.toContain('Priya')
  })

  it('keeps bookings over a restart on the same day', async () => {
    const first = await setup()
    const { reference } = await first.book(toronto('2026-11-25', '14:00'), 'Priya')
    const second = await setup({ dataDir: first.context.dataDir })
    expect((await second.bookings.list()).bookings.map((b) => b.reference)).toEqual([reference])
  })
})
