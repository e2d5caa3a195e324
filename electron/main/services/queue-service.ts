import { z } from 'zod'
import { IsoDateSchema } from '../../shared/ids'
import { MAX_WAIT_MINUTES } from '../../shared/kiosk-rules'
import {
  TicketSchema,
  type JoinQueueInput,
  type JoinQueueOutput,
  type QueueStatus,
  type QueueToday,
  type Ticket,
} from '../../shared/queue'
import { fail, ok, type KioskResult } from '../../shared/result'
import type { StoreConfig } from '../../shared/store-config'
import { openJsonStore, type StorageContext } from './json-store'
import { localDate } from './store-time'

export const QUEUE_FILE_NAME = 'queue.json'

/** Only today's line is kept: at the store's local midnight it starts over, empty, from 001. */
const QueueFileSchema = z.object({
  version: z.literal(1),
  date: IsoDateSchema,
  tickets: z.array(TicketSchema),
})
type QueueFile = z.infer<typeof QueueFileSchema>

/** Tickets have three digits. */
const MAX_TICKETS_PER_DAY = 999

export interface QueueServiceOptions extends StorageContext {
  config: () => StoreConfig
}

export interface QueueService {
  /** The wait for someone who joined now. */
  status(): QueueStatus
  join(input: JoinQueueInput): Promise<KioskResult<JoinQueueOutput>>
  today(): QueueToday
  /** Calls the waiting ticket with the lowest number. */
  callNext(): Promise<KioskResult<Ticket>>
  markServed(ticket: string): Promise<KioskResult<Ticket>>
  markNoShow(ticket: string): Promise<KioskResult<Ticket>>
}

export async function createQueueService(options: QueueServiceOptions): Promise<QueueService> {
  const { clock, logger, config } = options
  const store = await openJsonStore<QueueFile>({
    ...options,
    fileName: QUEUE_FILE_NAME,
    schema: QueueFileSchema,
    empty: () => ({ version: 1, date: today(), tickets: [] }),
  })

  function today(): string {
    return localDate(clock.now(), config().store.timeZone)
  }

  function ticketsToday(file: QueueFile): Ticket[] {
    return file.date === today() ? file.tickets : []
  }

  /** A change made after midnight starts from an empty line. */
  function startToday(draft: QueueFile): void {
    const date = today()
    if (draft.date === date) return
    draft.date = date
    draft.tickets = []
  }

  function average(tickets: Ticket[]) {
    return averageServiceMinutes(tickets, config().queue.defaultServiceMinutes)
  }

  function close(number: string, status: 'served' | 'no-show'): Promise<KioskResult<Ticket>> {
    return store.update((draft) => {
      startToday(draft)
      const ticket = draft.tickets.find((t) => t.ticket === number)
      if (!ticket) return fail('not-found', `No ticket ${number} today`)
      if (ticket.status === 'served' || ticket.status === 'no-show') {
        return fail('ticket-already-closed', `Ticket ${number} is already ${ticket.status}`)
      }
      ticket.status = status
      ticket.closedAt = clock.now().toISOString()
      logger.log('info', 'queue-ticket-closed', { ticket: number, status })
      return ok({ ...ticket })
    })
  }

  return {
    status() {
      const tickets = ticketsToday(store.read())
      const waiting = countWaiting(tickets)
      const avg = average(tickets)
      return { waiting, waitMinutes: waitMinutes(waiting, avg.averageServiceMinutes), ...avg }
    },

    join({ brand, situation }) {
      return store.update((draft) => {
        startToday(draft)
        const number = draft.tickets.length + 1
        if (number > MAX_TICKETS_PER_DAY) return fail('queue-full', 'No more tickets today')
        const peopleAhead = countWaiting(draft.tickets)
        const joinedAt = clock.now().toISOString()
        const ticket = `${config().queue.ticketPrefix}-${String(number).padStart(3, '0')}`
        draft.tickets.push({
          ticket,
          brand,
          situation,
          status: 'waiting',
          joinedAt,
          calledAt: null,
          closedAt: null,
        })
        const { averageServiceMinutes: avg } = average(draft.tickets)
        logger.log('info', 'queue-joined', { ticket, peopleAhead })
        return ok({ ticket, peopleAhead, waitMinutes: waitMinutes(peopleAhead, avg), joinedAt })
      })
    },

    today() {
      const tickets = ticketsToday(store.read())
      return { date: today(), tickets, waiting: countWaiting(tickets), ...average(tickets) }
    },

    callNext() {
      return store.update((draft) => {
        startToday(draft)
        const next = draft.tickets.find((t) => t.status === 'waiting')
        if (!next) return fail('queue-empty', 'Nobody is waiting')
        next.status = 'called'
        next.calledAt = clock.now().toISOString()
        logger.log('info', 'queue-called', { ticket: next.ticket })
        return ok({ ...next })
      })
    },

    markServed: (ticket) => close(ticket, 'served'),
    markNoShow: (ticket) => close(ticket, 'no-show'),
  }
}

function countWaiting(tickets: Ticket[]): number {
  return tickets.filter((t) => t.status === 'waiting').length
}

function waitMinutes(peopleAhead: number, averageMinutes: number): number {
  return Math.min(MAX_WAIT_MINUTES, peopleAhead * averageMinutes)
}

/**
 * The average time from "called" to "served" over today's tickets; the configured default until one
 * has been served (a ticket served without being called says nothing about the time it took).
 */
export function averageServiceMinutes(
  tickets: Ticket[],
  defaultMinutes: number,
): { averageServiceMinutes: number; averageLearned: boolean } {
  const durations = tickets.flatMap((t) =>
    t.status === 'served' && t.calledAt && t.closedAt
      ? [Date.parse(t.closedAt) - Date.parse(t.calledAt)]
      : [],
  )
  if (durations.length === 0) return { averageServiceMinutes: defaultMinutes, averageLearned: false }
  const meanMinutes = durations.reduce((sum, d) => sum + d, 0) / durations.length / 60_000
  return { averageServiceMinutes: Math.max(1, Math.round(meanMinutes)), averageLearned: true }
}
