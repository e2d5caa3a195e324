import { z } from 'zod'
import { BRAND_IDS, LANGUAGE_CODES, PROVINCES, SITUATION_IDS, STEP_IDS } from './id-lists'

export * from './id-lists'

/** Languages the kiosk can offer. A store enables a subset in its config. */
export const LanguageCodeSchema = z.enum(LANGUAGE_CODES)
export const ProvinceSchema = z.enum(PROVINCES)
export const BrandIdSchema = z.enum(BRAND_IDS)
export const SituationIdSchema = z.enum(SITUATION_IDS)
export const StepIdSchema = z.enum(STEP_IDS)

/** A calendar date as staff type it: YYYY-MM-DD. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-06-30')
