// Runs one API call from either transport: checks the method name and validates the payload against the
// contract, then maps any failure to a Result the client can show. Never throws, whatever the payload.
import { z } from 'zod'
import { contract } from '../../shared/api/contract'
import { API_METHODS, type ApiMethod } from '../../shared/api/methods'
import type { ApiErrorCode, Result } from '../../shared/api/result'
import { StoreError } from '../store/store-error'
import type { ApiHandlers } from './handlers'

export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string
  ) {
    super(message)
  }
}

const METHODS = new Set<string>(API_METHODS)

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && METHODS.has(name)
}

const MAX_MESSAGE = 1000

/** Shortens text a client sent before it goes into a message (a 2 MB key must not become a 2 MB error). */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${clip(i.path.map(String).join('.'), 120) || 'input'}: ${clip(i.message, 200)}`)
    .join('; ')
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
/** No contract payload nests deeper than this; a deeper one is refused before anything recurses into it. */
export const MAX_PAYLOAD_DEPTH = 64

/**
 * What makes a payload unacceptable before validation: a prototype-polluting key at any depth, or nesting
 * deeper than MAX_PAYLOAD_DEPTH. Iterative, so a payload nested 100,000 levels deep cannot overflow the stack.
 */
export function payloadProblem(value: unknown): string | null {
  interface Item {
    value: unknown
    key: string
    parent: Item | null
    depth: number
  }
  // Paths are built only for the one item reported, so large valid payloads cost no string building.
  const pathOf = (item: Item, last?: string): string => {
    const parts = last === undefined ? [] : [last]
    for (let at: Item | null = item; at; at = at.parent) parts.unshift(clip(at.key, 40))
    return clip(parts.join('.'), 160)
  }
  const stack: Item[] = [{ value, key: 'input', parent: null, depth: 0 }]
  while (stack.length > 0) {
    const item = stack.pop()!
    const v = item.value
    if (typeof v !== 'object' || v === null) continue
    if (item.depth >= MAX_PAYLOAD_DEPTH) return `${pathOf(item)} is nested more than ${MAX_PAYLOAD_DEPTH} levels deep`
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: String(i), parent: item, depth: item.depth + 1 })
      continue
    }
    const keys = Object.keys(v)
    for (const key of keys) if (FORBIDDEN_KEYS.has(key)) return `${pathOf(item, key)} is not an allowed key`
    for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (v as Record<string, unknown>)[keys[i]], key: keys[i], parent: item, depth: item.depth + 1 })
  }
  return null
}

export async function dispatch(handlers: ApiHandlers, method: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `Unknown API method ${JSON.stringify(String(method).slice(0, 64))}` } }
  }
  try {
    const problem = payloadProblem(payload)
    if (problem) return { ok: false, error: { code: 'invalid-input', message: `${method}: ${problem}` } }
    const parsed = contract[method].input.safeParse(payload ?? {})
    if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: `${method}: ${describeIssues(parsed.error)}` } }
    const handler = handlers[method] as (input: unknown) => Promise<unknown>
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    // Messages may quote what the client sent (an id, a name): clipped, so a 2 MB id cannot make a 2 MB error.
    if (error instanceof StoreError || error instanceof ApiFailure) return { ok: false, error: { code: error.code, message: clip(error.message, MAX_MESSAGE) } }
    console.error(`[jiaodui] ${method} failed:`, error)
    return { ok: false, error: { code: 'internal', message: `${method} failed: ${clip(String((error as Error)?.message ?? error), MAX_MESSAGE)}` } }
  }
}
