import { afterEach, describe, expect, it, vi } from 'vitest'
import type { KioskApi } from '@shared/contract'
import { fail, ok } from '@shared/result'
import {
  bookAppointment,
  bookingDays,
  findAppointment,
  joinWalkIn,
  openSlots,
  VisitError,
} from '@/services/visits'

function useKiosk(partial: Partial<KioskApi>): void {
  vi.stubGlobal('window', { kiosk: partial })
}

const APPOINTMENT = {
  reference: 'AC3F7',
  date: '2026-11-26',
  time: '10:30',
  startsAt: '2026-11-26T15:30:00.000Z',
  endsAt: '2026-11-26T16:00:00.000Z',
  brand: 'bell',
  situation: 'new-phone',
  checkedIn: false,
} as const

describe('the visits adapter', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('turns a queue ticket into the walk-in the slip shows', async () => {
    useKiosk({
      joinQueue: async () =>
        ok({ ticket: 'A-004', peopleAhead: 3, waitMinutes: 45, joinedAt: '2026-11-25T15:00:00.000Z' }),
    })
    await expect(joinWalkIn('bell', 'new-phone')).resolves.toEqual({
      kind: 'walk-in',
      ticket: 'A-004',
      waitMinutes: 45,
    })
  })

  it('offers only days and times with a place left', async () => {
    useKiosk({
      listBookingDays: async () =>
        ok([
          { date: '2026-11-25', remaining: 0 },
          { date: '2026-11-26', remaining: 4 },
        ]),
      listSlots: async () =>
        ok([
          {
            startsAt: '2026-11-26T15:00:00.000Z',
            endsAt: '2026-11-26T15:30:00.000Z',
            time: '10:00',
            remaining: 0,
          },
          {
            startsAt: '2026-11-26T15:30:00.000Z',
            endsAt: '2026-11-26T16:00:00.000Z',
            time: '10:30',
            remaining: 2,
          },
        ]),
    })
    await expect(bookingDays()).resolves.toEqual(['2026-11-26'])
    await expect(openSlots('2026-11-26')).resolves.toEqual([
      { startsAt: '2026-11-26T15:30:00.000Z', remaining: 2 },
    ])
  })

  it('sends a first name only when one was typed', async () => {
    const bookCall = vi.fn(async () => ok(APPOINTMENT))
    useKiosk({ bookAppointment: bookCall })
    await bookAppointment(APPOINTMENT.startsAt, 'bell', 'new-phone', '')
    await bookAppointment(APPOINTMENT.startsAt, 'bell', 'new-phone', 'Jo')
    expect(bookCall.mock.calls).toEqual([
      [{ startsAt: APPOINTMENT.startsAt, brand: 'bell', situation: 'new-phone' }],
      [{ startsAt: APPOINTMENT.startsAt, brand: 'bell', situation: 'new-phone', firstName: 'Jo' }],
    ])
  })

  it('keeps the codes a screen explains and calls anything else unavailable', async () => {
    useKiosk({
      checkIn: async () => fail('not-found', 'No booking AC3F7 today'),
      bookAppointment: async () => fail('slot-full', 'Full'),
      joinQueue: async () => fail('internal', 'Something broke'),
      listBookingDays: async () => {
        throw new Error('IPC gone')
      },
    })
    await expect(findAppointment('AC3F7')).rejects.toEqual(new VisitError('not-found'))
    await expect(bookAppointment(APPOINTMENT.startsAt, 'bell', 'new-phone', '')).rejects.toMatchObject({
      code: 'slot-full',
    })
    await expect(joinWalkIn('bell', 'new-phone')).rejects.toMatchObject({ code: 'unavailable' })
    await expect(bookingDays()).rejects.toMatchObject({ code: 'unavailable' })
  })
})
