// The Electron main process, started for real under a mocked 'electron' (importing the real package would
// try to download the Electron binary). Everything main hands to Electron is captured — window options,
// session handlers, IPC registrations, navigation and window-open handlers — and checked for the security
// settings the app relies on.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { API_METHODS, IPC_PREFIX } from '../../src/shared/api/methods'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/security/csp'

type Handler = (...args: unknown[]) => unknown

/** What main gave Electron, filled in by the mock below. */
const captured = vi.hoisted(() => ({
  windows: [] as Array<{
    options: Record<string, unknown>
    events: Map<string, Handler>
    contentsEvents: Map<string, Handler>
    openHandler: Handler | null
    loaded: string[]
  }>,
  ipcHandle: new Map<string, Handler>(),
  ipcOn: [] as string[],
  appEvents: new Map<string, Handler>(),
  headersHandler: null as Handler | null,
  permissionHandler: null as Handler | null,
  permissionCheckHandler: null as Handler | null,
  openExternal: [] as string[],
  errorBoxes: [] as string[],
  userData: '',
  quits: 0
}))

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: Record<string, unknown>
    private readonly record: (typeof captured.windows)[number]
    constructor(options: Record<string, unknown>) {
      this.record = { options, events: new Map(), contentsEvents: new Map(), openHandler: null, loaded: [] }
      captured.windows.push(this.record)
      const contents = this.record.contentsEvents
      const record = this.record
      this.webContents = {
        on: (event: string, handler: Handler) => contents.set(event, handler),
        once: (event: string, handler: Handler) => contents.set(event, handler),
        setWindowOpenHandler: (handler: Handler) => (record.openHandler = handler),
        send: () => undefined,
        session: {}
      }
    }
    on(event: string, handler: Handler) {
      this.record.events.set(event, handler)
      return this
    }
    once(event: string, handler: Handler) {
      return this.on(event, handler)
    }
    loadURL(url: string) {
      this.record.loaded.push(url)
      return Promise.resolve()
    }
    loadFile(file: string) {
      return this.loadURL(`file://${file}`)
    }
    maximize() {}
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false
    }
    isMaximized() {
      return false
    }
    isDestroyed() {
      return false
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1440, height: 900 }
    }
    static getAllWindows() {
      return []
    }
  }
  const app = {
    isPackaged: false,
    setPath: (name: string, value: string) => {
      if (name === 'userData') captured.userData = value
    },
    getPath: () => captured.userData,
    getVersion: () => '0.0.0-test',
    getName: () => 'jiaodui',
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    on: (event: string, handler: Handler) => captured.appEvents.set(event, handler),
    once: (event: string, handler: Handler) => captured.appEvents.set(event, handler),
    quit: () => void captured.quits++,
    exit: () => undefined
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: Handler) => (captured.permissionHandler = handler),
      setPermissionCheckHandler: (handler: Handler) => (captured.permissionCheckHandler = handler),
      webRequest: { onHeadersReceived: (handler: Handler) => (captured.headersHandler = handler) },
      on: () => undefined
    }
  }
  const electron = {
    app,
    BrowserWindow,
    session,
    ipcMain: {
      handle: (channel: string, handler: Handler) => captured.ipcHandle.set(channel, handler),
      on: (channel: string) => captured.ipcOn.push(channel),
      removeHandler: (channel: string) => captured.ipcHandle.delete(channel)
    },
    Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: () => undefined },
    dialog: {
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
      showErrorBox: (_title: string, message: string) => captured.errorBoxes.push(message),
      showMessageBox: () => Promise.resolve({ response: 0 })
    },
    shell: { openExternal: (url: string) => (captured.openExternal.push(url), Promise.resolve()) }
  }
  return { ...electron, default: electron }
})

const library = mkdtempSync(join(tmpdir(), 'jiaodui-main-test-'))
const config = mkdtempSync(join(tmpdir(), 'jiaodui-main-config-'))
const saved = { library: process.env.JIAODUI_LIBRARY, xdg: process.env.XDG_CONFIG_HOME, argv: process.argv }

beforeAll(async () => {
  process.env.JIAODUI_LIBRARY = library
  process.env.XDG_CONFIG_HOME = config
  process.argv = [process.argv[0], 'main']
  await import('../../src/main/index')
  await vi.waitFor(() => expect(captured.windows.length + captured.errorBoxes.length).toBeGreaterThan(0), {
    timeout: 30_000,
    interval: 50
  })
  expect(captured.errorBoxes).toEqual([])
}, 60_000)

afterAll(async () => {
  // Close the library the way Electron would on quit, so the temp folder can go.
  const beforeQuit = captured.appEvents.get('before-quit')
  if (beforeQuit) {
    beforeQuit({ preventDefault: () => undefined })
    await vi.waitFor(() => expect(captured.quits).toBeGreaterThan(0), { timeout: 30_000, interval: 20 }) // main quits once the library is closed
  }
  process.env.JIAODUI_LIBRARY = saved.library
  process.env.XDG_CONFIG_HOME = saved.xdg
  process.argv = saved.argv
  rmSync(library, { recursive: true, force: true })
  rmSync(config, { recursive: true, force: true })
})

