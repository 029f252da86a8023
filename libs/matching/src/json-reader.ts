/*
 * Fast path of the matching command: reads the instance's UTF-8 bytes straight into interned
 * integer arrays, without decoding, without JSON.parse building a million short strings and
 * without looking each one up again.
 *
 * It only accepts the plain format ({"students", "placements": {capacity, prefs}, "seed"} with
 * strict lists, no escapes in strings, no numeric-looking ids, no duplicate keys, no unknown
 * fields, ASCII ids) and valid instances. Anything else returns null and the caller falls back to
 * JSON.parse + allocate(), which is the single source of truth for results and error messages;
 * the tests check that both paths print the same thing.
 */
import { CompiledInstance, linkRanks } from './engine';
import { randomSeed } from './prng';

/** The reader gave up; the slow path will decide. Never escapes this module. */
class Bail extends Error {}
const BAIL = new Bail('not on the fast path');

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

class IntList {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** A trimmed copy. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Distinct strings of the input in an open-addressing hash table whose slots hold (hash, symbol)
 * side by side. Characters are copied to a compact pool: comparing against the first occurrence
 * in the text instead costs a cache miss per lookup, and lookups dominate reading.
 */
class Symbols {
  count = 0;
  /** Per symbol: offset in `chars`, length. */
  info = new Int32Array(2 * 1024);
  chars = new Uint8Array(16384);
  used = 0;
  /** Student / placement index of each symbol used as a key, or -1. */
  student = new Int32Array(1024).fill(-1);
  placement = new Int32Array(1024).fill(-1);
  private table = new Int32Array(2 * 4096);
  private mask = 4095;

  constructor(private readonly bytes: Uint8Array) {}

  /** Every symbol as a string (ASCII), decoded in one go. */
  strings(): string[] {
    const parts: string[] = [];
    for (let i = 0; i < this.used; i += 8192) {
      parts.push(String.fromCharCode.apply(null, Array.from(this.chars.subarray(i, Math.min(this.used, i + 8192)))));
    }
    const pool = parts.join('');
    const strings = new Array<string>(this.count);
    for (let sym = 0; sym < this.count; sym++) {
      const offset = this.info[2 * sym];
      strings[sym] = pool.slice(offset, offset + this.info[2 * sym + 1]);
    }
    return strings;
  }

