// Malformed API payloads: junk of every JSON (and non-JSON) type, valid payloads with one part broken,
// prototype-pollution keys at any depth, path traversal in ids and names, deep nesting and huge strings.
import type { Random } from './random'

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype']
const OTHER_KEYS = [
  'toString',
  'valueOf',
  'hasOwnProperty',
  'id',
  'page',
  'files',
  'name',
  'then',
  'polluted',
  '',
  ' ',
  '0',
  'length',
  '键'
]

const UNICODE_JUNK = [
  '\uD800', // lone high surrogate
  '\uDFFF',
  '\u0000',
  '\u202E', // right-to-left override
  '\u200B\u200C\u200D\uFEFF',
  '𠮷𠮷',
  '🧨💥',
  '\u0301\u0301\u0301',
  'Ａ１２３', // full-width
  '\r\n\r',
  '%00%2e%2e%2f',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  "'; DROP TABLE pages; --"
]

/** Strings that would escape the library folder if used as paths. `escapeDir` is an absolute folder we watch. */
export function traversalStrings(escapeDir: string): string[] {
  return [
    '../../etc/passwd',
    '../../../../../../../../etc/passwd',
    '..\\..\\..\\windows\\win.ini',
    '/etc/passwd',
    `${escapeDir}/pwned.json`,
    `../../../../../../../..${escapeDir}/pwned`,
    '....//....//etc/passwd',
    '..%2f..%2fetc%2fpasswd',
    '%2e%2e/%2e%2e/etc/passwd',
    '0123456789abcdef/../../x',
    '0123456789abcdef\u0000.json',
    '0123456789ABCDEF',
    'CON',
    'aux.txt',
    '.',
    '..',
    '~/.ssh/id_rsa',
    'file:///etc/passwd'
  ]
}

export interface JunkOptions {
  escapeDir: string
  /** Probability of a huge (1–3 MB) string where a string goes. */
  hugeString?: number
}

/** A random junk string. */
export function junkString(rnd: Random, options: JunkOptions): string {
  const kind = rnd.int(0, 9)
  if (rnd.chance(options.hugeString ?? 0))
    return rnd.pick(['x', '报', '\uD800', '/']).repeat(rnd.int(1, 3) * 1024 * 1024)
  switch (kind) {
    case 0:
      return rnd.pick(traversalStrings(options.escapeDir))
    case 1:
      return rnd.pick(UNICODE_JUNK)
    case 2:
      return rnd.pick(PROTO_KEYS)
    case 3:
      return String(rnd.pick([0, 1, -1, 3.5, 1e21, NaN, Infinity])) // numbers as strings
    case 4:
      return rnd.pick(['true', 'null', 'undefined', '[]', '{}', ''])
    case 5:
      return 'a'.repeat(rnd.int(1, 70_000))
    case 6:
      return Array.from({ length: rnd.int(1, 40) }, () => String.fromCharCode(rnd.int(0, 0xffff))).join('')
    case 7:
      return rnd.int(0, 0xffffffff).toString(16).padStart(16, '0') // looks like a page id, but no such page
    default:
      return rnd.pick(UNICODE_JUNK) + rnd.pick(traversalStrings(options.escapeDir))
  }
}

/** A random junk value of any type, `depth` levels deep at most. */
export function junkValue(rnd: Random, options: JunkOptions, depth = 3): unknown {
  const kind = rnd.int(0, depth > 0 ? 11 : 7)
  switch (kind) {
    case 0:
      return junkString(rnd, options)
    case 1:
      return rnd.pick([0, -0, -1, 1.5, 2 ** 53 + 1, -(2 ** 31), 1e308, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE])
    case 2:
      return rnd.pick([NaN, Infinity, -Infinity])
    case 3:
      return rnd.chance(0.5)
    case 4:
      return null
    case 5:
      return undefined
    case 6:
      return rnd.int(0, 5) // small numbers pass more checks and reach deeper code
    case 7:
      return junkString(rnd, options)
    case 8:
    case 9:
      return Array.from({ length: rnd.int(0, 4) }, () => junkValue(rnd, options, depth - 1))
    default: {
      const out: Record<string, unknown> = {}
      for (let i = rnd.int(0, 4); i > 0; i--)
        setOwn(
          out,
          rnd.chance(0.3) ? rnd.pick(PROTO_KEYS) : rnd.pick([...OTHER_KEYS, junkString(rnd, options)]),
          junkValue(rnd, options, depth - 1)
        )
      return out
    }
  }
}

