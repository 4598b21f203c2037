// A small argument parser: `command [positionals] [--flag value] [--switch]`. Unknown options are usage
// errors (exit 2), never silently ignored.

export class UsageError extends Error {}

export interface ParsedArgs {
  command: string | null
  positionals: string[]
  options: Record<string, string>
  switches: Set<string>
}

export function parseArgs(argv: string[], valueOptions: readonly string[], switchOptions: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { command: null, positionals: [], options: {}, switches: new Set() }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') {
      out.positionals.push(...argv.slice(i + 1))
      break
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2)
      if (valueOptions.includes(name)) {
        const value = inline ?? argv[++i]
        if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`)
        out.options[name] = value
      } else if (switchOptions.includes(name)) {
        if (inline !== undefined) throw new UsageError(`--${name} takes no value`)
        out.switches.add(name)
      } else throw new UsageError(`Unknown option ${arg}`)
    } else if (arg === '-h') out.switches.add('help')
    else if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`Unknown option ${arg}`)
    else if (out.command === null) out.command = arg
    else out.positionals.push(arg)
  }
  return out
}
