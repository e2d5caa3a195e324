import { z } from 'zod'
import { BrandIdSchema, IsoDateSchema, SituationIdSchema } from './ids'
import { MAX_WAIT_MINUTES } from './kiosk-rules'

/** A walk-in ticket as printed: the store's letter and a number that starts over each store-local day. */
export const TicketNumberSchema = z.string().regex(/^[A-Z]-\d{3}$/, 'A ticket looks like A-001')

/** waiting → called → served | no-show; staff may also close a ticket that was never called. */
export const TICKET_STATUSES = ['waiting', 'called', 'served', 'no-show'] as const
export const TicketStatusSchema = z.enum(TICKET_STATUSES)
export type TicketStatus = z.infer<typeof TicketStatusSchema>

const InstantSchema = z.iso.datetime()
const WaitMinutesSchema = z.number().int().min(0).max(MAX_WAIT_MINUTES)

/** One ticket as staff see it. Holds no customer data: brand and situation only, for the counter. */
export const TicketSchema = z.object({
  ticket: TicketNumberSchema,
  brand: BrandIdSchema,
  situation: SituationIdSchema,
  status: TicketStatusSchema,
  joinedAt: InstantSchema,
  calledAt: InstantSchema.nullable(),
  /** When it was marked served or no-show. */
  closedAt: InstantSchema.nullable(),
})
export type Ticket = z.infer<typeof TicketSchema>

export const JoinQueueInputSchema = z.strictObject({ brand: BrandIdSchema, situation: SituationIdSchema })
export type JoinQueueInput = z.infer<typeof JoinQueueInputSchema>

export const JoinQueueOutputSchema = z.object({
  ticket: TicketNumberSchema,
  /** Tickets still waiting before this one. */
  peopleAhead: z.number().int().min(0),
  /** peopleAhead × the average service time, capped at MAX_WAIT_MINUTES. */
  waitMinutes: WaitMinutesSchema,
  joinedAt: InstantSchema,
})
export type JoinQueueOutput = z.infer<typeof JoinQueueOutputSchema>

const AverageSchema = {
  /** Average minutes from "called" to "served" today, or the configured default until one is served. */
  averageServiceMinutes: z.number().int().min(1),
  /** True when the average comes from today's served tickets, false when it is the configured default. */
  averageLearned: z.boolean(),
}

/** What a customer sees before joining: how many are waiting and the wait if they joined now. */
export const QueueStatusSchema = z.object({
  waiting: z.number().int().min(0),
  waitMinutes: WaitMinutesSchema,
  ...AverageSchema,
})
export type QueueStatus = z.infer<typeof QueueStatusSchema>

/** Today's line for the staff panel, in ticket order. */
export const QueueTodaySchema = z.object({
  date: IsoDateSchema,
  tickets: z.array(TicketSchema),
  waiting: z.number().int().min(0),
  ...AverageSchema,
})
export type QueueToday = z.infer<typeof QueueTodaySchema>

export const TicketActionInputSchema = z.strictObject({ ticket: TicketNumberSchema })
