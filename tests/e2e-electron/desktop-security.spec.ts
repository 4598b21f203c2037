// The desktop app in real Electron: the window shows the library, the page has no Node, Electron applied the
// security options, and the page can neither navigate away, open windows, nor eval. Skipped, with the reason,
// when the Electron binary is not installed.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { electronBinary, NO_ELECTRON_REASON } from '../../scripts/electron-binary.mjs'

const ROOT = join(__dirname, '..', '..')
const binary = electronBinary(ROOT)

test.skip(binary === null, `Electron e2e skipped: ${NO_ELECTRON_REASON}`)

let app: ElectronApplication
let window: Page
let library: string
let config: string

test.beforeEach(async () => {
  library = mkdtempSync(join(tmpdir(), 'jiaodui-electron-lib-'))
  config = mkdtempSync(join(tmpdir(), 'jiaodui-electron-config-'))
  const env = { ...process.env, XDG_CONFIG_HOME: config } as Record<string, string>
  delete env.ELECTRON_RENDERER_URL
  app = await electron.launch({ executablePath: binary!, args: [ROOT, `--library=${library}`], env })
  window = await app.firstWindow()
})

test.afterEach(async () => {
  await app?.close()
  rmSync(library, { recursive: true, force: true })
  rmSync(config, { recursive: true, force: true })
})

test('opens the library in an isolated, sandboxed window', async () => {
  await expect(window.getByRole('list', { name: 'Pages' }).getByRole('listitem')).toHaveCount(5)
  // Electron has no API to read a window's webPreferences back (tests/main checks what main passes); here we
  // check their effect: no Node in the page, and only the bridge, as a frozen object of functions.
  const page = await window.evaluate(() => {
    const g = globalThis as unknown as Record<string, unknown>
    const bridge = g.jiaoduiIpc as Record<string, unknown>
    return {
      require: typeof g.require,
      process: typeof g.process,
      module: typeof g.module,
      bridges: Object.keys(g).filter((k) => k.startsWith('jiaodui')),
      frozen: Object.isFrozen(bridge),
      functions: Object.values(bridge).every((v) => typeof v === 'function')
    }
  })
  expect(page).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    bridges: ['jiaoduiIpc'],
    frozen: true,
    functions: true
  })
})

test('cannot eval, open windows or navigate away', async () => {
  await expect(window.getByRole('list', { name: 'Pages' })).toBeVisible()
  const start = window.url()
  expect(
    await window.evaluate(() => {
      try {
        return String(eval('1 + 1'))
      } catch {
        return 'blocked'
      }
    })
  ).toBe('blocked')
  expect(
    await window.evaluate(
      () => (globalThis as unknown as { open(url: string): unknown }).open('https://example.com/') === null
    )
  ).toBe(true)
  await window.evaluate(() => {
    ;(globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/'
  })
  await window.waitForTimeout(500)
  expect(window.url()).toBe(start)
  expect(app.windows()).toHaveLength(1)
})
