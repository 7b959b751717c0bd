/**
 * The part of CBOR (RFC 8949) that Pagefind's metadata file uses: unsigned and negative integers,
 * byte and text strings, arrays and maps, all of definite length, and the simple values false,
 * true and null. Encoding uses the shortest head for every length and integer, as minicbor (which
 * Pagefind writes with) does, so a decoded file encodes back to the same bytes.
 * Anything else (floats, tags, indefinite lengths) is refused rather than guessed at.
 */
export type CborValue = number | string | Uint8Array | boolean | null | CborValue[] | Map<CborValue, CborValue>;

export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;

  const need = (count: number) => {
    if (offset + count > bytes.length) throw new Error(`CBOR: unexpected end of data at byte ${offset}`);
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) {
      need(1);
      return bytes[offset++]!;
    }
    if (info === 25) {
      need(2);
      offset += 2;
      return view.getUint16(offset - 2);
    }
    if (info === 26) {
      need(4);
      offset += 4;
      return view.getUint32(offset - 4);
    }
    if (info === 27) {
      need(8);
      offset += 8;
      const value = view.getBigUint64(offset - 8);
      if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`CBOR: integer too large at byte ${offset - 9}`);
      return Number(value);
    }
    throw new Error(`CBOR: unsupported additional information ${info} at byte ${offset - 1} (indefinite lengths are not read)`);
  };
  const item = (): CborValue => {
    need(1);
    const initial = bytes[offset++]!;
    const major = initial >> 5;
    const info = initial & 0x1f;
    switch (major) {
      case 0:
        return argument(info);
      case 1:
        return -1 - argument(info);
      case 2:
      case 3: {
        const length = argument(info);
        need(length);
        const slice = bytes.subarray(offset, offset + length);
        offset += length;
        return major === 2 ? slice.slice() : text.decode(slice);
      }
      case 4: {
        const length = argument(info);
        const array: CborValue[] = [];
        for (let index = 0; index < length; index++) array.push(item());
        return array;
      }
      case 5: {
        const length = argument(info);
        const map = new Map<CborValue, CborValue>();
        for (let index = 0; index < length; index++) {
          const key = item();
          map.set(key, item());
        }
        return map;
      }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        throw new Error(`CBOR: unsupported simple value or float ${info} at byte ${offset - 1}`);
      default:
        throw new Error(`CBOR: unsupported major type ${major} (tag) at byte ${offset - 1}`);
    }
  };

  const value = item();
  if (offset !== bytes.length) throw new Error(`CBOR: ${bytes.length - offset} bytes after the end of the data`);
  return value;
}

export function encodeCbor(value: CborValue): Uint8Array {
  const chunks: number[] = [];
  const encoder = new TextEncoder();
  const head = (major: number, argument: number) => {
    if (!Number.isSafeInteger(argument) || argument < 0) throw new Error(`CBOR: cannot encode ${argument}`);
    const type = major << 5;
    if (argument < 24) chunks.push(type | argument);
    else if (argument < 0x100) chunks.push(type | 24, argument);
    else if (argument < 0x10000) chunks.push(type | 25, argument >> 8, argument & 0xff);
    else if (argument < 0x100000000) chunks.push(type | 26, (argument >>> 24) & 0xff, (argument >>> 16) & 0xff, (argument >>> 8) & 0xff, argument & 0xff);
    else {
      const big = BigInt(argument);
      chunks.push(type | 27);
      for (let shift = 56n; shift >= 0n; shift -= 8n) chunks.push(Number((big >> shift) & 0xffn));
    }
  };
  const item = (current: CborValue) => {
    if (typeof current === 'number') {
      if (current >= 0) head(0, current);
      else head(1, -1 - current);
    } else if (typeof current === 'string') {
      const bytes = encoder.encode(current);
      head(3, bytes.length);
      for (const byte of bytes) chunks.push(byte);
    } else if (current instanceof Uint8Array) {
      head(2, current.length);
      for (const byte of current) chunks.push(byte);
    } else if (Array.isArray(current)) {
      head(4, current.length);
      current.forEach(item);
    } else if (current instanceof Map) {
      head(5, current.size);
      for (const [key, entry] of current) {
        item(key);
        item(entry);
      }
    } else if (current === false) chunks.push(0xf4);
    else if (current === true) chunks.push(0xf5);
    else chunks.push(0xf6);
  };
  item(value);
  return Uint8Array.from(chunks);
}
