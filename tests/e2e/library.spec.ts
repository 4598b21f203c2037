import { join } from 'node:path'
import { expect, SCREENSHOTS, test } from './fixtures'

test('a fresh library opens with the five seed pages and shows a page’s Chinese text', async ({ page, host, consoleErrors }) => {
  await page.goto(host.url)
  const list = page.getByRole('list', { name: 'Pages' })
  await expect(list.getByRole('listitem')).toHaveCount(5)
  await expect(list).toContainText('000_71e228d81da4e06a.txt')
  await expect(list).toContainText('集纳技术骨干等专业人才助企业')

  await list.getByRole('button', { name: /呈贡区建立/ }).click()
  const raw = page.getByLabel('Raw OCR text')
  await expect(raw).toContainText('本报讯 (记者赵黎浩)近日,云南省昆明')
  await expect(page.getByRole('status').filter({ hasText: '5 pages' })).toBeVisible()
  // The host counts open suggestions in the background; the list shows them when it is done.
  await expect(list.getByTitle('Open suggestions')).toHaveCount(5, { timeout: 20_000 })
  await page.screenshot({ path: join(SCREENSHOTS, 'library.png') })
  expect(consoleErrors).toEqual([])
})

test('the token is removed from the address bar and API calls without it are refused', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByRole('list', { name: 'Pages' }).getByRole('listitem')).toHaveCount(5)
  expect(page.url()).not.toContain('token')
  const status = await page.evaluate(async () => (await fetch('/api/listPages', { method: 'POST', body: '{}' })).status)
  expect(status).toBe(401)
})
