// Runs one API call from either transport: checks the method name and validates the payload against the
// contract, then maps any failure to a Result the client can show. Never throws.
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

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'input'}: ${i.message}`)
    .join('; ')
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Path of the first prototype-polluting key in a JSON value, or null. */
export function forbiddenKeyPath(value: unknown, path = 'input'): string | null {
  if (typeof value !== 'object' || value === null) return null
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = forbiddenKeyPath(value[i], `${path}.${i}`)
      if (found) return found
    }
    return null
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return `${path}.${key}`
    const found = forbiddenKeyPath((value as Record<string, unknown>)[key], `${path}.${key}`)
    if (found) return found
  }
  return null
}

export async function dispatch(handlers: ApiHandlers, method: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `Unknown API method ${JSON.stringify(String(method).slice(0, 64))}` } }
  }
  const forbidden = forbiddenKeyPath(payload)
  if (forbidden) return { ok: false, error: { code: 'invalid-input', message: `${method}: ${forbidden} is not an allowed key` } }
  const parsed = contract[method].input.safeParse(payload ?? {})
  if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: `${method}: ${describeIssues(parsed.error)}` } }
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    if (error instanceof StoreError || error instanceof ApiFailure) return { ok: false, error: { code: error.code, message: error.message } }
    console.error(`[jiaodui] ${method} failed:`, error)
    return { ok: false, error: { code: 'internal', message: `${method} failed: ${(error as Error)?.message ?? String(error)}` } }
  }
}
