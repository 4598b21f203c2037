import { describe, expect, it } from 'vitest'
import { contract } from '../../../src/shared/api/contract'
import { API_METHODS } from '../../../src/shared/api/methods'
import { dispatch } from '../../../src/node/api/dispatch'
import { openAppSession } from '../../../src/node/app-session'
import { SEEDS_DIR, tempDir } from '../../helpers/temp-dir'

describe('API dispatch', () => {
  it('has exactly one contract entry per method name', () => {
    expect(Object.keys(contract).sort()).toEqual([...API_METHODS].sort())
  })

  it('serves the seeded library and validates every payload', async () => {
    const session = await openAppSession({ libraryDir: tempDir(), platform: { transport: 'http' }, purpose: 'test', seedsDir: SEEDS_DIR })
    const pages = await dispatch(session.handlers, 'listPages', {})
    expect(pages.ok && (pages.value as unknown[]).length).toBe(5)

    expect(await dispatch(session.handlers, 'deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
    expect(await dispatch(session.handlers, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
    expect(await dispatch(session.handlers, 'getPage', { id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('page id must be 16 lowercase hex digits') }
    })
    expect(await dispatch(session.handlers, 'getPage', { id: '0123456789abcdef' })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await dispatch(session.handlers, 'getPage', { id: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await dispatch(session.handlers, 'getPage', { id: '0123456789abcdef', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await dispatch(session.handlers, 'importWithDialog', { mode: 'files' })).toMatchObject({ ok: false, error: { code: 'unsupported' } })

    const id = (pages.ok ? (pages.value as Array<{ id: string }>) : [])[0].id
    const page = await dispatch(session.handlers, 'getPage', { id })
    if (!page.ok) throw new Error(page.error.message)
    const p = page.value as { revision: number; clean: string; provenance: number[] }
    const polluted = JSON.parse(
      `{"id":"${id}","baseRevision":${p.revision},"cause":"accept","page":{"clean":"x","provenance":[0,-1,1],"decisions":{"__proto__":{"action":"accepted","at":"t","by":"human"}},"humanEdited":true,"status":"cleaned","layout":null,"entities":[],"orphans":[]}}`
    )
    expect(await dispatch(session.handlers, 'savePage', polluted)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(({} as Record<string, unknown>).action).toBeUndefined()
    await session.close()
  })
})
