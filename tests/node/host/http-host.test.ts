import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openAppSession, type AppSession } from '../../../src/node/app-session'
import { startHost, type RunningHost } from '../../../src/node/host/http-host'
import { SEEDS_DIR, tempDir } from '../../helpers/temp-dir'

let session: AppSession
let host: RunningHost
const assets = tempDir()

beforeAll(async () => {
  mkdirSync(join(assets, 'assets'))
  writeFileSync(join(assets, 'index.html'), '<!doctype html><title>t</title>')
  writeFileSync(join(assets, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(assets, '..', 'secret.txt'), 'secret')
  session = await openAppSession({ libraryDir: tempDir(), platform: { transport: 'http' }, purpose: 'test', seedsDir: SEEDS_DIR })
  host = await startHost({ handlers: session.handlers, assetsDir: assets })
})
afterAll(async () => {
  await host.close()
  await session.close()
})

/** A raw HTTP request, so Host and Origin headers are exactly what a test says. */
function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...options.headers } }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

describe('browser host', () => {
  it('prints a 127.0.0.1 URL that carries the token', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=[\\w-]{20,}$`))
  })

  it('answers API calls that carry the token', async () => {
    const res = await call('/api/listPages', { method: 'POST', headers: { 'x-jiaodui-token': host.token, 'content-type': 'application/json' }, body: '{}' })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body).value).toHaveLength(5)
  })

  it('refuses calls without the token, with a wrong one, from a foreign origin or host name', async () => {
    const post = (headers: Record<string, string>) => call('/api/listPages', { method: 'POST', headers, body: '{}' })
    expect((await post({})).status).toBe(401)
    expect((await post({ 'x-jiaodui-token': host.token.slice(1) + 'x' })).status).toBe(401)
    expect((await post({ 'x-jiaodui-token': host.token, origin: 'http://evil.example' })).status).toBe(403)
    expect((await post({ 'x-jiaodui-token': host.token, host: `attacker.example:${host.port}` })).status).toBe(403)
    expect((await call('/api/listPages', { headers: { 'x-jiaodui-token': host.token } })).status).toBe(405)
  })

  it('answers a malformed body with a clear error, not a crash', async () => {
    const res = await call('/api/getPage', { method: 'POST', headers: { 'x-jiaodui-token': host.token }, body: '{"id": ' })
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body).error.message).toMatch(/Bad request body/)
  })

  it('serves the app with its CSP and nothing outside the assets folder', async () => {
    const index = await call('/')
    expect(index.status).toBe(200)
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'")
    expect(String(index.headers['content-security-policy'])).not.toContain('unsafe-eval')
    expect((await call('/assets/app.js')).status).toBe(200)
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '/.hidden', '/etc/passwd']) {
      expect((await call(path)).status, path).toBe(404)
    }
  })
})
