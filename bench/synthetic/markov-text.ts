// New newspaper-like Chinese paragraphs from the seed pages' characters: an order-2 character Markov chain
// that now and then falls back to order 1, so it keeps the seeds' vocabulary, punctuation and numbers without
// copying long runs (two generated paragraphs must not look like repeats of each other).
import type { Prng } from './prng'

const SENTENCE_END = '。！？'

export class MarkovText {
  private readonly chars: string[] = []
  private readonly ids = new Map<string, number>()
  private readonly order2 = new Map<number, number[]>()
  private readonly order1 = new Map<number, number[]>()
  private readonly starts: Array<[number, number]> = []

  /** `paragraphs`: clean text, one paragraph per string, no line breaks. */
  constructor(
    paragraphs: readonly string[],
    private readonly fallback = 0.2
  ) {
    for (const p of paragraphs) {
      const seq = [...p].map((ch) => this.id(ch))
      if (seq.length < 3) continue
      this.starts.push([seq[0], seq[1]])
      for (let i = 2; i < seq.length; i++) {
        push(this.order2, seq[i - 2] * 65536 + seq[i - 1], seq[i])
        push(this.order1, seq[i - 1], seq[i])
      }
      push(this.order1, seq[0], seq[1])
    }
  }

  private id(ch: string): number {
    let id = this.ids.get(ch)
    if (id === undefined) {
      id = this.chars.length
      this.chars.push(ch)
      this.ids.set(ch, id)
    }
    return id
  }

  /** A paragraph of about `length` characters (code points) ending with sentence punctuation. */
  paragraph(rng: Prng, length: number): string {
    let [a, b] = rng.pick(this.starts)
    const out = [this.chars[a], this.chars[b]]
    while (true) {
      const two = rng.chance(this.fallback) ? undefined : this.order2.get(a * 65536 + b)
      const options = two ?? this.order1.get(b)
      if (!options) {
        ;[a, b] = rng.pick(this.starts)
        continue
      }
      const c = rng.pick(options)
      const ch = this.chars[c]
      if (out.length >= length + 40 || (out.length >= length && SENTENCE_END.includes(ch))) {
        out.push(SENTENCE_END.includes(ch) ? ch : '。')
        break
      }
      out.push(ch)
      a = b
      b = c
    }
    return out.join('')
  }

  /** A short line (headline, kicker, subhead) of `length` characters without sentence punctuation. */
  line(rng: Prng, length: number): string {
    let text = ''
    while ([...text].length < length) text += this.paragraph(rng, length).replace(/[。！？，、；：,;:（）()“”"]/gu, '')
    return [...text].slice(0, length).join('')
  }
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
