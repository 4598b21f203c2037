// One open page in the side-by-side editor: the raw view (read-only, problems marked by kind), the clean
// view (editable; provenance, decisions, entities and layout in its state), the suggestion list, autosave,
// cross-highlighting and synchronized scrolling. React components subscribe to it; CodeMirror owns the text.
import { undo, redo } from '@codemirror/commands'
import { openSearchPanel } from '@codemirror/search'
import { Compartment, EditorState, type Extension, type TransactionSpec } from '@codemirror/state'
import { EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers, type KeyBinding, type ViewUpdate } from '@codemirror/view'
import type { EditablePage } from '../../../shared/api/contract'
import { rawToClean } from '../../../shared/cleanup/provenance'
import type { Suggestion, SuggestionKind } from '../../../shared/cleanup/suggestion'
import type { PageEntry } from '../../../shared/model/library'
import type { PageFile, PageStatus } from '../../../shared/model/page'
import { PAGE_STATUSES } from '../../../shared/model/page'
import { basicCleanExtensions } from './basic-extensions'
import { annotationFieldsExtension, entitiesField, layoutField, storedLayout } from './annotation-fields'
import { PageSaver, type SaveCause, type SaveStatus } from './autosave'
import { decisionsField } from './decisions-field'
import { docString } from './doc-string'
import { diffMarks, rawTextFacet, showDeletionsFacet } from './diff-marks'
import { cleanRangesOf, rawOffsetNear, rawRangesOf, sentenceAround } from './linking'
import { editableFields, pageFieldsExtension } from './page-state'
import { joinWithNext, moveParagraph } from './paragraph-commands'
import { provenanceOf } from './provenance-field'
import { markLayer } from './range-marks'
import { keysOf, type ShortcutId } from './shortcuts'
import { acceptSuggestions, rejectSuggestions } from './suggestion-transactions'
import { segmentPage } from '../../../shared/articles/segmentPage'
import type { LabelDef } from '../../../shared/model/library'
import type { EntitySpan } from '../../../shared/model/page'
import { api, describeError } from '../api'
import { articleDecorations, autoLayoutField, effectiveLayout, setAutoLayout } from '../tagging/article-layout'
import { entityMarks, labelsFacet } from '../tagging/entity-marks'
import { acceptSpans, addProposals, rejectSpans, spanAt, splitArticleAtCursor, tagSelection } from '../tagging/tagging-commands'
import { cleanMarks, computeStates, rawMarks, rawRanges, type SuggestionView } from './suggestion-states'

export type SuggestionFilter = 'all' | 'safe' | 'review'
export type EditorMode = 'clean' | 'tag'

export interface SessionCallbacks {
  /** A save went through: the page list shows the new summary of the page. */
  onSaved(entry: PageEntry): void
  /** Open the next page that needs work (after "mark reviewed"). */
  onNextPage(pageId: string): void
  /** The library's entity labels (name, colour, hotkey). */
  labels: readonly LabelDef[]
}

const suggestionLayerRaw = markLayer()
const suggestionLayerClean = markLayer()
const linkedRaw = markLayer()
const linkedClean = markLayer()

function causeOf(update: ViewUpdate): SaveCause | null {
  for (const tr of update.transactions) {
    if (tr.isUserEvent('accept')) return 'accept'
    if (tr.isUserEvent('reject')) return 'reject'
    if (tr.isUserEvent('paragraph')) return 'paragraph'
    if (tr.isUserEvent('input.replace')) return 'replace'
    if (tr.isUserEvent('tag')) return 'tag'
    if (tr.isUserEvent('segment')) return 'segment'
  }
  const changedState = update.transactions.some(
    (tr) => tr.startState.field(decisionsField) !== tr.state.field(decisionsField) || tr.startState.field(entitiesField) !== tr.state.field(entitiesField)
  )
  return update.docChanged || changedState ? 'edit' : null
}

