/// <reference types="vite/client" />

interface JiaoduiIpcBridge {
  invoke(method: string, input: unknown): Promise<unknown>
  onMenuCommand(listener: (command: string) => void): () => void
}

interface Window {
  jiaoduiIpc?: JiaoduiIpcBridge
}