const win = () => captured.windows[0]
const appUrl = () => win().loaded[0]

/** A fake IPC event from a frame at `url`; `parent` makes it a subframe. */
function ipcEvent(url: string, parent: object | null = null) {
  return { senderFrame: { url, parent, top: null }, sender: {} }
}

describe('Electron main window', () => {
  it('opens one window with context isolation, the sandbox, and no Node or webview in the page', () => {
    expect(captured.windows).toHaveLength(1)
    const prefs = win().options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false
    })
    expect(String(prefs.preload)).toMatch(/preload[/\\]index\.js$/)
  })

  it('loads the built app page', () => {
    expect(appUrl()).toMatch(/^file:\/\/.*renderer\/index\.html$/)
  })

  it('sends a CSP header with script-src self and without unsafe-eval on every response', () => {
    expect(captured.headersHandler).not.toBeNull()
    let result: { responseHeaders: Record<string, string[]> } | null = null
    captured.headersHandler!(
      { url: 'file:///x/index.html', responseHeaders: { 'Content-Type': ['text/html'] } },
      (r: typeof result) => (result = r)
    )
    const csp = result!.responseHeaders['Content-Security-Policy'].join('; ')
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(result!.responseHeaders['Content-Type']).toEqual(['text/html'])
  })

  it('denies every permission request (camera, notifications, …)', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'openExternal']) {
      let granted: boolean | null = null
      captured.permissionHandler!({}, permission, (ok: boolean) => (granted = ok))
      expect(granted, permission).toBe(false)
    }
  })

  it('prevents navigation away from the app page', () => {
    const willNavigate = win().contentsEvents.get('will-navigate')!
    for (const url of [
      'https://evil.example/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>'
    ]) {
      const event = { preventDefault: vi.fn() }
      willNavigate(event, url)
      expect(event.preventDefault, url).toHaveBeenCalled()
    }
    const same = { preventDefault: vi.fn() }
    willNavigate(same, appUrl())
    expect(same.preventDefault).not.toHaveBeenCalled()
  })

  it('denies window.open, and hands only http and https links to the system browser', () => {
    const open = win().openHandler!
    captured.openExternal.length = 0
    const urls = [
      'https://example.com/page',
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'jiaodui://x',
      'https://user:pw@example.com/',
      'data:text/html,x',
      'about:blank'
    ]
    for (const url of urls) expect(open({ url }), url).toEqual({ action: 'deny' })
    expect(captured.openExternal).toEqual(['https://example.com/page', 'http://example.com/'])
  })

  it('refuses to attach a <webview> in any web contents', () => {
    const created = captured.appEvents.get('web-contents-created')!
    const contentsEvents = new Map<string, Handler>()
    created(
      {},
      {
        on: (event: string, handler: Handler) => contentsEvents.set(event, handler),
        setWindowOpenHandler: () => undefined
      }
    )
    const event = { preventDefault: vi.fn() }
    contentsEvents.get('will-attach-webview')!(event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })
})

describe('Electron IPC', () => {
  it('registers exactly one invoke handler per API method under the app prefix, and nothing else', () => {
    expect([...captured.ipcHandle.keys()].sort()).toEqual(API_METHODS.map((m) => IPC_PREFIX + m).sort())
    expect(captured.ipcOn).toEqual([])
  })

  it('answers the app main frame', async () => {
    const result = await captured.ipcHandle.get(`${IPC_PREFIX}listPages`)!(ipcEvent(appUrl()), {})
    expect(result).toMatchObject({ ok: true })
  })

  it('refuses a subframe, a foreign page, another file, and a missing frame', async () => {
    const senders = [
      ipcEvent(appUrl(), { url: appUrl() }), // a frame inside the app page
      ipcEvent('https://evil.example/'),
      ipcEvent('file:///tmp/evil.html'),
      ipcEvent('http://127.0.0.1:5173/'),
      { senderFrame: null, sender: {} }
    ]
    for (const method of API_METHODS) {
      for (const event of senders) {
        const result = await captured.ipcHandle.get(IPC_PREFIX + method)!(event, {})
        expect(result, `${method} from ${JSON.stringify(event.senderFrame)}`).toEqual({
          ok: false,
          error: { code: 'forbidden', message: expect.any(String) }
        })
      }
    }
  })

  it('validates payloads from the app frame like every other transport', async () => {
    const result = await captured.ipcHandle.get(`${IPC_PREFIX}getPage`)!(ipcEvent(appUrl()), { id: '../../etc/passwd' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})

describe('Content-Security-Policy', () => {
  it('is the same string in index.html and in src/shared/security/csp.ts', () => {
    const html = readFileSync(join(__dirname, '..', '..', 'src', 'renderer', 'index.html'), 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
    expect(meta, 'index.html has a CSP meta tag').not.toBeNull()
    expect(meta![1]).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )script-src 'self'(;|$)/)
  })
})
