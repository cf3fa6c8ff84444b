/**
 * A set of string tuples (the key columns of a row) held as nested maps, not as joined strings: at
 * 10,000 units the 2022 daily series has 2 million keys, and a joined string per key was most of
 * what the garbage collector had to trace while reading it. The rows' code and date strings are
 * shared (read-district-codes.ts, csv-fields.ts), so a key adds no string of its own.
 *
 * @example const s = new TupleSet(2); s.add(['2019-12-31', '500054']) // → true; again → false
 */
export class TupleSet {
  private readonly root = new Map<string, unknown>();

  constructor(private readonly width: number) {
    if (width < 1) throw new RangeError('a tuple has at least one value');
  }

  /** Adds the tuple; false when it was there already. */
  add(tuple: readonly string[]): boolean {
    if (tuple.length !== this.width) throw new RangeError(`expected ${this.width} values, got ${tuple.length}`);
    let level: Map<string, unknown> = this.root;
    for (let i = 0; i < this.width - 1; i++) {
      let next = level.get(tuple[i]) as Map<string, unknown> | undefined;
      if (next === undefined) level.set(tuple[i], (next = new Map()));
      level = next;
    }
    const last = tuple[this.width - 1];
    if (level.has(last)) return false;
    level.set(last, true);
    return true;
  }
}
