// The application menu. Items that act on the page send a command to the renderer, which owns the UI.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/api/methods'

export function menuTemplate(send: (command: MenuCommand) => void, options: { isMac: boolean; dev: boolean }): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => send('import-files') },
      { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => send('import-folder') },
      { type: 'separator' },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send('export') },
      { type: 'separator' },
      options.isMac ? { role: 'close' } : { role: 'quit' }
    ]
  }
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Find and Replace…', accelerator: 'CmdOrCtrl+F', click: () => send('find') },
      { label: 'Find and Replace in Library…', accelerator: 'CmdOrCtrl+Shift+F', click: () => send('find-library') },
      { type: 'separator' },
      { label: 'Apply Safe Cleanup to All Pages', click: () => send('auto-clean') }
    ]
  }
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { label: 'Next Page Needing Work', accelerator: 'CmdOrCtrl+Alt+N', click: () => send('next-page') },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.dev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : [])
    ]
  }
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Keyboard Shortcuts', accelerator: 'F1', click: () => send('shortcuts') },
      { label: 'About Jiaodui', click: () => send('about') }
    ]
  }
  return [...(options.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []), file, edit, view, help]
}
