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
import { EditorWorkspace } from './editor/EditorWorkspace'
import type { PageSession } from './editor/page-session'
import { MenuBar } from './ui/MenuBar'
import { ShortcutsDialog } from './ui/ShortcutsDialog'
import { LibraryFindDialog } from './search/LibraryFindDialog'
import { ExportDialog } from './export/ExportDialog'
import { openSearchPanel } from '@codemirror/search'

type LibraryInfo = ApiOutput<'getLibraryInfo'>

export function App() {
  const [info, setInfo] = useState<LibraryInfo | null>(null)
  const [pages, setPages] = useState<PageEntry[]>([])
  const [selected, setSelected] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const [dragging, setDragging] = useState(false)
  const [reloadKey, setReloadKey] = useState(0)
  const [dialog, setDialog] = useState<'shortcuts' | 'find-library' | 'export' | null>(null)
  const session = useRef<PageSession | null>(null)
  const registerSession = useCallback((s: PageSession | null) => void (session.current = s), [])
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

  // While the host counts open suggestions in the background, refresh the page list when it is done.
  const analysisJob = info?.analysisJob ?? null
  useEffect(() => {
    if (!analysisJob) return
    let stopped = false
    void (async () => {
      for (;;) {
        await new Promise((r) => setTimeout(r, 1000))
        if (stopped) return
        const job = await api.getJob({ jobId: analysisJob }).catch(() => null)
        if (!job || job.state !== 'running') break
      }
      if (!stopped) setPages(await api.listPages({}))
    })()
    return () => {
      stopped = true
    }
  }, [analysisJob])

  /** Opens a page after the open one has saved everything. */
  const openPage = useCallback(async (id: string) => {
    await session.current?.flush()
    setSelected(id)
  }, [])

  const onSaved = useCallback((entry: PageEntry) => setPages((list) => list.map((p) => (p.id === entry.id ? entry : p))), [])

  const pagesRef = useRef(pages)
  pagesRef.current = pages
  const openNextNeedingWork = useCallback(
    (fromId: string) => {
      const list = pagesRef.current
      const start = list.findIndex((p) => p.id === fromId)
      for (let k = 1; k <= list.length; k++) {
        const p = list[(start + k) % list.length]
        if (p.status !== 'reviewed') return void openPage(p.id)
      }
      setStatus('Every page is reviewed.')
    },
    [openPage]
  )

  // Closing the window never loses an edit: hold the close until the open page is saved.
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!session.current?.unsaved) return
      e.preventDefault()
      e.returnValue = ''
      void session.current.flush().then(() => {
        if (transport === 'ipc') window.close()
      })
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [])

  const importer = useImport(refresh)

  const runAutoClean = useCallback(async () => {
    await session.current?.flush()
    try {
      const { jobId } = await api.runAuto({ ids: [] })
      for (;;) {
        const job = await api.getJob({ jobId })
        setStatus(job.state === 'running' ? `Applying safe cleanup… ${job.done}/${job.total}` : job.message)
        if (job.state !== 'running') break
        await new Promise((r) => setTimeout(r, 200))
      }
    } catch (error) {
      setStatus(describeError(error))
    }
    await refresh()
    setReloadKey((k) => k + 1)
  }, [refresh])
  const nativeDialogs = info?.nativeDialogs ?? false

  const onCommand = useCallback(
    (command: MenuCommand) => {
      if (command === 'import-files' || command === 'import-folder') {
        const mode = command === 'import-files' ? 'files' : 'folder'
        if (nativeDialogs) void importer.importWithDialog(mode)
        else (mode === 'files' ? fileInput : folderInput).current?.click()
      }
      else if (command === 'shortcuts') setDialog('shortcuts')
      else if (command === 'find-library') setDialog('find-library')
      else if (command === 'export') setDialog('export')
      else if (command === 'find') {
        const view = session.current?.cleanView
        if (view) openSearchPanel(view)
      } else if (command === 'auto-clean') void runAutoClean()
      else if (command === 'next-page') {
        if (selected) openNextNeedingWork(selected)
      } else if (command === 'about') setStatus('Jiaodui 校对 — clean, segment, tag and export Chinese newspaper OCR.')
      else setStatus(`${command}: not available yet`)
    },
    [nativeDialogs, importer, selected, openNextNeedingWork]
  )
  useEffect(() => onMenuCommand(onCommand), [onCommand])

  useEffect(() => {
    if (transport !== 'http') return // the native menu owns accelerators in Electron
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey
      if (mod && e.key.toLowerCase() === 'o') {
        e.preventDefault()
        runCommand(e.shiftKey ? 'import-folder' : 'import-files')
      } else if (mod && !e.shiftKey && e.key.toLowerCase() === 'e') {
        e.preventDefault()
        runCommand('export')
      } else if (mod && e.shiftKey && e.key.toLowerCase() === 'f') {
        e.preventDefault()
        runCommand('find-library')
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
        <PageList pages={pages} selectedId={selected} onSelect={(id) => void openPage(id)} />
        {selected ? (
          <EditorWorkspace
            key={`${selected}:${reloadKey}`}
            pageId={selected}
            onSaved={onSaved}
            onNextPage={openNextNeedingWork}
            onReload={() => setReloadKey((k) => k + 1)}
            registerSession={registerSession}
            labels={info?.labels ?? []}
            topics={info?.topics ?? []}
            onLibraryChanged={(labels, topics) => {
              if (labels || topics) setInfo((i) => (i ? { ...i, labels: labels ?? i.labels, topics: topics ?? i.topics } : i))
              else void refresh()
            }}
          />
        ) : (
          <main className="page-pane empty-pane">Choose a page from the list.</main>
        )}
      </div>
      <footer className="status-bar" role="status">
        <span>{status || (info?.notices[0] ?? '')}</span>
        <span className="muted">{info ? `${pages.length} pages · ${info.dir}` : 'Opening library…'}</span>
      </footer>
      <ImportPanel state={importer.state} onClose={importer.dismiss} />
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog === 'export' && (
        <ExportDialog
          labels={info?.labels ?? []}
          nativeDialogs={info?.nativeDialogs ?? false}
          currentPageId={selected}
          onClose={() => setDialog(null)}
          beforeExport={async () => {
            await session.current?.flush()
          }}
        />
      )}
      {dialog === 'find-library' && (
        <LibraryFindDialog
          onClose={() => setDialog(null)}
          beforeChange={async () => {
            await session.current?.flush()
          }}
          onChanged={() => {
            void refresh()
            setReloadKey((k) => k + 1)
          }}
        />
      )}
      {dragging && <div className="drop-overlay">Drop text files or folders to import them</div>}
      <input ref={fileInput} type="file" multiple hidden accept=".txt,.text,.md,.jsonl,text/plain" onChange={(e) => e.target.files && void importer.uploadFiles(filesFromInput(e.target.files, false)).then(() => (e.target.value = ''))} />
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