  intern(start: number, end: number, hash: number): number {
    const { bytes, table, info, chars } = this;
    const len = end - start;
    let slot = hash & this.mask;
    for (;;) {
      const entry = table[2 * slot + 1];
      if (entry === 0) break;
      if (table[2 * slot] === hash) {
        const sym = entry - 1;
        if (info[2 * sym + 1] === len) {
          const other = info[2 * sym];
          let i = 0;
          while (i < len && chars[other + i] === bytes[start + i]) i++;
          if (i === len) return sym;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    return this.add(slot, start, len, hash);
  }

  private add(slot: number, start: number, len: number, hash: number): number {
    const sym = this.count++;
    if (sym === this.student.length) this.growSymbols();
    if (this.used + len > this.chars.length) {
      const grown = new Uint8Array(Math.max(this.chars.length * 2, this.used + len));
      grown.set(this.chars);
      this.chars = grown;
    }
    this.chars.set(this.bytes.subarray(start, start + len), this.used);
    this.info[2 * sym] = this.used;
    this.info[2 * sym + 1] = len;
    this.used += len;
    this.table[2 * slot] = hash;
    this.table[2 * slot + 1] = sym + 1;
    if (this.count * 2 > this.mask + 1) this.growTable();
    return sym;
  }

  private growSymbols(): void {
    const grow = (a: Int32Array, size: number, fill: number): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(size).fill(fill);
      b.set(a);
      return b;
    };
    const size = this.student.length * 2;
    this.info = grow(this.info, 2 * size, 0);
    this.student = grow(this.student, size, -1);
    this.placement = grow(this.placement, size, -1);
  }

  private growTable(): void {
    const old = this.table;
    const size = 2 * (this.mask + 1);
    const table = new Int32Array(2 * size);
    const mask = size - 1;
    for (let slot = 0; slot <= this.mask; slot++) {
      const entry = old[2 * slot + 1];
      if (entry === 0) continue;
      const hash = old[2 * slot];
      let to = hash & mask;
      while (table[2 * to + 1] !== 0) to = (to + 1) & mask;
      table[2 * to] = hash;
      table[2 * to + 1] = entry;
    }
    this.table = table;
    this.mask = mask;
  }
}

class Reader {
  pos = 0;
  readonly symbols: Symbols;
  readonly studentSyms = new IntList();
  readonly studentStart = new IntList();
  readonly entries = new IntList();
  readonly placementSyms = new IntList();
  readonly listStart = new IntList();
  readonly prefs = new IntList();
  readonly capacity = new IntList();
  seed: number | null = null;

  constructor(private readonly bytes: Uint8Array) {
    this.symbols = new Symbols(bytes);
    this.studentStart.push(0);
    this.listStart.push(0);
  }

  private skipSpace(): void {
    const { bytes } = this;
    let i = this.pos;
    let c = bytes[i];
    while (c === 32 || c === 10 || c === 13 || c === 9) c = bytes[++i];
    this.pos = i;
  }

  private expect(code: number): void {
    this.skipSpace();
    if (this.bytes[this.pos] !== code) throw BAIL;
    this.pos++;
    this.skipSpace();
  }

  /** After an item: true when another follows (comma), false at `close`. */
  private more(close: number): boolean {
    this.skipSpace();
    const c = this.bytes[this.pos++];
    if (c === COMMA) {
      this.skipSpace();
      return true;
    }
    if (c === close) return false;
    throw BAIL;
  }

  /** True (and consumes it) when the container closes right away. */
  private empty(close: number): boolean {
    if (this.bytes[this.pos] !== close) return false;
    this.pos++;
    return true;
  }

  private symbol(): number {
    const { bytes } = this;
    let i = this.pos;
    if (bytes[i] !== QUOTE) throw BAIL;
    const start = ++i;
    let hash = 0x811c9dc5 | 0;
    for (;;) {
      const c = bytes[i];
      if (c === QUOTE) break;
      // Escapes, control characters, non-ASCII and the end of input are left to JSON.parse.
      if (c === BACKSLASH || !(c >= 32 && c < 128)) throw BAIL;
      hash = Math.imul(hash ^ c, 0x01000193);
      i++;
    }
    this.pos = i + 1;
    return this.symbols.intern(start, i, hash);
  }

  /** Tells whether the key at the cursor is `expected` (plain ASCII, no escapes). */
  private key(expected: string): boolean {
    const { bytes } = this;
    if (bytes[this.pos] !== QUOTE) throw BAIL;
    const start = this.pos + 1;
    for (let i = 0; i < expected.length; i++) if (bytes[start + i] !== expected.charCodeAt(i)) return false;
    return bytes[start + expected.length] === QUOTE;
  }

  /** Consumes the key recognised by {@link key}. */
  private skipKey(expected: string): void {
    this.pos += expected.length + 2;
  }

  /** A JSON integer without sign, fraction or exponent, up to 15 digits. */
  private natural(): number {
    const { bytes } = this;
    const start = this.pos;
    let value = 0;
    let c = bytes[this.pos];
    while (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      c = bytes[++this.pos];
    }
    const digits = this.pos - start;
    if (digits === 0 || (digits > 1 && bytes[start] === 48) || digits > 15) throw BAIL;
    if (c === 46 || c === 101 || c === 69) throw BAIL;
    return value;
  }

  /** A list of ids, e.g. ["p1", "p2"]: the hot loop, kept in one function with local state. */
  private symbolList(into: IntList): void {
    this.expect(OPEN_BRACKET);
    if (this.empty(CLOSE_BRACKET)) return;
    const { bytes, symbols } = this;
    let i = this.pos;
    for (;;) {
      if (bytes[i] !== QUOTE) throw BAIL;
      const start = ++i;
      let hash = 0x811c9dc5 | 0;
      let c = bytes[i];
      while (c !== QUOTE) {
        // Escapes, control characters, non-ASCII and the end of input are left to JSON.parse.
        if (c === BACKSLASH || !(c >= 32 && c < 128)) throw BAIL;
        hash = Math.imul(hash ^ c, 0x01000193);
        c = bytes[++i];
      }
      into.push(symbols.intern(start, i, hash));
      c = bytes[++i];
      while (c === 32 || c === 10 || c === 13 || c === 9) c = bytes[++i];
      i++;
      if (c === COMMA) {
        c = bytes[i];
        while (c === 32 || c === 10 || c === 13 || c === 9) c = bytes[++i];
      } else if (c === CLOSE_BRACKET) break;
      else throw BAIL;
    }
    this.pos = i;
  }

  private students(): void {
    this.expect(OPEN_BRACE);
    if (this.empty(CLOSE_BRACE)) return;
    const { symbols } = this;
    do {
      const sym = this.symbol();
      if (symbols.student[sym] !== -1) throw BAIL;
      symbols.student[sym] = this.studentSyms.length;
      this.studentSyms.push(sym);
      this.expect(COLON);
      this.symbolList(this.entries);
      this.studentStart.push(this.entries.length);
    } while (this.more(CLOSE_BRACE));
  }

  private placements(): void {
    this.expect(OPEN_BRACE);
    if (this.empty(CLOSE_BRACE)) return;
    const { symbols } = this;
    do {
      const sym = this.symbol();
      if (symbols.placement[sym] !== -1) throw BAIL;
      symbols.placement[sym] = this.placementSyms.length;
      this.placementSyms.push(sym);
      this.expect(COLON);
      this.expect(OPEN_BRACE);
      let capacity = -1;
      let prefs = false;
      if (!this.empty(CLOSE_BRACE)) {
        do {
          if (this.key('capacity') && capacity < 0) {
            this.skipKey('capacity');
            this.expect(COLON);
            capacity = this.natural();
          } else if (this.key('prefs') && !prefs) {
            this.skipKey('prefs');
            this.expect(COLON);
            this.symbolList(this.prefs);
            prefs = true;
          } else throw BAIL;
        } while (this.more(CLOSE_BRACE));
      }
      if (capacity < 0 || !prefs) throw BAIL;
      this.capacity.push(Math.min(capacity, 0x3fffffff));
      this.listStart.push(this.prefs.length);
    } while (this.more(CLOSE_BRACE));
  }

  read(): void {
    let students = false;
    let placements = false;
    this.expect(OPEN_BRACE);
    if (!this.empty(CLOSE_BRACE)) {
      do {
        if (this.key('students') && !students) {
          this.skipKey('students');
          this.expect(COLON);
          this.students();
          students = true;
        } else if (this.key('placements') && !placements) {
          this.skipKey('placements');
          this.expect(COLON);
          this.placements();
          placements = true;
        } else if (this.key('seed') && this.seed === null) {
          this.skipKey('seed');
          this.expect(COLON);
          this.seed = this.natural();
          if (this.seed > 0xffffffff) throw BAIL;
        } else throw BAIL;
      } while (this.more(CLOSE_BRACE));
    }
    this.skipSpace();
    if (this.pos !== this.bytes.length || !students || !placements) throw BAIL;
  }

  /** Ids as strings; numeric-looking ones would be reordered by JS objects, so they bail. */
  ids(syms: IntList, strings: string[]): string[] {
    const ids = new Array<string>(syms.length);
    for (let i = 0; i < syms.length; i++) {
      const id = strings[syms.data[i]];
      const first = id.charCodeAt(0);
      if (first >= 48 && first <= 57) throw BAIL;
      ids[i] = id;
    }
    return ids;
  }
}

/**
 * @internal Reads a plain, valid instance from UTF-8 JSON; null when the input needs the general
 * path (JSON.parse + allocate) for any reason, including every kind of error.
 */
export function readInstanceBytes(bytes: Uint8Array): { compiled: CompiledInstance; seedGiven: boolean } | null {
  try {
    const reader = new Reader(bytes);
    reader.read();
    const { symbols } = reader;
    const strings = symbols.strings();
    const studentIds = reader.ids(reader.studentSyms, strings);
    const placementIds = reader.ids(reader.placementSyms, strings);
    const nS = studentIds.length;
    const nP = placementIds.length;
    const stamp = new Int32Array(Math.max(nS, nP)).fill(-1);

    const entryPlacement = reader.entries.toArray();
    const studentStart = reader.studentStart.toArray();
    for (let s = 0; s < nS; s++) {
      for (let e = studentStart[s]; e < studentStart[s + 1]; e++) {
        const p = symbols.placement[entryPlacement[e]];
        if (p < 0 || stamp[p] === s) throw BAIL;
        stamp[p] = s;
        entryPlacement[e] = p;
      }
    }
    const prefStudent = reader.prefs.toArray();
    const listStart = reader.listStart.toArray();
    const openCapacity = new Int32Array(nP);
    stamp.fill(-1);
    for (let p = 0; p < nP; p++) {
      for (let i = listStart[p]; i < listStart[p + 1]; i++) {
        const s = symbols.student[prefStudent[i]];
        if (s < 0 || stamp[s] === p) throw BAIL;
        stamp[s] = p;
        prefStudent[i] = s;
      }
      openCapacity[p] = Math.min(reader.capacity.data[p], listStart[p + 1] - listStart[p]);
    }
    return {
      compiled: {
        studentIds,
        placementIds,
        studentStart,
        entryPlacement,
        entryRank: linkRanks(nS, nP, studentStart, entryPlacement, listStart, prefStudent),
        listStart,
        prefStudent,
        inGroup: null,
        openCapacity,
        reservedCapacity: new Int32Array(nP),
        hasReserve: new Uint8Array(nP),
        seed: reader.seed ?? randomSeed(),
        lotteryUsed: false,
      },
      seedGiven: reader.seed !== null,
    };
  } catch (error) {
    if (error instanceof Bail) return null;
    throw error;
  }
}
