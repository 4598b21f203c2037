// Dev helper: serves a library, opens a page in Chromium and saves a screenshot.
// node scripts/dev/shot.mjs LIBRARY OUT.png PAGE-NAME-PART [tag]
import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
const lib = process.argv[2], out = process.argv[3], pageName = process.argv[4] || '002'
const child = spawn(process.execPath, ['bin/jiaodui.mjs', 'serve', '--library', lib], { cwd: '/work/main', stdio: ['ignore', 'pipe', 'inherit'] })
const url = await new Promise((res) => child.stdout.on('data', (d) => { const m = /(http:\/\/127\S+)/.exec(String(d)); if (m) res(m[1]) }))
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1600, height: 950 } })
const errors = []
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
page.on('pageerror', (e) => errors.push(e.message))
await page.goto(url)
await page.getByRole('list', { name: 'Pages' }).getByRole('button').filter({ hasText: pageName }).first().click()
await page.waitForTimeout(2500)
if (process.argv[5] === 'tag') {
  await page.getByRole('radio', { name: 'Tagging' }).click()
  await page.waitForTimeout(4000)
}
await page.screenshot({ path: out })
console.log('errors:', JSON.stringify(errors))
await browser.close(); child.kill()