/** Sets an own, enumerable property even for `__proto__` (as JSON.parse does), never the prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** `{ a: { a: … } }` or `[[…]]` nested `depth` levels, built without recursion. */
export function deeplyNested(depth: number, kind: 'object' | 'array', leaf: unknown = 1): unknown {
  let value: unknown = leaf
  for (let i = 0; i < depth; i++) value = kind === 'object' ? { a: value } : [value]
  return value
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

/** Paths to every value inside `value` (objects and arrays), for picking what to break. */
function paths(
  value: unknown,
  path: Array<string | number> = [],
  out: Array<Array<string | number>> = []
): Array<Array<string | number>> {
  out.push(path)
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...path, i], out))
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...path, k], out)
  return out
}

function get(value: unknown, path: Array<string | number>): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value)
}

/** A valid payload with one thing broken (or a completely wrong one). */
export function mutate(rnd: Random, valid: unknown, options: JunkOptions): unknown {
  const strategy = rnd.int(0, 9)
  if (strategy === 0) return junkValue(rnd, options)
  const payload = clone(valid) as Record<string, unknown>
  const all = paths(payload)
  const target = rnd.pick(all)
  const parent = target.length ? get(payload, target.slice(0, -1)) : null
  const key = target.at(-1)
  switch (strategy) {
    case 1:
    case 2: // replace one value by junk
      if (parent && key !== undefined) (parent as Record<string | number, unknown>)[key] = junkValue(rnd, options, 2)
      else return junkValue(rnd, options)
      return payload
    case 3: {
      // add a key (often a prototype key) to some object inside
      const objects = all
        .map((p) => get(payload, p))
        .filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v))
      setOwn(
        rnd.pick(objects.length ? objects : [payload]),
        rnd.chance(0.6) ? rnd.pick(PROTO_KEYS) : rnd.pick(OTHER_KEYS),
        junkValue(rnd, options, 2)
      )
      return payload
    }
    case 4: // numbers as strings, strings as numbers
      for (const p of all) {
        const v = get(payload, p)
        const parentOf = p.length ? (get(payload, p.slice(0, -1)) as Record<string | number, unknown>) : null
        if (!parentOf) continue
        if (typeof v === 'number') parentOf[p.at(-1)!] = String(v)
        else if (typeof v === 'string' && rnd.chance(0.3)) parentOf[p.at(-1)!] = rnd.int(0, 9)
      }
      return payload
    case 5: // an array where an object belongs, or the other way round
      if (parent && key !== undefined) {
        const v = (parent as Record<string | number, unknown>)[key]
        ;(parent as Record<string | number, unknown>)[key] = Array.isArray(v) ? { ...v } : [v]
        return payload
      }
      return [payload]
    case 6: // path traversal in every string
      for (const p of all) {
        const parentOf = p.length ? (get(payload, p.slice(0, -1)) as Record<string | number, unknown>) : null
        if (parentOf && typeof get(payload, p) === 'string')
          parentOf[p.at(-1)!] = rnd.pick(traversalStrings(options.escapeDir))
      }
      return payload
    case 7: // deep nesting somewhere
      if (parent && key !== undefined)
        (parent as Record<string | number, unknown>)[key] = deeplyNested(
          rnd.pick([100, 1000, 20_000]),
          rnd.chance(0.5) ? 'object' : 'array'
        )
      else return deeplyNested(rnd.pick([100, 1000, 20_000]), 'object')
      return payload
    case 8: // a huge string somewhere
      if (parent && key !== undefined)
        (parent as Record<string | number, unknown>)[key] = junkString(rnd, { ...options, hugeString: 1 })
      return payload
    default: // drop a key
      if (parent && key !== undefined && !Array.isArray(parent))
        delete (parent as Record<string, unknown>)[key as string]
      return payload
  }
}
