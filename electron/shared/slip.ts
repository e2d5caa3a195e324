import { z } from 'zod'
import { BrandIdSchema, LanguageCodeSchema, ProvinceSchema, SituationIdSchema } from './ids'
import { MissingItemCodeSchema, NotHereReasonSchema, StaffCheckIdSchema, VerdictKindSchema } from './journey'

/** How the customer will be seen: a walk-in ticket, an appointment, or neither yet. */
export const SlipVisitSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('walk-in'),
    ticket: z.string().regex(/^[A-Z]-\d{3}$/),
    waitMinutes: z.number().int().min(0).max(600),
  }),
  z.object({
    kind: z.literal('appointment'),
    startsAt: z.iso.datetime({ offset: true }),
    reference: z.string().regex(/^[A-Z0-9]{4,8}$/),
  }),
  z.object({ kind: z.literal('none') }),
])
export type SlipVisit = z.infer<typeof SlipVisitSchema>

export const SlipFeeSchema = z.object({
  /** Before tax, integer cents; null when the fee is unknown ("ask staff"). */
  amountCents: z.number().int().min(0).nullable(),
  taxes: z.array(
    z.object({ name: z.enum(['GST', 'HST', 'PST', 'QST', 'RST']), cents: z.number().int().min(0) }),
  ),
  totalCents: z.number().int().min(0).nullable(),
  verifiedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  status: z.enum(['confirmed', 'verify']),
})
export type SlipFee = z.infer<typeof SlipFeeSchema>

/**
 * Everything the printed slip shows, and nothing else: no name, no answers beyond the verdict's codes.
 * The slip page renders from this object alone.
 */
export const SlipDataSchema = z.object({
  /** One tap prints one slip: a repeated request with the same key is not printed again. */
  idempotencyKey: z.uuid(),
  language: LanguageCodeSchema,
  store: z.object({
    name: z.string().min(1).max(60),
    address: z.string().max(160),
    province: ProvinceSchema,
    /** IANA zone: the slip shows the time and the appointment in the store's local time. */
    timeZone: z.string().min(1).max(60),
  }),
  printedAt: z.iso.datetime({ offset: true }),
  brand: BrandIdSchema.nullable(),
  situation: SituationIdSchema.nullable(),
  verdict: VerdictKindSchema,
  missing: z.array(MissingItemCodeSchema).max(20),
  /** The store's rule, for the "bring N photo IDs" line. */
  photoIdsRequired: z.number().int().min(1).max(3),
  notHere: z.object({ reason: NotHereReasonSchema, brand: BrandIdSchema }).nullable(),
  visit: SlipVisitSchema,
  fee: SlipFeeSchema.nullable(),
  /** The brand's eSIM help page, for the QR code. */
  helpUrl: z
    .url({ protocol: /^https$/ })
    .max(300)
    .nullable(),
  assisted: z.object({ verifiedChecks: z.array(StaffCheckIdSchema).max(10) }).nullable(),
  paperWidthMm: z.union([z.literal(80), z.literal(58)]),
  /** A staff test print: the slip says "sample" so nobody takes it to the counter. */
  sample: z.literal(true).optional(),
})
export type SlipData = z.infer<typeof SlipDataSchema>
