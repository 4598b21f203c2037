/// <reference types="vite/client" />

interface JiaoduiIpcBridge {
  invoke(method: string, input: unknown): Promise<unknown>
  onMenuCommand(listener: (command: string) => void): () => void
}

interface Window {
  jiaoduiIpc?: JiaoduiIpcBridge
  /** The open page's editor session, for tests and the benchmark (same page only). */
  __jiaoduiSession?: import('./editor/page-session').PageSession
}
