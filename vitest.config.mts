import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
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