/** The typing pause to wait for before background work that takes `costMs`: never blocks more than ~1/4 of the time. */
function pauseAfter(costMs: number, min: number): number {
  return Math.min(2000, Math.max(min, 4 * costMs))
}

/** Same suggestions in the same states (positions may differ). */
function sameStates(a: readonly SuggestionView[], b: readonly SuggestionView[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i].suggestion !== b[i].suggestion || a[i].state !== b[i].state) return false
  return true
}

export class PageSession {
  readonly raw: string
  readonly pageId: string
  status: PageStatus
  views: SuggestionView[] = []
  /** Changes when a suggestion's state changes (not when typing only moves them): the panel re-renders on it. */
  statesVersion = 0
  selectedId: string | null = null
  saveStatus: SaveStatus = { kind: 'saved', at: Date.now() }
  showDeletions = false
  syncScroll = true
  mode: EditorMode = 'clean'
  /** The "move selection to the end of…" picker is open (Ctrl+Shift+M). */
  pickingFragment = false
  proposing = false
  message = ''
  version = 0

  labels: readonly LabelDef[]
  rawView: EditorView | null = null
  cleanView: EditorView | null = null
  private readonly saver: PageSaver
  private readonly listeners = new Set<() => void>()
  private readonly deletions = new Compartment()
  private statesTimer: ReturnType<typeof setTimeout> | null = null
  private layoutTimer: ReturnType<typeof setTimeout> | null = null
  private readonly labelConf = new Compartment()
  private linkTimer: ReturnType<typeof setTimeout> | null = null
  private inverse: Int32Array | null = null
  private scrollLeader: 'raw' | 'clean' | null = null
  private disposed = false
  /** How long the last state refresh and re-segmentation took: big pages wait for a longer pause in typing. */
  private statesCostMs = 0
  private layoutCostMs = 0

  /** The engine's suggestions; empty until they arrive (`analyzing`). */
  suggestions: Suggestion[] = []
  analyzing = true

  constructor(
    readonly page: PageFile,
    private readonly callbacks: SessionCallbacks
  ) {
    this.labels = callbacks.labels
    this.raw = page.raw
    this.pageId = page.id
    this.status = page.status
    this.saver = new PageSaver(
      page.id,
      page.revision,
      () => this.snapshot(),
      (s) => {
        this.saveStatus = s
        this.emit()
      },
      (_revision, entry) => callbacks.onSaved(entry)
    )
  }

  // --- subscription (useSyncExternalStore) ---
  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
  getVersion = () => this.version
  private emit(): void {
    this.version++
    for (const l of this.listeners) l()
  }

  // --- views ---
  mount(rawParent: HTMLElement, cleanParent: HTMLElement): void {
    this.rawView = new EditorView({ parent: rawParent, state: EditorState.create({ doc: this.raw, extensions: this.rawExtensions() }) })
    this.cleanView = new EditorView({ parent: cleanParent, state: EditorState.create({ doc: this.page.clean, extensions: this.cleanExtensions() }) })
    this.refreshStates()
    this.recomputeLayout()
    const sync = (from: 'raw' | 'clean') => () => this.onScroll(from)
    this.rawView.scrollDOM.addEventListener('scroll', sync('raw'), { passive: true })
    this.cleanView.scrollDOM.addEventListener('scroll', sync('clean'), { passive: true })
  }

