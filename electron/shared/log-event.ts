import { z } from 'zod'
import { StepIdSchema } from './ids'

/**
 * What the renderer may write to the log. Only fixed names and step ids: there is no free text,
 * so a customer's answer can't reach a log file.
 */
export const LogEventSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('renderer-ready') }),
  z.object({ event: z.literal('step-entered'), step: StepIdSchema }),
  z.object({ event: z.literal('session-reset'), reason: z.enum(['idle', 'start-over', 'finished']) }),
  z.object({ event: z.literal('renderer-error'), where: z.string().regex(/^[a-z0-9-]{1,40}$/) }),
])
export type LogEvent = z.infer<typeof LogEventSchema>
