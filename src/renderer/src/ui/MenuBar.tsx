// The in-page menu bar of the browser host (the desktop app has the native application menu instead).
// Keyboard: Alt+F/E/V/H open a menu, arrows move, Enter runs, Escape closes.
import { useEffect, useRef, useState } from 'react'
import type { MenuCommand } from '../../../shared/api/methods'

interface Item {
  label: string
  command: MenuCommand
  shortcut?: string
}

const MENUS: Array<{ label: string; key: string; items: Item[] }> = [
  {
    label: 'File',
    key: 'f',
    items: [
      { label: 'Import Files…', command: 'import-files', shortcut: 'Ctrl+O' },
      { label: 'Import Folder…', command: 'import-folder', shortcut: 'Ctrl+Shift+O' },
      { label: 'Export…', command: 'export', shortcut: 'Ctrl+E' }
    ]
  },
  {
    label: 'Edit',
    key: 'e',
    items: [
      { label: 'Find and Replace…', command: 'find', shortcut: 'Ctrl+F' },
      { label: 'Find and Replace in Library…', command: 'find-library', shortcut: 'Ctrl+Shift+F' },
      { label: 'Apply Safe Cleanup to All Pages', command: 'auto-clean' }
    ]
  },
  { label: 'View', key: 'v', items: [{ label: 'Next Page Needing Work', command: 'next-page', shortcut: 'Ctrl+Alt+N' }] },
  {
    label: 'Help',
    key: 'h',
    items: [
      { label: 'Keyboard Shortcuts', command: 'shortcuts', shortcut: 'F1' },
      { label: 'About Jiaodui', command: 'about' }
    ]
  }
]

export function MenuBar({ onCommand }: { onCommand: (c: MenuCommand) => void }) {
  const [open, setOpen] = useState<number | null>(null)
  const [active, setActive] = useState(0)
  const bar = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey) {
        const i = MENUS.findIndex((m) => m.key === e.key.toLowerCase())
        if (i >= 0) {
          e.preventDefault()
          setOpen(i)
          setActive(0)
        }
      }
    }
    const onClick = (e: MouseEvent) => {
      if (bar.current && !bar.current.contains(e.target as Node)) setOpen(null)
    }
    window.addEventListener('keydown', onKey)
    window.addEventListener('mousedown', onClick)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('mousedown', onClick)
    }
  }, [])

  useEffect(() => {
    if (open !== null) bar.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus()
  }, [open, active])

  const run = (c: MenuCommand) => {
    setOpen(null)
    onCommand(c)
  }

  return (
    <div className="menu-bar" role="menubar" aria-label="Application menu" ref={bar}>
      {MENUS.map((menu, i) => (
        <div key={menu.label} className="menu">
          <button
            type="button"
            aria-haspopup="menu"
            aria-expanded={open === i}
            className={open === i ? 'menu-title open' : 'menu-title'}
            onClick={() => (setOpen(open === i ? null : i), setActive(0))}
            onMouseEnter={() => open !== null && setOpen(i)}
          >
            {menu.label}
          </button>
          {open === i && (
            <div
              className="menu-popup"
              role="menu"
              aria-label={menu.label}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown') setActive((active + 1) % menu.items.length)
                else if (e.key === 'ArrowUp') setActive((active - 1 + menu.items.length) % menu.items.length)
                else if (e.key === 'ArrowRight') setOpen((i + 1) % MENUS.length)
                else if (e.key === 'ArrowLeft') setOpen((i - 1 + MENUS.length) % MENUS.length)
                else if (e.key === 'Escape') setOpen(null)
                else return
                e.preventDefault()
              }}
            >
              {menu.items.map((item) => (
                <button key={item.command} type="button" role="menuitem" tabIndex={-1} onClick={() => run(item.command)}>
                  <span>{item.label}</span>
                  {item.shortcut && <kbd>{item.shortcut}</kbd>}
                </button>
              ))}
            </div>
          )}
        </div>
      ))}
    </div>
  )
}
