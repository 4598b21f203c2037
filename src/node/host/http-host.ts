// The browser host: the same API as the Electron preload, over HTTP on 127.0.0.1 only. Every API call needs
// the per-run token (from the URL it prints); foreign Origins and Host names (DNS rebinding) are refused,
// and only files inside the built renderer folder are served.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFile, realpath, stat } from 'node:fs/promises'
import { extname, join, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY, CSP_HEADER_EXTRA } from '../../shared/security/csp'
import { dispatch } from '../api/dispatch'
import type { ApiHandlers } from '../api/handlers'

export const TOKEN_HEADER = 'x-jiaodui-token'
const MAX_BODY = 64 * 1024 * 1024

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon'
}

export interface HostOptions {
  handlers: ApiHandlers
  /** Folder of the built renderer (index.html and assets/). */
  assetsDir: string
  port?: number
  token?: string
  /** Extra GET routes under /download/ (export zips), token-checked like the API. */
  downloads?: (name: string) => Promise<{ fileName: string; body: Uint8Array } | null>
}

export interface RunningHost {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

function sameToken(given: string | undefined, token: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function send(res: ServerResponse, status: number, body: string | Uint8Array, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    ...extra
  })
  res.end(body)
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new Error('request body too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const assetsRoot = await realpath(options.assetsDir)
  let port = 0

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`])

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    let relative: string
    try {
      relative = decodeURIComponent(pathname)
    } catch {
      return send(res, 400, 'Bad path')
    }
    if (relative === '/' || relative === '') relative = '/index.html'
    if (relative.includes('\0') || relative.split('/').some((part) => part === '..' || part.startsWith('.'))) return send(res, 404, 'Not found')
    const candidate = join(assetsRoot, relative)
    let file: string
    try {
      file = await realpath(candidate)
      if (!(file === assetsRoot || file.startsWith(assetsRoot + sep)) || !(await stat(file)).isFile()) return send(res, 404, 'Not found')
    } catch {
      return send(res, 404, 'Not found')
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    const headers: Record<string, string> = {}
    if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY + CSP_HEADER_EXTRA
    else headers['Cache-Control'] = 'no-cache'
    send(res, 200, await readFile(file), type, headers)
  }

  const server = createServer((req, res) => {
    void (async () => {
      if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 403, 'Forbidden host')
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
      const origin = req.headers.origin
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'Use POST', undefined, { Allow: 'POST' })
        if (origin !== undefined && !allowedOrigins().has(origin)) return send(res, 403, 'Forbidden origin')
        if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) return send(res, 401, 'Missing or wrong token')
        let payload: unknown
        try {
          const body = await readBody(req)
          payload = body.length === 0 ? {} : JSON.parse(body)
        } catch (error) {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid-input', message: `Bad request body: ${(error as Error).message}` } }), TYPES['.json'])
        }
        const result = await dispatch(options.handlers, url.pathname.slice('/api/'.length), payload)
        return send(res, 200, JSON.stringify(result), TYPES['.json'])
      }
      if (url.pathname.startsWith('/download/')) {
        if (req.method !== 'GET') return send(res, 405, 'Use GET')
        if (!sameToken(url.searchParams.get('token') ?? undefined, token)) return send(res, 401, 'Missing or wrong token')
        const found = options.downloads ? await options.downloads(url.pathname.slice('/download/'.length)) : null
        if (!found) return send(res, 404, 'Not found')
        return send(res, 200, found.body, 'application/zip', { 'Content-Disposition': `attachment; filename="${found.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"` })
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed')
      return serveStatic(url.pathname, res)
    })().catch((error: Error) => {
      console.error('[jiaodui] host error:', error)
      if (!res.headersSent) send(res, 500, 'Internal error')
      else res.end()
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
