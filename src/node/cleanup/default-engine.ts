// The cleanup engine as the app runs it: the shared engine with jieba's dictionary as its lexicon.
import { runEngine } from '../../shared/cleanup/engine'
import type { Suggestion } from '../../shared/cleanup/suggestion'
import { jiebaLexicon } from '../lexicon/jiebaLexicon'

export function defaultEngine(raw: string): Suggestion[] {
  return runEngine(raw, { lexicon: jiebaLexicon() })
}
