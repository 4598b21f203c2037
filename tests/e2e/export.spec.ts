import { readFile } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { unzipSync, strFromU8 } from 'fflate'
import { expect, test } from './fixtures'

test('File → Export… downloads a zip with the chosen formats, a manifest and matching hashes', async ({ page, host, consoleErrors }) => {
  await page.goto(host.url)
  await expect(page.getByRole('list', { name: 'Pages' }).getByRole('listitem')).toHaveCount(5)
  await page.getByRole('menubar').getByRole('button', { name: 'File' }).click()
  await page.getByRole('menuitem', { name: /Export/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Export' })
  for (const f of ['Plain text', 'Label Studio', 'CoNLL BIO', 'brat', 'Markdown']) await dialog.getByRole('checkbox', { name: new RegExp(f) }).uncheck()
  await dialog.getByRole('button', { name: /Export and download zip/ }).click()
  await expect(dialog.getByText(/Exported \d+ articles from 5 pages/)).toBeVisible({ timeout: 30_000 })
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: /Download/ }).click()])
  const zip = unzipSync(new Uint8Array(await readFile(await download.path())))
  const names = Object.keys(zip).sort()
  expect(names).toEqual(['jiaodui-export/jsonl/corpus.jsonl', 'jiaodui-export/manifest.json'])
  const manifest = JSON.parse(strFromU8(zip['jiaodui-export/manifest.json']))
  expect(manifest.filters.formats).toEqual(['jsonl'])
  expect(manifest.counts.pages).toBe(5)
  const jsonl = zip['jiaodui-export/jsonl/corpus.jsonl']
  expect(manifest.files['jsonl/corpus.jsonl']).toBe(createHash('sha256').update(jsonl).digest('hex'))
  const first = JSON.parse(strFromU8(jsonl).split('\n')[0])
  expect(first).toMatchObject({ source: '000_71e228d81da4e06a.txt', label: [], entities: [] })
  expect(typeof first.text).toBe('string')
  // The download needs the token like every API call.
  const url = new URL(download.url())
  const denied = await page.request.get(`${url.origin}${url.pathname}`)
  expect(denied.status()).toBe(401)
  expect(consoleErrors).toEqual([])
})