  private bindings(): KeyBinding[] {
    const bind = (id: ShortcutId, run: () => boolean): KeyBinding[] => keysOf(id).map((key) => ({ key, run, preventDefault: true }))
    return [
      ...bind('nextSuggestion', () => (this.step(1), true)),
      ...bind('prevSuggestion', () => (this.step(-1), true)),
      ...bind('acceptSuggestion', () => (this.selectedId ? (this.accept(this.selectedId), true) : false)),
      ...bind('rejectSuggestion', () => (this.selectedId ? (this.reject(this.selectedId), true) : false)),
      ...bind('moveParagraphUp', () => this.runSpec(moveParagraph(this.cleanState(), -1))),
      ...bind('moveParagraphDown', () => this.runSpec(moveParagraph(this.cleanState(), 1))),
      ...bind('joinParagraph', () => this.runSpec(joinWithNext(this.cleanState()))),
      ...bind('moveFragment', () => (this.setPickingFragment(true), true)),
      ...bind('toggleUnified', () => (this.setShowDeletions(!this.showDeletions), true)),
      ...bind('markReviewed', () => (void this.markReviewedAndNext(), true)),
      ...bind('find', () => (this.cleanView ? openSearchPanel(this.cleanView) : false)),
      ...bind('acceptEntity', () => this.decideEntityAtCursor(true)),
      ...bind('rejectEntity', () => this.decideEntityAtCursor(false)),
      ...bind('nextEntity', () => this.stepEntity()),
      ...bind('splitArticle', () => this.runSpec(splitArticleAtCursor(this.cleanState())))
    ]
  }

  /** Digits 1–9 tag the selection in tagging mode; elsewhere (or with no selection) they type. */
  private labelKeys(): KeyBinding[] {
    return '123456789'.split('').map((key) => ({
      key,
      run: () => {
        if (this.mode !== 'tag' || !this.cleanView || this.cleanView.state.selection.main.empty) return false
        const label = this.labels.find((l) => l.hotkey === key)
        return label ? this.tag(label.name) : false
      }
    }))
  }

