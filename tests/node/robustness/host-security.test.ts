// The browser host's boundary, beyond tests/node/host: it listens on 127.0.0.1 only, every API method and
// the /download route need the token, foreign Origins (including "null") are refused, and no file outside
// the assets folder is served — not through a symbolic link inside it either.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openAppSession, type AppSession } from '../../../src/node/app-session'
import { startHost, TOKEN_HEADER, type RunningHost } from '../../../src/node/host/http-host'
import { API_METHODS } from '../../../src/shared/api/methods'
import { httpRequest } from './support/processes'
import { TempFolders } from './support/temp'

const temp = new TempFolders()
let host: RunningHost
let session: AppSession
let root: string
const downloadsAsked: string[] = []

beforeAll(async () => {
  root = temp.make('jiaodui-host-')
  const assets = join(root, 'renderer')
  mkdirSync(join(assets, 'assets'), { recursive: true })
  writeFileSync(join(assets, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(assets, 'assets', 'app.js'), 'console.log("app")')
  mkdirSync(join(root, 'outside'))
  writeFileSync(join(root, 'outside', 'secret.txt'), 'SECRET-OUTSIDE')
  symlinkSync(join(root, 'outside', 'secret.txt'), join(assets, 'assets', 'linked-secret.js'))
  symlinkSync(join(root, 'outside'), join(assets, 'linked-dir'))
  symlinkSync('/etc/passwd', join(assets, 'passwd.js'))
  symlinkSync('../../outside/secret.txt', join(assets, 'assets', 'relative-link.css'))
  session = await openAppSession({
    libraryDir: join(root, 'library'),
    platform: { transport: 'http' },
    purpose: 'host security test'
  })
  host = await startHost({
    handlers: session.handlers,
    assetsDir: assets,
    downloads: async (name) => {
      downloadsAsked.push(name)
      return name === 'export-1.zip' ? { fileName: 'export "1".zip', body: new Uint8Array([0x50, 0x4b, 5, 6]) } : null
    }
  })
})
afterAll(async () => {
  await host.close()
  await session.close()
  temp.cleanup()
})

describe('browser host boundary', () => {
  it.skipIf(process.platform !== 'linux')(
    'listens on 127.0.0.1 only (not on every interface, not on IPv6)',
    async () => {
      const listening = readFileSync('/proc/net/tcp', 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/))
        .filter((f) => f.length > 3 && f[3] === '0A') // state LISTEN
        .map((f) => f[1])
      const portHex = host.port.toString(16).toUpperCase().padStart(4, '0')
      expect(listening.filter((address) => address.endsWith(`:${portHex}`))).toEqual([`0100007F:${portHex}`])
      const tcp6 = readFileSync('/proc/net/tcp6', 'utf8').split('\n').slice(1)
      expect(tcp6.some((line) => line.includes(`:${portHex} `) && / 0A /.test(line))).toBe(false)
      const external = Object.values(networkInterfaces())
        .flat()
        .filter((i) => i && !i.internal && i.family === 'IPv4')
        .map((i) => i!.address)
      for (const address of external) {
        const refused = await new Promise<boolean>((resolve) => {
          const socket = connect({ host: address, port: host.port })
          socket.once('connect', () => (socket.destroy(), resolve(false)))
          socket.once('error', () => resolve(true))
        })
        expect(refused, `connecting to ${address}:${host.port}`).toBe(true)
      }
    }
  )

  it('requires the right token on every API method', async () => {
    for (const method of API_METHODS) {
      const wrong: Array<Record<string, string>> = [
        {},
        { [TOKEN_HEADER]: '' },
        { [TOKEN_HEADER]: host.token + 'x' },
        { [TOKEN_HEADER]: host.token.toUpperCase() },
        { authorization: `Bearer ${host.token}` }
      ]
      for (const headers of wrong) {
        const reply = await httpRequest(host.port, `/api/${method}`, { method: 'POST', headers, body: '{}' })
        expect(reply.status, `${method} with ${JSON.stringify(headers)}`).toBe(401)
      }
    }
    // The token in the query string is not accepted for the API (it would end up in logs and history).
    expect(
      (await httpRequest(host.port, `/api/listPages?token=${host.token}`, { method: 'POST', body: '{}' })).status
    ).toBe(401)
    expect(
      (
        await httpRequest(host.port, '/api/listPages', {
          method: 'POST',
          headers: { [TOKEN_HEADER]: host.token },
          body: '{}'
        })
      ).status
    ).toBe(200)
  })

  it('refuses foreign origins, including "null" (sandboxed frames, file: pages), even with the token', async () => {
    for (const origin of [
      'null',
      'http://evil.example',
      `http://127.0.0.1:${host.port + 1}`,
      `https://127.0.0.1:${host.port}`,
      `http://127.0.0.1.evil.example:${host.port}`,
      'file://'
    ]) {
      const reply = await httpRequest(host.port, '/api/listPages', {
        method: 'POST',
        headers: { [TOKEN_HEADER]: host.token, origin },
        body: '{}'
      })
      expect(reply.status, origin).toBe(403)
    }
    for (const origin of [`http://127.0.0.1:${host.port}`, `http://localhost:${host.port}`]) {
      const reply = await httpRequest(host.port, '/api/listPages', {
        method: 'POST',
        headers: { [TOKEN_HEADER]: host.token, origin },
        body: '{}'
      })
      expect(reply.status, origin).toBe(200)
    }
  })

  it('refuses a Host header other than 127.0.0.1 or localhost on its port (DNS rebinding), on every route', async () => {
    for (const path of ['/', '/assets/app.js', '/api/listPages', `/download/export-1.zip?token=${host.token}`]) {
      for (const name of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, '127.0.0.1']) {
        const reply = await httpRequest(host.port, path, { headers: { host: name, [TOKEN_HEADER]: host.token } })
        expect(reply.status, `${path} with Host ${name}`).toBe(403)
      }
    }
    // HTTP/1.0 without any Host header, written by hand (Node's client always adds one).
    const raw = await new Promise<string>((resolve, reject) => {
      let data = ''
      const socket = connect({ host: '127.0.0.1', port: host.port }, () => socket.end('GET / HTTP/1.0\r\n\r\n'))
      socket.on('data', (c) => (data += c.toString()))
      socket.on('end', () => resolve(data))
      socket.on('error', reject)
    })
    expect(raw).toMatch(/^HTTP\/1\.[01] 403/)
  })

  it('requires the token on /download, and refuses other methods there', async () => {
    const before = downloadsAsked.length
    for (const query of [
      '',
      '?token=',
      `?token=${host.token}x`,
      `?token=${host.token.slice(0, -1)}`,
      `?tok=${host.token}`
    ]) {
      expect((await httpRequest(host.port, `/download/export-1.zip${query}`)).status, query).toBe(401)
    }
    expect(downloadsAsked.length).toBe(before) // the download provider is never even asked without the token
    expect(
      (await httpRequest(host.port, `/download/export-1.zip?token=${host.token}`, { method: 'POST' })).status
    ).toBe(405)
    const ok = await httpRequest(host.port, `/download/export-1.zip?token=${host.token}`)
    expect(ok.status).toBe(200)
    expect(ok.headers['content-disposition']).toBe('attachment; filename="export__1_.zip"')
    expect(ok.headers['content-type']).toBe('application/zip')
    for (const name of ['../../etc/passwd', '..%2f..%2fetc%2fpasswd', 'missing.zip']) {
      expect((await httpRequest(host.port, `/download/${name}?token=${host.token}`)).status, name).toBe(404)
    }
  })

  it('serves no file outside the assets folder, not even through a symbolic link inside it', async () => {
    expect((await httpRequest(host.port, '/assets/app.js')).status).toBe(200)
    for (const path of [
      '/assets/linked-secret.js',
      '/linked-dir/secret.txt',
      '/passwd.js',
      '/assets/relative-link.css',
      '/linked-dir/',
      '/assets/../../outside/secret.txt',
      '/%2e%2e/outside/secret.txt',
      '/assets%2f..%2f..%2foutside%2fsecret.txt',
      '/assets/app.js%00.html',
      '/assets/'
    ]) {
      const reply = await httpRequest(host.port, path)
      expect(reply.status, path).toBe(404)
      expect(reply.body).not.toContain('SECRET-OUTSIDE')
      expect(reply.body).not.toContain('root:')
    }
  })

  it('sends protective headers and the CSP with every page', async () => {
    const index = await httpRequest(host.port, '/')
    expect(index.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(index.headers['x-content-type-options']).toBe('nosniff')
    expect(index.headers['cross-origin-opener-policy']).toBe('same-origin')
    expect(index.headers['referrer-policy']).toBe('no-referrer')
  })
})
