/** Finding repeats: every item whose key an earlier item already had, paired with that first item. */
export function laterDuplicates<T>(items: Iterable<T>, key: (item: T) => string | null): Array<{item: T; first: T}> {
  const first = new Map<string, T>()
  const repeats: Array<{item: T; first: T}> = []
  for (const item of items) {
    const value = key(item)
    if (value === null) continue
    const earlier = first.get(value)
    if (earlier === undefined) first.set(value, item)
    else repeats.push({item, first: earlier})
  }
  return repeats
}
