import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    // ESM-only packages are bundled into the CJS main output; native @node-rs/jieba stays external.
    build: { externalizeDeps: { exclude: ['lowdb', 'steno', 'atomically', 'stubborn-fs', 'when-exit', 'zod'] } }
  },
  preload: {},
  renderer: {
    resolve: { alias: { '@renderer': resolve('src/renderer/src') } },
    plugins: [react()],
    build: { minify: process.env.JIAODUI_NO_MINIFY ? false : true, sourcemap: false }
  }
})
