import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vitest/config'
import react from '@vitejs/plugin-react'

/** electron-vite's `?modulePath` import (a bundled worker's path): here, the source file's path. */
const modulePath: Plugin = {
  name: 'jiaodui-module-path',
  enforce: 'pre',
  async resolveId(id, importer) {
    if (!id.endsWith('?modulePath')) return null
    const target = await this.resolve(id.slice(0, -'?modulePath'.length), importer, { skipSelf: true })
    return target ? `\0module-path:${target.id}` : null
  },
  load(id) {
    return id.startsWith('\0module-path:') ? `export default ${JSON.stringify(id.slice('\0module-path:'.length))}` : null
  }
}

export default defineConfig({
  plugins: [react(), modulePath],
  resolve: { alias: { '@renderer': resolve(import.meta.dirname, 'src/renderer/src') } },
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['tests/shared/**/*.test.ts', 'tests/node/**/*.test.ts', 'tests/main/**/*.test.ts'] }
      },
      { extends: true, test: { name: 'dom', environment: 'happy-dom', include: ['tests/renderer/**/*.test.{ts,tsx}'] } }
    ]
  }
})
