export interface LaunchOptions {
  /** A normal window instead of kiosk full screen: for development and staff laptops. */
  windowed: boolean
  /** A store config file to read in place of the one in the user-data folder. */
  configPath?: string
  /** electron-vite's dev server, when running `npm run dev`. */
  devServerUrl?: string
}

/**
 * Reads `--windowed` and `--config=<path>` (or `--config <path>`) from the command line,
 * and KIOSK_WINDOWED=1 / KIOSK_CONFIG from the environment. The command line wins.
 */
export function parseLaunchOptions(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): LaunchOptions {
  const options: LaunchOptions = { windowed: env['KIOSK_WINDOWED'] === '1' || argv.includes('--windowed') }
  const configPath = readFlagValue(argv, '--config') ?? env['KIOSK_CONFIG']
  if (configPath) options.configPath = configPath
  if (env['ELECTRON_RENDERER_URL']) options.devServerUrl = env['ELECTRON_RENDERER_URL']
  return options
}

function readFlagValue(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1)
    if (arg === flag && argv[i + 1] && !argv[i + 1]?.startsWith('--')) return argv[i + 1]
  }
  return undefined
}
