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

    /** Starts recording keydown → painted-frame latencies of the clean-text editor into `latencies`. */
    watchKeystrokes() {
      const editor = document.querySelector('[aria-label="Clean text"]')
      if (!editor) throw new Error('no clean-text editor')
      const latencies = (this.latencies = [])
      let pending = null
      editor.addEventListener('keydown', (e) => (pending = e.timeStamp), true)
      new MutationObserver(() => {
        if (pending === null) return
        const t = pending
        pending = null
        afterPaint((now) => latencies.push(now - t))
      }).observe(editor, { subtree: true, childList: true, characterData: true })
    },

    /** Resolves once `count` keystroke latencies have been recorded (rejects after 10 s). */
    waitForLatencies(count) {
      return new Promise((resolve, reject) => {
        const t0 = performance.now()
        const check = () => {
          if (this.latencies.length >= count) return resolve(this.latencies.length)
          if (performance.now() - t0 > 10000) return reject(new Error(`keystroke ${count} was not painted within 10 s`))
          setTimeout(check, 1)
        }
        check()
      })
    },

    latencies: []
  }
})()
