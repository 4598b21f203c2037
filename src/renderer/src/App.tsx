// The application frame: menu (in the browser), page list, the open page, import progress, status line.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiOutput } from '../../shared/api/contract'
import type { MenuCommand } from '../../shared/api/methods'
import type { PageEntry } from '../../shared/model/library'
import { api, describeError, onMenuCommand, runCommand, transport } from './api'
import { ImportPanel } from './import/ImportPanel'
import { filesFromDrop, filesFromInput } from './import/upload-files'
import { useImport } from './import/useImport'
import { PageList } from './library/PageList'
import { PagePane } from './page/PagePane'
import { MenuBar } from './ui/MenuBar'

type LibraryInfo = ApiOutput<'getLibraryInfo'>

export function App() {
  const [info, setInfo] = useState<LibraryInfo | null>(null)
  const [pages, setPages] = useState<PageEntry[]>([])
  const [selected, setSelected] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const [dragging, setDragging] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)

  const refresh = useCallback(async () => {
    try {
      const [i, list] = await Promise.all([api.getLibraryInfo({}), api.listPages({})])
      setInfo(i)
      setPages(list)
      setSelected((current) => current ?? list[0]?.id ?? null)
    } catch (error) {
      setStatus(describeError(error))
    }
  }, [])
  useEffect(() => void refresh(), [refresh])

  const importer = useImport(refresh)
  const nativeDialogs = info?.nativeDialogs ?? false

  const onCommand = useCallback(
    (command: MenuCommand) => {
      if (command === 'import-files' || command === 'import-folder') {
        const mode = command === 'import-files' ? 'files' : 'folder'
        if (nativeDialogs) void importer.importWithDialog(mode)
        else (mode === 'files' ? fileInput : folderInput).current?.click()
      }
      else if (command === 'about') setStatus('Jiaodui 校对 — clean, segment, tag and export Chinese newspaper OCR.')
      else setStatus(`${command}: not available yet`)
    },
    [nativeDialogs, importer]
  )
  useEffect(() => onMenuCommand(onCommand), [onCommand])

  useEffect(() => {
    if (transport !== 'http') return // the native menu owns accelerators in Electron
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey
      if (mod && e.key.toLowerCase() === 'o') {
        e.preventDefault()
        runCommand(e.shiftKey ? 'import-folder' : 'import-files')
      } else if (e.key === 'F1') {
        e.preventDefault()
        runCommand('shortcuts')
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <div
      className={dragging ? 'app dragging' : 'app'}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault()
          setDragging(true)
        }
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
      onDrop={(e) => {
        e.preventDefault()
        setDragging(false)
        void filesFromDrop(e.dataTransfer).then(importer.uploadFiles)
      }}
    >
      <header className="app-header">
        <span className="app-name">
          校对 <span className="muted">Jiaodui</span>
        </span>
        {transport === 'http' && <MenuBar onCommand={runCommand} />}
      </header>
      <div className="app-body">
        <PageList pages={pages} selectedId={selected} onSelect={setSelected} />
        <PagePane pageId={selected} />
      </div>
      <footer className="status-bar" role="status">
        <span>{status || (info?.notices[0] ?? '')}</span>
        <span className="muted">{info ? `${pages.length} pages · ${info.dir}` : 'Opening library…'}</span>
      </footer>
      <ImportPanel state={importer.state} onClose={importer.dismiss} />
      {dragging && <div className="drop-overlay">Drop text files or folders to import them</div>}
      <input ref={fileInput} type="file" multiple hidden accept=".txt,.text,.md,text/plain" onChange={(e) => e.target.files && void importer.uploadFiles(filesFromInput(e.target.files, false)).then(() => (e.target.value = ''))} />
      <input
        ref={folderInput}
        type="file"
        hidden
        // @ts-expect-error webkitdirectory is a non-standard attribute every Chromium supports
        webkitdirectory=""
        onChange={(e) => e.target.files && void importer.uploadFiles(filesFromInput(e.target.files, true)).then(() => (e.target.value = ''))}
      />
    </div>
  )
}
