import type { MessageSchema } from './en'

/**
 * Sections only staff read. Staff work in English or French, so only en.ts and fr.ts must carry them;
 * in any other language those screens fall back to English.
 */
export type StaffOnlySection = Extract<keyof MessageSchema, 'staff'>

/** Everything a customer can see: every customer language must translate all of it. */
export type CustomerMessages = Omit<MessageSchema, StaffOnlySection>

export type { MessageSchema }
