/**
 * A set of string tuples (the key columns of a row). Each column's values are numbered as they
 * come, the tuple's first columns select a bit set through nested maps of numbers, and the last
 * column is a bit in it: at 10,000 units the 2022 daily series has 2 million (date, unit) keys, and
 * a string set per date cost more than reading the rows. A key adds one bit, no string.
 *
 * @example const s = new TupleSet(2); s.add(['2019-12-31', '500054']) // → true; again → false
 */
export class TupleSet {
  /** per column: value → its number */
  private readonly ids: Map<string, number>[];
  private readonly root = new Map<number, unknown>();
  private leaf: Bits = { bytes: new Uint8Array(64) };

  constructor(private readonly width: number) {
    if (width < 1) throw new RangeError('a tuple has at least one value');
    this.ids = Array.from({ length: width }, () => new Map<string, number>());
  }

  /** Adds the tuple; false when it was there already. */
  add(tuple: readonly string[]): boolean {
    if (tuple.length !== this.width) throw new RangeError(`expected ${this.width} values, got ${tuple.length}`);
    let bits = this.leaf;
    if (this.width > 1) {
      let level = this.root;
      for (let i = 0; i < this.width - 2; i++) {
        const id = this.idOf(i, tuple[i]);
        let next = level.get(id) as Map<number, unknown> | undefined;
        if (next === undefined) level.set(id, (next = new Map()));
        level = next;
      }
      const id = this.idOf(this.width - 2, tuple[this.width - 2]);
      let found = level.get(id) as Bits | undefined;
      if (found === undefined) level.set(id, (found = { bytes: new Uint8Array(64) }));
      bits = found;
    }
    const last = this.idOf(this.width - 1, tuple[this.width - 1]);
    const byte = last >> 3;
    if (byte >= bits.bytes.length) {
      const grown = new Uint8Array(Math.max(byte + 1, bits.bytes.length * 2));
      grown.set(bits.bytes);
      bits.bytes = grown;
    }
    const mask = 1 << (last & 7);
    if ((bits.bytes[byte] & mask) !== 0) return false;
    bits.bytes[byte] |= mask;
    return true;
  }

  private idOf(column: number, value: string): number {
    const ids = this.ids[column];
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ids.size));
    return id;
  }
}

interface Bits {
  bytes: Uint8Array;
}
