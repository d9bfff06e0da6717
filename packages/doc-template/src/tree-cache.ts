/**
 * Values computed once per syntax tree (or per template) and shared by
 * every rule that asks: the alignment, the prose ranges, the fields, the
 * front matter. Held in a `WeakMap`, so a value lives exactly as long as
 * the object it was computed for. Any further arguments (the source text)
 * reach `compute` on the first call only: they must follow from the key.
 */

/** `compute`, run once per `key` object; later calls give back the same value (`undefined` included). */
export function cachedPerObject<K extends object, A extends unknown[], V>(compute: (key: K, ...rest: A) => V): (key: K, ...rest: A) => V {
  const values = new WeakMap<K, V>()
  return (key, ...rest) => {
    if (values.has(key)) return values.get(key) as V
    const value = compute(key, ...rest)
    values.set(key, value)
    return value
  }
}

/**
 * `compute`, run once per pair of a `key` object and a `second` key (a
 * template, or a string such as options written out): a tree checked
 * against several templates keeps one value for each. The second level is
 * a `Map`, so it may hold strings; it goes with the first key's entry.
 */
export function cachedPerPair<K extends object, S, A extends unknown[], V>(
  compute: (key: K, second: S, ...rest: A) => V,
): (key: K, second: S, ...rest: A) => V {
  const byKey = cachedPerObject((_key: K) => new Map<S, V>())
  return (key, second, ...rest) => {
    const values = byKey(key)
    if (values.has(second)) return values.get(second) as V
    const value = compute(key, second, ...rest)
    values.set(second, value)
    return value
  }
}
