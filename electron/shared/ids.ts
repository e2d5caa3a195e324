import { z } from 'zod'

/** Languages the kiosk can offer. A store enables a subset in its config. */
export const LANGUAGE_CODES = ['en', 'fr', 'zh-Hans', 'zh-Hant', 'pa', 'ar', 'es', 'tl'] as const
export const LanguageCodeSchema = z.enum(LANGUAGE_CODES)
export type LanguageCode = z.infer<typeof LanguageCodeSchema>

export const PROVINCES = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
] as const
export const ProvinceSchema = z.enum(PROVINCES)
export type Province = z.infer<typeof ProvinceSchema>

export const BRAND_IDS = [
  'bell',
  'virgin-plus',
  'lucky-mobile',
  'rogers',
  'fido',
  'chatr',
  'telus',
  'koodo',
  'public-mobile',
  'freedom-mobile',
  'videotron',
  'fizz',
  'sasktel',
  'eastlink',
] as const
export const BrandIdSchema = z.enum(BRAND_IDS)
export type BrandId = z.infer<typeof BrandIdSchema>

export const SITUATION_IDS = ['lost-or-stolen', 'new-phone', 'damaged', 'esim-deleted', 'not-sure'] as const
export const SituationIdSchema = z.enum(SITUATION_IDS)
export type SituationId = z.infer<typeof SituationIdSchema>

/** The journey's steps, in order. Each view's root carries `data-step` with its id. */
export const STEP_IDS = [
  'welcome',
  'language',
  'situation',
  'carrier',
  'account',
  'id',
  'device',
  'appointment',
  'fees',
  'summary',
  'done',
] as const
export const StepIdSchema = z.enum(STEP_IDS)
export type StepId = z.infer<typeof StepIdSchema>

/** A calendar date as staff type it: YYYY-MM-DD. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-06-30')