  private rawExtensions(): Extension {
    return [
      lineNumbers(),
      highlightActiveLine(),
      drawSelection(),
      EditorState.readOnly.of(true),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'Raw OCR text', 'aria-readonly': 'true' }),
      suggestionLayerRaw.field,
      linkedRaw.field,
      keymap.of(this.bindings()),
      EditorView.domEventHandlers({ click: (e) => this.onMarkClick(e, 'raw') }),
      EditorView.updateListener.of((u) => {
        if (u.selectionSet && u.view.hasFocus) this.scheduleLink('raw')
      })
    ]
  }

  private cleanExtensions(): Extension {
    const page = this.page
    return [
      ...basicCleanExtensions([...this.labelKeys(), ...this.bindings()]),
      pageFieldsExtension(page),
      annotationFieldsExtension({ entities: page.entities, orphans: page.orphans }, page.layout),
      rawTextFacet.of(this.raw),
      this.deletions.of(showDeletionsFacet.of(false)),
      diffMarks,
      this.labelConf.of(labelsFacet.of(this.labels)),
      autoLayoutField,
      articleDecorations,
      entityMarks,
      suggestionLayerClean.field,
      linkedClean.field,
      EditorView.contentAttributes.of({ 'aria-label': 'Clean text', spellcheck: 'false' }),
      EditorView.domEventHandlers({ click: (e) => this.onMarkClick(e, 'clean') }),
      EditorView.updateListener.of((u) => this.onCleanUpdate(u))
    ]
  }

  cleanState(): EditorState {
    return (this.cleanView as EditorView).state
  }

  /** Dispatches a transaction spec on the clean view; false when there is nothing to do. */
  runSpec(spec: TransactionSpec | null): boolean {
    if (!spec || !this.cleanView) return false
    this.cleanView.dispatch(spec)
    return true
  }

  private onCleanUpdate(u: ViewUpdate): void {
    const cause = causeOf(u)
    if (cause) {
      this.inverse = null
      this.saver.changed(cause)
      this.scheduleStates()
      if (cause === 'tag' && u.state.field(entitiesField).entities.some((e) => e.status === 'accepted')) this.promoteTo('tagged')
    }
    if (u.docChanged) this.scheduleLayout()
    if (u.selectionSet && u.view.hasFocus && !u.docChanged) this.scheduleLink('clean')
  }

  /** The engine's suggestions arrived (they are computed on the host after the page opened). */
  setSuggestions(list: Suggestion[]): void {
    this.suggestions = list
    this.analyzing = false
    this.refreshStates()
    this.emit() // "Analyzing…" ends even when refreshStates sees no change (a page with no suggestions)
  }

  // --- suggestion states and marks ---
  private scheduleStates(): void {
    if (this.statesTimer) clearTimeout(this.statesTimer)
    this.statesTimer = setTimeout(() => this.refreshStates(), pauseAfter(this.statesCostMs, 120))
  }

  /**
   * Recomputes which suggestions are open against the current text. Marks and the panel are redrawn only when a
   * state changed: while typing, the mark layers follow the edits by mapping, and a 200 KB page has thousands.
   */
  refreshStates(): void {
    if (!this.cleanView || !this.rawView || this.disposed) return
    if (this.cleanView.composing) return this.scheduleStates() // never disturb an input method mid-composition
    const started = performance.now()
    const state = this.cleanView.state
    const next = computeStates({ clean: docString(state.doc), prov: provenanceOf(state) }, this.suggestions, state.field(decisionsField))
    const changed = !sameStates(this.views, next)
    this.views = next
    if (changed) {
      this.statesVersion++
      this.drawMarks()
    }
    this.statesCostMs = performance.now() - started
    this.maybePromoteStatus()
    if (changed) this.emit()
  }

  private drawMarks(): void {
    this.rawView?.dispatch({ effects: suggestionLayerRaw.set.of(rawMarks(this.views, this.selectedId)) })
    this.cleanView?.dispatch({ effects: suggestionLayerClean.set.of(cleanMarks(this.views, this.selectedId)) })
  }

  openViews(filter: SuggestionFilter = 'all'): SuggestionView[] {
    return this.views.filter((v) => v.state === 'open' && (filter === 'all' || (filter === 'safe') === v.suggestion.safe))
  }

  private byId(id: string): SuggestionView | undefined {
    return this.views.find((v) => v.suggestion.id === id)
  }

  select(id: string | null, scroll = true): void {
    this.selectedId = id
    this.drawMarks()
    const v = id ? this.byId(id) : undefined
    if (v && scroll) {
      const raw = rawRanges(v.suggestion)[0]
      if (raw && this.rawView) this.rawView.dispatch({ effects: EditorView.scrollIntoView(raw.from, { y: 'center' }) })
      if (v.state === 'open' && this.cleanView) this.cleanView.dispatch({ effects: EditorView.scrollIntoView(v.cleanFrom, { y: 'center' }) })
    }
    this.emit()
  }

  /** Selects the next (1) or previous (-1) open suggestion in reading order of the clean text. */
  step(dir: 1 | -1): void {
    const open = this.openViews().sort((a, b) => a.cleanFrom - b.cleanFrom || a.cleanTo - b.cleanTo)
    if (open.length === 0) return this.select(null)
    const current = open.findIndex((v) => v.suggestion.id === this.selectedId)
    let next: number
    if (current >= 0) next = (current + dir + open.length) % open.length
    else {
      const cursor = this.cleanView?.state.selection.main.head ?? 0
      next = dir > 0 ? open.findIndex((v) => v.cleanFrom >= cursor) : open.findLastIndex((v) => v.cleanFrom < cursor)
      if (next < 0) next = dir > 0 ? 0 : open.length - 1
    }
    this.select(open[next].suggestion.id)
  }

  accept(id: string): void {
    this.acceptMany([id])
  }

  /** Accepts suggestions in one undoable step (at most one per group: the best ranked one). */
  acceptMany(ids: readonly string[]): void {
    if (!this.cleanView) return
    const chosen = new Map<string, Suggestion>()
    for (const id of ids) {
      const v = this.byId(id)
      if (!v || v.state !== 'open') continue
      const key = v.suggestion.group ?? v.suggestion.id
      const have = chosen.get(key)
      if (!have || (v.suggestion.rank ?? 1) < (have.rank ?? 1)) chosen.set(key, v.suggestion)
    }
    const nextId = this.neighbourOf(ids)
    const spec = acceptSuggestions(this.cleanView.state, [...chosen.values()], this.suggestions)
    if (spec) this.cleanView.dispatch(spec)
    this.refreshStates()
    this.select(nextId, nextId !== null)
  }

  /** Accepts a person's variant of a suggestion (the ordering view's rearranged lines) under its id. */
  acceptCustom(variant: Suggestion): void {
    if (!this.cleanView) return
    const spec = acceptSuggestions(this.cleanView.state, [variant], this.suggestions)
    if (spec) this.cleanView.dispatch(spec)
    this.refreshStates()
  }

  reject(id: string): void {
    this.rejectMany([id])
  }

  rejectMany(ids: readonly string[]): void {
    if (!this.cleanView || ids.length === 0) return
    const nextId = this.neighbourOf(ids)
    this.cleanView.dispatch(rejectSuggestions(ids))
    this.refreshStates()
    this.select(nextId, nextId !== null)
  }

  /** The open suggestion to select after `ids` are decided: the next one in reading order. */
  private neighbourOf(ids: readonly string[]): string | null {
    const gone = new Set(ids)
    const open = this.openViews().sort((a, b) => a.cleanFrom - b.cleanFrom)
    const first = open.findIndex((v) => gone.has(v.suggestion.id))
    const after = open.slice(Math.max(0, first)).find((v) => !gone.has(v.suggestion.id) && !(v.suggestion.group && ids.some((i) => this.byId(i)?.suggestion.group === v.suggestion.group)))
    return after?.suggestion.id ?? open.find((v) => !gone.has(v.suggestion.id))?.suggestion.id ?? null
  }

  acceptAllOfKind(kind: SuggestionKind, filter: SuggestionFilter): void {
    this.acceptMany(this.openViews(filter).filter((v) => v.suggestion.kind === kind).map((v) => v.suggestion.id))
  }

  rejectAllOfKind(kind: SuggestionKind, filter: SuggestionFilter): void {
    this.rejectMany(this.openViews(filter).filter((v) => v.suggestion.kind === kind).map((v) => v.suggestion.id))
  }

  undo(): void {
    if (this.cleanView) undo(this.cleanView)
  }

  redo(): void {
    if (this.cleanView) redo(this.cleanView)
  }

  // --- status ---
  setStatus(status: PageStatus): void {
    if (status === this.status) return
    this.status = status
    this.saver.changed('status')
    this.emit()
  }

  /** Moves the status forward to `status` (never back: a person sets it back by hand). */
  private promoteTo(status: PageStatus): void {
    if (PAGE_STATUSES.indexOf(this.status) < PAGE_STATUSES.indexOf(status)) this.setStatus(status)
  }

  /** A page whose suggestions a person has all decided counts as cleaned. */
  private maybePromoteStatus(): void {
    const decidedByHand = Object.values(this.cleanState().field(decisionsField)).some((d) => d.by === 'human')
    if (decidedByHand && this.openViews().length === 0) this.promoteTo('cleaned')
  }

  // --- tagging ---
  setMode(mode: EditorMode): void {
    this.mode = mode
    this.emit()
    const entities = this.cleanState().field(entitiesField).entities
    if (mode === 'tag' && entities.length === 0 && !this.proposing) void this.propose()
  }

  setLabels(labels: readonly LabelDef[]): void {
    this.labels = labels
    this.cleanView?.dispatch({ effects: this.labelConf.reconfigure(labelsFacet.of(labels)) })
    this.emit()
  }

  tag(label: string): boolean {
    return this.runSpec(tagSelection(this.cleanState(), label))
  }

  /** Asks the host for proposals (rules + segmenter) on the current text and shows them as pending. */
  async propose(): Promise<void> {
    if (!this.cleanView) return
    this.proposing = true
    this.message = 'Proposing entities…'
    this.emit()
    try {
      const state = this.cleanView.state
      const { entities } = await api.proposeEntities({ clean: docString(state.doc), layout: effectiveLayout(state), existing: state.field(entitiesField).entities })
      if (this.cleanView && this.cleanView.state.doc.eq(state.doc)) {
        const spec = addProposals(this.cleanView.state, entities)
        this.runSpec(spec)
        this.message = spec ? `${entities.length} entities proposed: review them (Alt+Y accept, Alt+N reject)` : 'No new proposals'
      } else this.message = 'The text changed while proposing: propose again'
    } catch (error) {
      this.message = describeError(error)
    }
    this.proposing = false
    this.emit()
  }

  entities(): EntitySpan[] {
    return this.cleanView ? this.cleanView.state.field(entitiesField).entities : this.page.entities
  }

  private decideEntityAtCursor(accept: boolean): boolean {
    if (!this.cleanView) return false
    const span = spanAt(this.cleanView.state, this.cleanView.state.selection.main.head, 'pending')
    if (!span) return false
    this.runSpec(accept ? acceptSpans(this.cleanView.state, new Set([span.id])) : rejectSpans(this.cleanView.state, new Set([span.id])))
    this.stepEntity()
    return true
  }

  /** Moves the cursor to the next pending proposal. */
  stepEntity(): boolean {
    if (!this.cleanView) return false
    const pos = this.cleanView.state.selection.main.head
    const pending = this.entities().filter((e) => e.status === 'pending')
    const next = pending.find((e) => e.start > pos) ?? pending[0]
    if (!next) return false
    this.cleanView.dispatch({ selection: { anchor: next.start, head: next.end }, scrollIntoView: true })
    this.cleanView.focus()
    return true
  }

  jumpTo(from: number, to: number): void {
    this.cleanView?.dispatch({ selection: { anchor: from, head: to }, effects: EditorView.scrollIntoView(from, { y: 'center' }) })
    this.cleanView?.focus()
  }

  private scheduleLayout(): void {
    if (this.layoutTimer) clearTimeout(this.layoutTimer)
    this.layoutTimer = setTimeout(() => this.recomputeLayout(), pauseAfter(this.layoutCostMs, 400))
  }

  /** Re-runs the automatic segmentation while no person has edited the layout. */
  recomputeLayout(): void {
    if (!this.cleanView || this.disposed) return
    if (this.cleanView.composing) return this.scheduleLayout()
    const state = this.cleanView.state
    if (state.field(layoutField)) return
    const started = performance.now()
    const layout = segmentPage(docString(state.doc), { raw: this.raw, prov: provenanceOf(state) })
    this.layoutCostMs = performance.now() - started
    this.cleanView.dispatch({ effects: setAutoLayout.of(layout) })
    this.emit()
  }

  async markReviewedAndNext(): Promise<void> {
    this.setStatus('reviewed')
    await this.flush()
    this.callbacks.onNextPage(this.pageId)
  }

  setPickingFragment(on: boolean): void {
    this.pickingFragment = on
    this.emit()
  }

  /** Accepts every open safe suggestion (one undo step). */
  acceptAllSafe(): void {
    this.acceptMany(this.openViews('safe').map((v) => v.suggestion.id))
  }

  setShowDeletions(on: boolean): void {
    this.showDeletions = on
    this.cleanView?.dispatch({ effects: this.deletions.reconfigure(showDeletionsFacet.of(on)) })
    this.emit()
  }

  setSyncScroll(on: boolean): void {
    this.syncScroll = on
    this.emit()
  }

  // --- saving ---
  private snapshot(): EditablePage {
    const state = this.cleanState()
    const { entities, orphans } = state.field(entitiesField)
    return { ...editableFields(state), status: this.status, layout: storedLayout(state), entities, orphans }
  }

  get unsaved(): boolean {
    return this.saver.hasUnsavedChanges
  }

  flush(): Promise<void> {
    return this.saver.flush()
  }

  overwrite(revision: number): Promise<void> {
    return this.saver.overwrite(revision)
  }

  // --- linking the two sides ---
  private onMarkClick(event: MouseEvent, _side: 'raw' | 'clean'): boolean {
    const target = (event.target as HTMLElement).closest('[data-suggestion]')
    const id = target?.getAttribute('data-suggestion')
    if (id) this.select(id, false)
    return false
  }

  private scheduleLink(from: 'raw' | 'clean'): void {
    if (this.linkTimer) clearTimeout(this.linkTimer)
    this.linkTimer = setTimeout(() => this.link(from), 40)
  }

  private inverseMap(): Int32Array {
    return (this.inverse ??= rawToClean(provenanceOf(this.cleanState()), this.raw.length))
  }

  /** Highlights, on the other side, the sentence around the cursor on side `from`. */
  link(from: 'raw' | 'clean'): void {
    if (!this.rawView || !this.cleanView) return
    if (from === 'clean') {
      const state = this.cleanView.state
      const s = sentenceAround(docString(state.doc), state.selection.main.head)
      const ranges = rawRangesOf(provenanceOf(state), s.from, s.to)
      this.rawView.dispatch({
        effects: [linkedRaw.set.of(ranges.map((r) => ({ ...r, className: 'cm-linked' }))), ...(ranges[0] ? [EditorView.scrollIntoView(ranges[0].from, { y: 'nearest', yMargin: 60 })] : [])]
      })
      this.cleanView.dispatch({ effects: linkedClean.set.of([]) })
    } else {
      const pos = this.rawView.state.selection.main.head
      const s = sentenceAround(this.raw, pos)
      const ranges = cleanRangesOf(this.inverseMap(), s.from, s.to)
      this.cleanView.dispatch({
        effects: [linkedClean.set.of(ranges.map((r) => ({ ...r, className: 'cm-linked' }))), ...(ranges[0] ? [EditorView.scrollIntoView(ranges[0].from, { y: 'nearest', yMargin: 60 })] : [])]
      })
      this.rawView.dispatch({ effects: linkedRaw.set.of([]) })
    }
  }

  /** Keeps the other side's top line at the same place of the page, through the provenance. */
  private onScroll(from: 'raw' | 'clean'): void {
    if (!this.syncScroll || !this.rawView || !this.cleanView) return
    if (this.scrollLeader && this.scrollLeader !== from) return
    this.scrollLeader = from
    requestAnimationFrame(() => {
      const src = from === 'clean' ? this.cleanView : this.rawView
      const dst = from === 'clean' ? this.rawView : this.cleanView
      if (src && dst) {
        const top = src.lineBlockAtHeight(src.scrollDOM.scrollTop)
        let target = -1
        if (from === 'clean') target = rawOffsetNear(provenanceOf(src.state), top.from)
        else {
          const inv = this.inverseMap()
          for (let r = top.from; r < Math.min(inv.length, top.from + 400) && target < 0; r++) target = inv[r]
        }
        if (target >= 0) {
          const block = dst.lineBlockAt(Math.min(target, dst.state.doc.length))
          const offsetInBlock = src.scrollDOM.scrollTop - top.top
          dst.scrollDOM.scrollTop = block.top + Math.min(offsetInBlock, block.height)
        }
      }
      requestAnimationFrame(() => (this.scrollLeader = null))
    })
  }

  async dispose(): Promise<void> {
    if (this.disposed) return
    await this.flush()
    this.disposed = true
    this.saver.dispose()
    if (this.statesTimer) clearTimeout(this.statesTimer)
    if (this.linkTimer) clearTimeout(this.linkTimer)
    if (this.layoutTimer) clearTimeout(this.layoutTimer)
    this.rawView?.destroy()
    this.cleanView?.destroy()
  }
}
