/** Where services read the time; tests and the e2e harness pass a clock they can move. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }
