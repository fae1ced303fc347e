/** The loaded chapter sources keyed by file (the model keys them by chapter id). */
import type {Model} from '../pipeline/assemble-model.ts'

export function sourcesByFile(model: Model): Map<string, string> {
  const map = new Map<string, string>()
  for (const chapter of model.spec.chapters) {
    const source = model.sources.get(chapter.id)
    if (source !== undefined) map.set(chapter.file, source)
  }
  return map
}
