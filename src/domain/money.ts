/** Dollars and cents in the customer's locale: "$15.00" in en-CA, "15,00 $" in fr-CA. */
export function formatMoney(cents: number, localeTag: string): string {
  return new Intl.NumberFormat(localeTag, { style: 'currency', currency: 'CAD' }).format(cents / 100)
}
