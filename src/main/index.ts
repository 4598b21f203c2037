// Electron main process: opens the library, serves the API over IPC, creates the one secure window.
import { join, resolve } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron'
import { MENU_CHANNEL, type MenuCommand } from '../shared/api/methods'
import { CONTENT_SECURITY_POLICY, CSP_HEADER_EXTRA } from '../shared/security/csp'
import { openAppSession, findSeedsDir, type AppSession } from '../node/app-session'
import { setEngineWorkerFile } from '../node/cleanup/enginePool'
import engineWorkerFile from '../node/cleanup/engineWorker?modulePath'
import { defaultLibraryDir, userDataDir } from '../node/store/library-dir'
import { registerIpc } from './ipc'
import { menuTemplate } from './menu'
import { isAppUrl, isSafeExternalUrl, secureWebPreferences } from './security'
import { loadWindowState, saveWindowState } from './window-state'

const dev = !app.isPackaged && process.env.ELECTRON_RENDERER_URL !== undefined
// Batch cleanup (auto) runs the engine on worker threads: electron-vite bundles the worker as its own file.
setEngineWorkerFile(engineWorkerFile)
app.setPath('userData', userDataDir())

function appUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? `file://${join(__dirname, '../renderer/index.html')}`
}

function libraryDirFromArgs(): string {
  const flag = process.argv.find((a) => a.startsWith('--library='))
  return flag ? resolve(flag.slice('--library='.length)) : defaultLibraryDir()
}

let mainWindow: BrowserWindow | null = null
let appSession: AppSession | null = null

function createWindow(): BrowserWindow {
  const stateFile = join(app.getPath('userData'), 'window-state.json')
  const state = loadWindowState(stateFile)
  const win = new BrowserWindow({
    width: state.width,
    height: state.height,
    x: state.x,
    y: state.y,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Jiaodui 校对',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'))
  })
  if (state.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())

  let saveTimer: NodeJS.Timeout | null = null
  const remember = () => {
    if (saveTimer) clearTimeout(saveTimer)
    saveTimer = setTimeout(() => {
      if (win.isDestroyed()) return
      void saveWindowState(stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() }).catch(() => undefined)
    }, 500)
  }
  win.on('resize', remember)
  win.on('move', remember)
  win.on('close', () => {
    if (saveTimer) clearTimeout(saveTimer)
    void saveWindowState(stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() }).catch(() => undefined)
  })

  // Nothing navigates away from the app, and no new windows open; web links go to the system browser.
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl())) event.preventDefault()
  })
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  void win.loadURL(appUrl())
  return win
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_CHANNEL, command)
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })
  await app.whenReady()

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY + CSP_HEADER_EXTRA] } })
  })

  try {
    appSession = await openAppSession({
      libraryDir: libraryDirFromArgs(),
      purpose: 'the Jiaodui desktop app',
      seedsDir: findSeedsDir([join(process.resourcesPath ?? '', 'seeds'), resolve(__dirname, '../../seeds')]),
      platform: {
        transport: 'ipc',
        chooseImportPaths: async (mode) => {
          const options: Electron.OpenDialogOptions = {
            title: mode === 'folder' ? 'Import a folder of OCR pages' : 'Import OCR pages',
            properties: mode === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
            filters: mode === 'folder' ? undefined : [{ name: 'Text', extensions: ['txt', 'text', 'md'] }, { name: 'All files', extensions: ['*'] }]
          }
          const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
          return result.canceled ? null : result.filePaths
        },
        chooseExportDir: async () => {
          const options: Electron.OpenDialogOptions = { title: 'Export into this folder', buttonLabel: 'Export here', properties: ['openDirectory', 'createDirectory'] }
          const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
          return result.canceled ? null : (result.filePaths[0] ?? null)
        },
        openFolder: async (dir) => {
          const problem = await shell.openPath(dir)
          if (problem) throw new Error(`Cannot open ${dir}: ${problem}`)
        }
      }
    })
  } catch (error) {
    dialog.showErrorBox('Jiaodui cannot open its library', (error as Error).message)
    app.exit(2)
    return
  }

  registerIpc(ipcMain, appSession.handlers, appUrl)
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(sendMenuCommand, { isMac: process.platform === 'darwin', dev })))
  mainWindow = createWindow()
  mainWindow.on('closed', () => (mainWindow = null))
}

let quitting = false
app.on('before-quit', (event) => {
  if (quitting || !appSession) return
  event.preventDefault()
  quitting = true
  void appSession.close().finally(() => app.quit())
})
app.on('window-all-closed', () => app.quit())
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault())
})

void start()
