/**
 * The kiosk's fixed vocabularies as plain lists, with no zod: the renderer imports these, so its
 * bundle doesn't carry the validation library. The schemas in ids.ts are built from the same lists.
 */
export const LANGUAGE_CODES = ['en', 'fr', 'zh-Hans', 'zh-Hant', 'pa', 'ar', 'es', 'tl'] as const
export type LanguageCode = (typeof LANGUAGE_CODES)[number]

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
export type Province = (typeof PROVINCES)[number]

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
export type BrandId = (typeof BRAND_IDS)[number]

export const SITUATION_IDS = ['lost-or-stolen', 'new-phone', 'damaged', 'esim-deleted', 'not-sure'] as const
export type SituationId = (typeof SITUATION_IDS)[number]

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
export type StepId = (typeof STEP_IDS)[number]
