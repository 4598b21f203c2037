import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, SCREENSHOTS, startHost, test } from './fixtures'

/** The clean editor's whole text (CodeMirror renders only the viewport, so read the editor state). */
export async function cleanText(page: Page): Promise<string> {
  return page.evaluate(() => window.__jiaoduiSession?.cleanView?.state.doc.toString() ?? '')
}

async function openPage(page: Page, url: string, name: RegExp) {
  await page.goto(url)
  await page.getByRole('list', { name: 'Pages' }).getByRole('button', { name }).click()
  await expect(page.getByLabel('Clean text')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').first()).toBeVisible({ timeout: 20_000 })
}

test('accept, reject, undo, type Chinese through an input method, reload: everything as left', async ({ page, host, consoleErrors }) => {
  await openPage(page, host.url, /呈贡区建立/)
  const suggestions = page.getByRole('list', { name: 'Suggestions' })
  const wrapGroup = suggestions.getByRole('list', { name: 'Line-wrap spaces' })
  const item = wrapGroup.getByRole('listitem').filter({ hasText: /昆明␣→∅市呈贡/ }).first()
  await expect(item).toBeVisible()
  expect(await cleanText(page)).toContain('昆明 市呈贡区')

  // Accept one suggestion; undo and redo it.
  await item.getByRole('button', { name: 'Accept' }).click()
  await expect.poll(() => cleanText(page)).toContain('昆明市呈贡区')
  await page.getByLabel('Clean text').click()
  await page.keyboard.press('Control+z')
  await expect.poll(() => cleanText(page)).toContain('昆明 市呈贡区')
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(() => cleanText(page)).toContain('昆明市呈贡区')

  // Reject another: it leaves the list, the text stays.
  const punct = suggestions.getByRole('list', { name: 'Punctuation width' }).getByRole('listitem').first()
  const rejectedText = (await punct.locator('.suggestion-change').innerText()).trim()
  await punct.getByRole('button', { name: 'Reject' }).click()
  await expect(suggestions.getByRole('list', { name: 'Punctuation width' }).locator('.suggestion-change').first()).not.toHaveText(rejectedText)

  // Type Chinese through an input method composition that spans the autosave delay.
  const line = page.getByLabel('Clean text').locator('.cm-line').filter({ hasText: '联链' }).first()
  await line.click()
  await page.keyboard.press('End')
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Input.imeSetComposition', { text: 'ce', selectionStart: 2, selectionEnd: 2 })
  await page.waitForTimeout(900) // longer than the autosave debounce: saving must not break the composition
  await cdp.send('Input.imeSetComposition', { text: 'ceshi', selectionStart: 5, selectionEnd: 5 })
  await cdp.send('Input.insertText', { text: '测试文字' })
  await expect.poll(() => cleanText(page)).toContain('测试文字')
  expect(await cleanText(page)).not.toContain('ceshi')
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved', { timeout: 5000 })
  const before = await cleanText(page)
  await page.screenshot({ path: join(SCREENSHOTS, 'editor.png') })

  // Reload: the same text, the accepted and rejected suggestions gone from the list, the page marked edited.
  await page.reload()
  await openPage(page, host.url, /呈贡区建立/)
  await expect.poll(() => cleanText(page)).toBe(before)
  expect(before).toContain('测试文字')
  expect(before).toContain('昆明市呈贡区')
  await expect(page.getByRole('list', { name: 'Line-wrap spaces' }).getByRole('listitem').filter({ hasText: /昆明␣→∅市呈贡/ })).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Punctuation width' }).locator('.suggestion-change').first()).not.toHaveText(rejectedText)
  await expect(page.getByLabel('Suggestions panel')).toContainText('2 decided')
  expect(consoleErrors).toEqual([])
})

test('the raw side shows what the engine found, and the cursor links the two sides', async ({ page, host }) => {
  await openPage(page, host.url, /呈贡区建立/)
  await expect(page.getByLabel('Legend')).toContainText('Line-wrap spaces')
  await expect(page.getByLabel('Raw OCR text').locator('.cm-sugg-wrap-space').first()).toBeVisible()
  // A cursor in the clean text highlights the raw sentence it came from.
  await page.getByLabel('Clean text').locator('.cm-line').filter({ hasText: '斗南国际花卉产业园区和' }).first().click()
  await expect(page.getByLabel('Raw OCR text').locator('.cm-linked').first()).toBeVisible()
  await expect(page.getByLabel('Raw OCR text').locator('.cm-linked').first()).toContainText('斗南')
  // Accept all of one kind is one undo step.
  const group = page.getByRole('list', { name: 'Suggestions' }).locator('.suggestion-group').filter({ hasText: 'Line-wrap spaces' })
  await group.getByRole('button', { name: 'Accept all' }).click()
  await expect.poll(() => cleanText(page)).toContain('数字经济开发区')
  await page.getByLabel('Clean text').click()
  await page.keyboard.press('Control+z')
  await expect.poll(() => cleanText(page)).toContain('数字经 济开发区')
})

test('help lists the keyboard shortcuts, and mark-reviewed opens the next page needing work', async ({ page, host }) => {
  await openPage(page, host.url, /集纳技术骨干/)
  await page.keyboard.press('F1')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toContainText('Accept the selected suggestion')
  await expect(dialog).toContainText('Alt+A')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: /Reviewed, next/ }).click()
  await expect(page.locator('.page-header h1')).toHaveText('001_cfec6a84b0c0b823.txt')
  await expect(page.getByRole('list', { name: 'Pages' }).getByRole('listitem').first()).toContainText('Reviewed')
})

test('a page with nothing to fix says so once analysed (no endless "Analyzing")', async ({ page, library }) => {
  const { writeFileSync } = await import('node:fs')
  const { spawnSync } = await import('node:child_process')
  const file = join(library, '..', `clean-${Date.now()}.txt`)
  writeFileSync(file, '干净的标题\n这是一段没有任何问题的文字。')
  const bin = join(__dirname, '..', '..', 'bin', 'jiaodui.mjs')
  expect(spawnSync(process.execPath, [bin, 'import', file, '--library', library]).status).toBe(0)
  const host = await startHost(library)
  try {
    await page.goto(host.url)
    await page.getByRole('list', { name: 'Pages' }).getByRole('button', { name: /干净的标题/ }).click()
    await expect(page.getByText('No open suggestions on this page.')).toBeVisible({ timeout: 20_000 })
    await expect(page.getByText('Analyzing the page…')).toHaveCount(0)
  } finally {
    await host.stop()
  }
})
