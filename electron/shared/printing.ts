import { z } from 'zod'

/** One printer the system knows, for the staff settings' printer list. */
export const PrinterInfoSchema = z.object({
  /** The name `webContents.print` takes as deviceName; the config stores this one. */
  name: z.string(),
  displayName: z.string(),
  isDefault: z.boolean(),
})
export type PrinterInfo = z.infer<typeof PrinterInfoSchema>

/** A slip went to the printer. Failures are KioskResult errors (printer-not-configured, print-failed…). */
export const PrintReceiptSchema = z.object({
  status: z.literal('printed'),
  printer: z.string(),
})
export type PrintReceipt = z.infer<typeof PrintReceiptSchema>
