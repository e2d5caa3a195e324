import type { FeeEntry, StoreConfig } from '@shared/store-config'
import { formatDollars, parseDollars } from './money-input'

/** A fee as the form edits it: the amount as typed, or "ask staff" when no source gives one. */
export interface FeeForm extends Omit<FeeEntry, 'amountCents'> {
  askStaff: boolean
  dollars: string
}

/** The settings form: the config as it is, but fees with typed amounts. */
export interface SettingsForm {
  config: Omit<StoreConfig, 'fees'>
  fees: FeeForm[]
}

/** One problem with the form, at a config path ("store.name", "fees.2.amountCents"). */
export interface FieldProblem {
  path: string
  message: string
}

export const AMOUNT_PROBLEM = 'Type an amount in dollars, like 25.00'

export function formFromConfig(config: StoreConfig): SettingsForm {
  // A deep copy: the form is edited in place and must not touch the config customers are seeing.
  const { fees, ...rest } = structuredClone(config)
  return {
    config: rest,
    fees: fees.map(({ amountCents, ...fee }) => ({
      ...fee,
      askStaff: amountCents === null,
      dollars: amountCents === null ? '' : formatDollars(amountCents),
    })),
  }
}

/**
 * The config the form describes, and the amounts that aren't amounts. A fee whose amount can't be
 * read goes in as "ask staff" so the rest can still be checked; its problem keeps the form from saving.
 */
export function configFromForm(form: SettingsForm): { config: StoreConfig; problems: FieldProblem[] } {
  const problems: FieldProblem[] = []
  const fees = form.fees.map(({ askStaff, dollars, ...fee }, index): FeeEntry => {
    if (askStaff) return { ...fee, amountCents: null }
    const cents = parseDollars(dollars)
    if (cents === null) problems.push({ path: `fees.${index}.amountCents`, message: AMOUNT_PROBLEM })
    return { ...fee, amountCents: cents }
  })
  // Plain JSON: the form is a reactive proxy, which the IPC bridge can't clone.
  const config = JSON.parse(JSON.stringify({ ...form.config, fees })) as StoreConfig
  return { config, problems }
}

/** A new fee row for the first brand and situation that have none yet. */
export function newFeeRow(
  form: SettingsForm,
  today: string,
  brands: readonly FeeEntry['brand'][],
  situations: readonly FeeEntry['situation'][],
): FeeForm {
  const taken = new Set(form.fees.map((fee) => `${fee.brand}/${fee.situation}`))
  const free = brands
    .flatMap((brand) => situations.map((situation) => ({ brand, situation })))
    .find(({ brand, situation }) => !taken.has(`${brand}/${situation}`))
  const { brand, situation } = free ?? { brand: brands[0] ?? 'bell', situation: situations[0] ?? 'not-sure' }
  return {
    brand,
    situation,
    askStaff: true,
    dollars: '',
    note: '',
    source: '',
    verifiedOn: today,
    status: 'verify',
  }
}

/** The first problem with one field, if any. */
export function problemAt(problems: readonly FieldProblem[], path: string): string | null {
  return problems.find((problem) => problem.path === path)?.message ?? null
}
