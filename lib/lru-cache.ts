/**
 * A map that forgets its least recently used entries once their summed size passes a
 * capacity. A Map keeps insertion order, so moving an entry to the end on each read makes its
 * first entries the least recently used.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();
  private used = 0;

  /** `sizeOf` measures an entry in the capacity's unit (1 per entry when not given). */
  constructor(
    private readonly capacity: number,
    private readonly sizeOf: (value: V) => number = () => 1,
  ) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    const size = this.sizeOf(value);
    // An entry larger than the whole cache would only evict everything else.
    if (size > this.capacity) return;
    this.entries.set(key, value);
    this.used += size;
    for (const [oldest, old] of this.entries) {
      if (this.used <= this.capacity) break;
      this.entries.delete(oldest);
      this.used -= this.sizeOf(old);
    }
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }

  /** Summed size of the entries held. */
  get size(): number {
    return this.used;
  }

  private delete(key: K): void {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.entries.delete(key);
    this.used -= this.sizeOf(old);
  }
}
