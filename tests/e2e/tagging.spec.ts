import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, SCREENSHOTS, test } from './fixtures'

interface SpanText {
  label: string
  status: string
  text: string
}

/** Every non-rejected span with the text it covers, read from the open editor's state. */
async function spans(page: Page): Promise<SpanText[]> {
  return page.evaluate(() => {
    const s = window.__jiaoduiSession
    const text = s?.cleanView?.state.doc.toString() ?? ''
    return (s?.entities() ?? []).filter((e) => e.status !== 'rejected').map((e) => ({ label: e.label, status: e.status, text: text.slice(e.start, e.end) }))
  })
}

/** Selects the first occurrence of `needle` in the clean text (through the editor, as a person's drag would). */
async function select(page: Page, needle: string, offset = 0, length = needle.length) {
  await page.evaluate(
    ({ needle, offset, length }) => {
      const view = window.__jiaoduiSession!.cleanView!
      const at = view.state.doc.toString().indexOf(needle) + offset
      view.dispatch({ selection: { anchor: at, head: at + length }, scrollIntoView: true })
      view.focus()
    },
    { needle, offset, length }
  )
}

async function autoClean(page: Page, host: { origin: string; token: string }) {
  // "a cleaned seed page": run the safe cleanup through the same API the menu uses.
  const job = await page.request.post(`${host.origin}/api/runAuto`, { headers: { 'x-jiaodui-token': host.token }, data: { ids: [] } })
  const { value } = await job.json()
  for (;;) {
    const r = await (await page.request.post(`${host.origin}/api/getJob`, { headers: { 'x-jiaodui-token': host.token }, data: { jobId: value.jobId } })).json()
    if (r.value.state !== 'running') return r.value
    await page.waitForTimeout(200)
  }
}

test('tag with a hotkey, accept a proposal, edit around and inside spans, reload: spans cover the right text', async ({ page, host, consoleErrors }) => {
  await page.goto(host.url)
  const job = await autoClean(page, host)
  expect(job.state).toBe('done')
  await page.reload()
  await page.getByRole('list', { name: 'Pages' }).getByRole('button', { name: /仁怀市总成立/ }).click()
  await expect(page.getByLabel('Clean text')).toBeVisible()
  await page.getByRole('radio', { name: 'Tagging' }).click()

  // Articles are listed, and proposals arrive as pending spans.
  const articles = page.getByRole('list', { name: 'Articles' })
  await expect(articles.getByRole('listitem').first()).toContainText('“建会小分队”来了')
  expect(await articles.getByRole('listitem').count()).toBeGreaterThanOrEqual(8)
  await expect(page.getByRole('status').filter({ hasText: 'entities proposed' })).toBeVisible({ timeout: 30_000 })
  const proposed = (await spans(page)).filter((s) => s.status === 'pending')
  expect(proposed.length).toBeGreaterThan(20)

  // Tag a person with the PER hotkey (1): 余俊, from "工作人员余俊告诉记者".
  await select(page, '余俊告诉记者', 0, 2)
  await page.keyboard.press('1')
  await expect.poll(async () => (await spans(page)).filter((s) => s.status === 'accepted').map((s) => `${s.label}:${s.text}`)).toContain('PER:余俊')

  // Accept a proposal with the keyboard: the byline name 李丰.
  const lifeng = (await spans(page)).find((s) => s.text === '李丰')
  expect(lifeng?.status).toBe('pending')
  await select(page, '本报记者 李丰', 5, 0)
  await page.keyboard.press('Alt+y')
  await expect.poll(async () => (await spans(page)).find((s) => s.text === '李丰')?.status).toBe('accepted')

  // Edit before a tagged span (the span moves) and inside one (it stretches).
  await select(page, '余俊告诉记者', -8, 0)
  await page.keyboard.insertText('（插入）')
  await select(page, '余俊告诉记者', 1, 0)
  await page.keyboard.insertText('小')
  await expect.poll(async () => (await spans(page)).filter((s) => s.status === 'accepted').map((s) => `${s.label}:${s.text}`)).toContain('PER:余小俊')
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved', { timeout: 5000 })
  const before = (await spans(page)).filter((s) => s.status === 'accepted')
  await page.screenshot({ path: join(SCREENSHOTS, 'tagging.png') })

  await page.reload()
  await page.getByRole('list', { name: 'Pages' }).getByRole('button', { name: /仁怀市总成立/ }).click()
  await expect(page.getByLabel('Clean text')).toBeVisible()
  await expect.poll(async () => (await spans(page)).filter((s) => s.status === 'accepted')).toEqual(before)
  expect(before.map((s) => `${s.label}:${s.text}`)).toEqual(expect.arrayContaining(['PER:余小俊', 'PER:李丰']))
  await expect(page.getByRole('list', { name: 'Pages' }).getByRole('listitem').filter({ hasText: '004_' })).toContainText('Tagged')
  expect(consoleErrors).toEqual([])
})

test('deleting a tagged span lists it as removed, and undo brings it back', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('list', { name: 'Pages' }).getByRole('button', { name: /仁怀市总成立/ }).click()
  await page.getByRole('radio', { name: 'Tagging' }).click()
  await select(page, '陈世元欣喜地说', 0, 3)
  await page.keyboard.press('1')
  await expect.poll(async () => (await spans(page)).map((s) => `${s.label}:${s.text}`)).toContain('PER:陈世元')
  await select(page, '陈世元欣喜地说', 0, 3)
  await page.keyboard.press('Delete')
  await expect(page.getByRole('region', { name: 'Removed entities' })).toContainText('陈世元')
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await spans(page)).map((s) => `${s.label}:${s.text}`)).toContain('PER:陈世元')
  await expect(page.getByRole('region', { name: 'Removed entities' })).toHaveCount(0)
})
