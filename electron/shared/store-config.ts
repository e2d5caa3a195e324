import { z } from 'zod'
import { BrandIdSchema, IsoDateSchema, LanguageCodeSchema, ProvinceSchema, SituationIdSchema } from './ids'

const TaxComponentSchema = z.object({
  name: z.enum(['GST', 'HST', 'PST', 'QST', 'RST']),
  /** Percent, up to three decimals (Quebec's QST is 9.975). */
  ratePercent: z.number().min(0).max(30).multipleOf(0.001),
})
export type TaxComponent = z.infer<typeof TaxComponentSchema>

export const FeeEntrySchema = z.object({
  brand: BrandIdSchema,
  situation: SituationIdSchema,
  /** Integer cents before tax; null when no source gives the fee (the screen then says "ask staff"). */
  amountCents: z.number().int().min(0).max(100_000).nullable(),
  note: z.string().max(200),
  source: z.string().min(1, 'Say where the fee comes from').max(300),
  verifiedOn: IsoDateSchema,
  /** "verify": the fee is under review (for example the CRTC's 2026-155 show-cause proceeding). */
  status: z.enum(['confirmed', 'verify']),
})
export type FeeEntry = z.infer<typeof FeeEntrySchema>

const HoursSchema = z
  .object({ open: z.string().regex(/^\d{2}:\d{2}$/), close: z.string().regex(/^\d{2}:\d{2}$/) })
  .refine((h) => h.open < h.close, { message: 'Opening time must be before closing time' })

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

export const StoreConfigSchema = z
  .object({
    version: z.literal(1),
    store: z.object({
      name: z.string().min(1).max(60),
      address: z.string().min(1).max(160),
      province: ProvinceSchema,
      /** IANA zone for the store's local midnight and opening hours. */
      timeZone: z.string().min(1),
    }),
    brandsServed: z.array(BrandIdSchema).min(1),
    languages: z.object({
      enabled: z.array(LanguageCodeSchema).min(1),
      default: LanguageCodeSchema,
    }),
    idRules: z.object({
      /** How many valid government photo IDs a customer needs. */
      photoIdsRequired: z.number().int().min(1).max(3),
      nameMustMatchAccount: z.boolean(),
    }),
    fees: z.array(FeeEntrySchema),
    taxes: z.partialRecord(ProvinceSchema, z.array(TaxComponentSchema).min(1)),
    idle: z.object({
      stepSeconds: z.number().int().min(20).max(900),
      summarySeconds: z.number().int().min(20).max(900),
      doneSeconds: z.number().int().min(10).max(300),
      warningSeconds: z.number().int().min(20).max(120),
      staffStepSeconds: z.number().int().min(60).max(3600),
    }),
    printer: z.object({
      name: z.string().max(200).nullable(),
      paperWidthMm: z.union([z.literal(80), z.literal(58)]),
      timeoutSeconds: z.number().int().min(2).max(60),
    }),
    queue: z.object({
      ticketPrefix: z.string().regex(/^[A-Z]$/),
      defaultServiceMinutes: z.number().int().min(1).max(120),
    }),
    bookings: z.object({
      slotMinutes: z.number().int().min(10).max(120),
      capacityPerSlot: z.number().int().min(1).max(20),
      daysAhead: z.number().int().min(0).max(30),
      openingHours: z.object(
        Object.fromEntries(WEEKDAYS.map((d) => [d, HoursSchema.nullable()])) as {
          [D in (typeof WEEKDAYS)[number]]: z.ZodNullable<typeof HoursSchema>
        },
      ),
    }),
    staff: z.object({
      /** scrypt hash of the staff PIN; null until the first run sets one. */
      pinHash: z.string().nullable(),
    }),
    statistics: z.object({ keepDays: z.number().int().min(1).max(730) }),
  })
  .superRefine((config, ctx) => {
    if (!config.languages.enabled.includes(config.languages.default)) {
      ctx.addIssue({
        code: 'custom',
        path: ['languages', 'default'],
        message: 'The default language must be one of the enabled languages',
      })
    }
    if (!config.languages.enabled.includes('en') && !config.languages.enabled.includes('fr')) {
      ctx.addIssue({ code: 'custom', path: ['languages', 'enabled'], message: 'Enable English or French' })
    }
    if (config.store.province === 'QC' && !config.languages.enabled.includes('fr')) {
      ctx.addIssue({
        code: 'custom',
        path: ['languages', 'enabled'],
        message: 'A store in Quebec must offer French (Charter of the French Language)',
      })
    }
    if (!config.taxes[config.store.province]) {
      ctx.addIssue({
        code: 'custom',
        path: ['taxes', config.store.province],
        message: "Give the tax rates for the store's province",
      })
    }
    const seen = new Set<string>()
    config.fees.forEach((fee, index) => {
      const key = `${fee.brand}/${fee.situation}`
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['fees', index], message: `Two fees for ${key}` })
      }
      seen.add(key)
    })
  })

export type StoreConfig = z.infer<typeof StoreConfigSchema>

/** One line per problem, naming the field, for logs and the staff panel. */
export function describeConfigProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
}
