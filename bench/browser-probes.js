// In-page probes for measure 7, injected before the app loads (page.addInitScript) as plain browser JS, so the
// Node-side TypeScript needs no DOM types. Times come from performance.now() and event.timeStamp; "painted" is
// a requestAnimationFrame callback after the DOM change followed by a message-channel task, which runs once
// that frame has been produced.
;(() => {
  const afterPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => callback(performance.now())
      channel.port2.postMessage(0)
    })

  window.__jiaoduiBench = {
    /** Clicks the page-list button whose text includes `label`; resolves with ms until `needle` is in the raw view and painted. */
    openPage(label, needle) {
      return new Promise((resolve, reject) => {
        const button = [...document.querySelectorAll('nav[aria-label="Library"] li button')].find((b) =>
          b.textContent.includes(label)
        )
        if (!button) return reject(new Error(`no page ${label} in the visible list`))
        const shown = () => (document.querySelector('[aria-label="Raw OCR text"]')?.textContent ?? '').includes(needle)
        const timer = setTimeout(() => reject(new Error(`page ${label} did not show within 30 s`)), 30000)
        const t0 = performance.now()
        const observer = new MutationObserver(() => {
          if (!shown()) return
          observer.disconnect()
          clearTimeout(timer)
          afterPaint((now) => resolve(now - t0))
        })
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
        button.click()
      })
    },

    /** Scrolls the page list by `step` px per frame for `frames` frames: frame intervals and the most list items seen. */
    scrollList(frames, step) {
      return new Promise((resolve, reject) => {
        const scroller = document.querySelector('.page-list-scroll')
        const list = document.querySelector('ul[aria-label="Pages"]')
        if (!scroller || !list) return reject(new Error('no page list'))
        scroller.scrollTop = 0
        const intervals = []
        let maxItems = 0
        let last = -1
        let n = 0
        let position = 0
        const frame = (now) => {
          if (last >= 0) intervals.push(now - last)
          last = now
          maxItems = Math.max(maxItems, list.querySelectorAll('li').length)
          if (n++ >= frames) return resolve({ intervals, maxItems, scrolledPx: scroller.scrollTop })
          position += step
          scroller.scrollTop = position // write only: reading scrollTop here would force a layout every frame
          requestAnimationFrame(frame)
        }
        requestAnimationFrame(frame)
      })
    },

    /**
     * Starts recording, per key pressed in the editor `selector`: `latencies` (keydown → painted frame) and `keys`
     * ({latency, handled, frame}). `handled` is keydown → the end of the key's handling (the browser's editing and the
     * page's keydown/input handlers, CodeMirror's DOM-change flush included); `frame` is the time the requestAnimationFrame
     * callbacks of the key's frame take (CodeMirror's measure). The rest of a latency is waiting for the frame, style,
     * layout and paint.
     */
    watchKeystrokes(selector = '[aria-label="Clean text"]') {
      const editor = document.querySelector(selector)
      if (!editor) throw new Error(`no editor ${selector}`)
      const latencies = (this.latencies = [])
      const keys = (this.keys = [])
      this.waiters = []
      let current = null
      const settle = () => {
        this.waiters = this.waiters.filter((w) =>
          latencies.length >= w.count ? (w.resolve(latencies.length), false) : true
        )
      }
      editor.addEventListener(
        'keydown',
        (e) => {
          const key = (current = { t: e.timeStamp, handled: NaN, frame: NaN, changed: false })
          // Registered before any callback the key's handling requests, so it runs first in that frame.
          requestAnimationFrame((frameTime) => (key.frameStart = { frameTime, at: performance.now() }))
        },
        true
      )
      // Window listeners run after the page's own; the microtask after them, after CodeMirror's mutation flush.
      const handled = () => {
        if (current && !current.painted) current.handled = performance.now() - current.t
      }
      const changed = () => {
        if (!current || current.changed) return
        const key = current
        key.changed = true
        requestAnimationFrame((frameTime) => {
          // NaN when the key's first frame came before its change (nothing of the key to measure in it)
          key.frame = key.frameStart?.frameTime === frameTime ? performance.now() - key.frameStart.at : NaN
          const channel = new MessageChannel()
          channel.port1.onmessage = () => {
            key.painted = true
            key.latency = performance.now() - key.t
            latencies.push(key.latency)
            keys.push({ latency: key.latency, handled: key.handled, frame: key.frame })
            settle()
          }
          channel.port2.postMessage(0)
        })
      }
      for (const type of ['keydown', 'input'])
        window.addEventListener(type, () =>
          queueMicrotask(() => {
            handled()
            if (type === 'input') changed() // a <textarea> changes no DOM
          })
        )
      new MutationObserver(changed).observe(editor, { subtree: true, childList: true, characterData: true })
    },

    /** The app's clean editor as the keystroke floors copy it: text, cursor, box, font and scroll position. */
    editorSetup() {
      const view = window.__jiaoduiSession?.cleanView
      if (!view) throw new Error('no clean editor session')
      const box = view.dom.getBoundingClientRect()
      const font = getComputedStyle(view.scrollDOM)
      return {
        text: view.state.doc.toString(),
        cursor: view.state.selection.main.head,
        style: {
          width: box.width,
          height: box.height,
          fontFamily: font.fontFamily,
          fontSize: font.fontSize,
          lineHeight: font.lineHeight,
          scrollTop: view.scrollDOM.scrollTop
        }
      }
    },

    /** Resolves once `count` keystroke latencies have been recorded (rejects after 10 s). */
    waitForLatencies(count) {
      return new Promise((resolve, reject) => {
        if (this.latencies.length >= count) return resolve(this.latencies.length)
        const timer = setTimeout(() => reject(new Error(`keystroke ${count} was not painted within 10 s`)), 10000)
        this.waiters.push({ count, resolve: (n) => (clearTimeout(timer), resolve(n)) })
      })
    },

    waiters: [],
    keys: [],
    latencies: []
  }
})()
