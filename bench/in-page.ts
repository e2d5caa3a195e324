/**
 * Code that runs inside the kiosk page. Each exported function is handed to Playwright
 * (addInitScript), which serializes it, so it must not use anything from outside its own body.
 *
 * Timing uses the browser's real clock: the harness installs Playwright's fake clock, whose
 * originals stay reachable as `__pwClock.builtins`.
 */

/** A step of a scripted journey: tap a button by its words, or an element by a CSS selector. */
export interface JourneyStep {
  tap?: string
  select?: string
  /** The screen (data-screen) the tap leads to. */
  then?: string
  /** An element the tap makes appear on the same screen. */
  waitFor?: string
}

export interface TapSample {
  from: string
  to: string
  /** From pointerdown to the frame after the new screen is in the DOM. */
  ms: number
  /** Of which: finger down to finger up, the part the app can't act on (a tap fires on the way up). */
  downToUpMs: number
}

export interface BenchDriver {
  screen(): string | null
  /** Scrolls the step's target into view and returns its centre, for a real touch from Playwright. */
  targetCentre(step: JourneyStep): Promise<{ x: number; y: number }>
  /** The next pointerdown starts a tap-to-next-screen measurement. */
  armTap(): void
  tapSample(index: number): Promise<TapSample>
  /** Runs steps with synthetic clicks, as fast as the page goes: for the thousand-session run. */
  run(steps: readonly JourneyStep[]): Promise<void>
  waitFor(selector: string): Promise<void>
  has(selector: string): boolean
}

export type BenchWindow = Window & {
  __bench?: BenchDriver
  __benchStart?: Promise<number>
  /** Exposed by the bench: the start probe reports through it, so nothing polls the page meanwhile. */
  __benchStartReport?: (ms: number) => void
  __pwClock?: { builtins: RealTimers }
}

interface RealTimers {
  setTimeout: (handler: () => void, ms: number) => number
  clearTimeout: (id: number) => void
  requestAnimationFrame: (callback: () => void) => number
  performance: Performance
}

/**
 * Init script: resolves `window.__benchStart` with the milliseconds from navigation start to the
 * moment `selector` is in the page and a frame with it has been painted (the screen accepts a tap),
 * and reports them through `__benchStartReport` when the bench exposed it.
 */
export function startProbe(selector: string): void {
  const page = window as BenchWindow
  const fallback: RealTimers = {
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    requestAnimationFrame: window.requestAnimationFrame.bind(window),
    performance: window.performance,
  }
  const real = (): RealTimers => page.__pwClock?.builtins ?? fallback
  page.__benchStart = new Promise<number>((resolve) => {
    const painted = () =>
      real().requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          const ms = real().performance.now()
          resolve(ms)
          page.__benchStartReport?.(ms)
        }
        channel.port2.postMessage(null)
      })
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return
      observer.disconnect()
      painted()
    })
    observer.observe(document, { childList: true, subtree: true })
  })
}

/** Init script: installs `window.__bench`, the in-page driver and tap timer. */
export function installBenchDriver(): void {
  const page = window as BenchWindow
  const fallback: RealTimers = {
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    requestAnimationFrame: window.requestAnimationFrame.bind(window),
    performance: window.performance,
  }
  const real = (): RealTimers => page.__pwClock?.builtins ?? fallback
  const WAIT_MS = 10_000

  // innerText, not textContent: a choice's label and detail are separate lines on screen.
  const words = (element: HTMLElement) => element.innerText.replace(/[✓←]/g, '').replace(/\s+/g, ' ').trim()

  function findButton(label: string): HTMLButtonElement | null {
    const buttons = [...document.querySelectorAll('button')].filter((button) => !button.disabled)
    return (
      buttons.find((button) => words(button) === label) ??
      buttons.find((button) => words(button).startsWith(`${label} `)) ??
      null
    )
  }

  function target(step: JourneyStep): HTMLElement | null {
    if (step.select) return document.querySelector<HTMLElement>(step.select)
    if (step.tap) return findButton(step.tap)
    throw new Error('A journey step needs `tap` or `select`')
  }

  const screen = () => document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? null

  /** Resolves with the probe's first truthy answer, checked on every DOM change and every 25 ms. */
  function waitFor<T>(probe: () => T | null | undefined | false, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timers = real()
      let poll = 0
      const finish = (value: T | null, error: Error | null) => {
        observer.disconnect()
        timers.clearTimeout(poll)
        timers.clearTimeout(deadline)
        if (error) reject(error)
        else resolve(value as T)
      }
      const check = () => {
        const value = probe()
        if (value) finish(value, null)
        return Boolean(value)
      }
      const observer = new MutationObserver(() => void check())
      const deadline = timers.setTimeout(
        () => finish(null, new Error(`Timed out waiting for ${what} (on screen ${screen()})`)),
        WAIT_MS,
      )
      const repeat = () => {
        if (!check()) poll = timers.setTimeout(repeat, 25)
      }
      observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true })
      repeat()
    })
  }

  /** A frame after the change has been produced and painted: rAF, then the task after it. */
  function afterNextPaint(): Promise<number> {
    return new Promise((resolve) =>
      real().requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(real().performance.now())
        channel.port2.postMessage(null)
      }),
    )
  }

  const taps = { armed: false, samples: [] as TapSample[], liftedAt: Number.NaN }
  window.addEventListener('pointerup', () => (taps.liftedAt = real().performance.now()), {
    capture: true,
    passive: true,
  })
  window.addEventListener(
    'pointerdown',
    () => {
      if (!taps.armed) return
      taps.armed = false
      taps.liftedAt = Number.NaN
      const started = real().performance.now()
      const from = screen() ?? 'none'
      const sample = (to: string, ms: number) =>
        taps.samples.push({ from, to, ms, downToUpMs: taps.liftedAt - started })
      waitFor(() => screen() !== from && screen(), `a screen after ${from}`)
        .then(afterNextPaint)
        .then(
          (painted) => sample(screen() ?? 'none', painted - started),
          () => sample('timeout', Number.NaN),
        )
    },
    { capture: true, passive: true },
  )

  page.__bench = {
    screen,
    async targetCentre(step) {
      const element = await waitFor(() => target(step), step.tap ?? step.select ?? '?')
      element.scrollIntoView({ block: 'center', behavior: 'instant' })
      const box = element.getBoundingClientRect()
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    },
    armTap() {
      taps.armed = true
    },
    tapSample(index) {
      return waitFor(() => taps.samples[index], `tap sample ${index}`)
    },
    async run(steps) {
      for (const step of steps) {
        const element = await waitFor(() => target(step), `“${step.tap ?? step.select}”`)
        element.click()
        if (step.then) await waitFor(() => screen() === step.then, `screen ${step.then}`)
        if (step.waitFor) await waitFor(() => document.querySelector(step.waitFor as string), step.waitFor)
      }
    },
    async waitFor(selector) {
      await waitFor(() => document.querySelector(selector), selector)
    },
    has(selector) {
      return document.querySelector(selector) !== null
    },
  }
}
