// The QR encoder in src/core/qr.ts against published vectors (Reed–Solomon codewords of the
// "HELLO WORLD" 1-M example, the format and version bit tables of ISO/IEC 18004, alignment
// positions, capacities), and a reader written here that decodes what the encoder drew.
import { expect } from '@open-wc/testing';
import { alignmentPositions, encodeQr, formatBits, qrPath, rsDivisor, rsRemainder, versionBits, type QrMatrix } from '../../src/core/qr.js';

/** ECC M blocks per version, from the standard's table (independent of the encoder's own). */
const M_BLOCKS: Record<number, Array<[count: number, data: number]>> = {
  1: [[1, 16]], 2: [[1, 28]], 3: [[1, 44]], 4: [[2, 32]], 5: [[2, 43]], 6: [[4, 27]], 7: [[4, 31]],
  8: [[2, 38], [2, 39]], 9: [[3, 36], [2, 37]], 10: [[4, 43], [1, 44]],
};
const M_ECC = [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26];

/** Reads a symbol back: format, unmasking, codewords, error correction check, byte-mode text. */
function decode(m: QrMatrix): { text: string; mask: number; version: number } {
  const size = m.length;
  const version = (size - 17) / 4;
  // The second copy: bits 0–7 along row 8 from the right, bits 8–14 down column 8 from the bottom.
  let format = 0;
  for (let i = 0; i < 8; i++) if (m[8]![size - 1 - i]) format |= 1 << i;
  for (let i = 8; i < 15; i++) if (m[size - 15 + i]![8]) format |= 1 << i;
  const mask = [...Array(8).keys()].find((k) => formatBits(k) === format);
  if (mask === undefined) throw new Error(`format bits ${format.toString(2)} are not level M`);
  const fn = m.map((row) => row.map(() => false));
  const mark = (x0: number, y0: number, w: number, h: number) => {
    for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) if (x >= 0 && y >= 0 && x < size && y < size) fn[y]![x] = true;
  };
  mark(0, 0, 9, 9);
  mark(size - 8, 0, 8, 9);
  mark(0, size - 8, 9, 8);
  mark(6, 0, 1, size);
  mark(0, 6, size, 1);
  const al = alignmentPositions(version);
  // Every combination of the positions, except the three that would overlap a finder pattern.
  const inFinder = (x: number, y: number) => (x < 9 && y < 9) || (x > size - 9 && y < 9) || (x < 9 && y > size - 9);
  for (const ax of al) for (const ay of al) if (!inFinder(ax, ay)) mark(ax - 2, ay - 2, 5, 5);
  if (version >= 7) {
    mark(size - 11, 0, 3, 6);
    mark(0, size - 11, 6, 3);
  }
  const masks = [
    (x: number, y: number) => (x + y) % 2 === 0, (_: number, y: number) => y % 2 === 0, (x: number) => x % 3 === 0,
    (x: number, y: number) => (x + y) % 3 === 0, (x: number, y: number) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
    (x: number, y: number) => ((x * y) % 2) + ((x * y) % 3) === 0, (x: number, y: number) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
    (x: number, y: number) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
  ];
  const bits: number[] = [];
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let v = 0; v < size; v++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const y = ((right + 1) & 2) === 0 ? size - 1 - v : v;
        if (!fn[y]![x]) bits.push(m[y]![x] !== masks[mask]!(x, y) ? 1 : 0);
      }
    }
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8).join(''), 2));
  const blocks = M_BLOCKS[version]!.flatMap(([count, data]) => Array.from({ length: count }, () => ({ data, bytes: [] as number[], ecc: [] as number[] })));
  let k = 0;
  const maxData = Math.max(...blocks.map((b) => b.data));
  for (let i = 0; i < maxData; i++) for (const b of blocks) if (i < b.data) b.bytes.push(bytes[k++]!);
  for (let i = 0; i < M_ECC[version]!; i++) for (const b of blocks) b.ecc.push(bytes[k++]!);
  const div = rsDivisor(M_ECC[version]!);
  for (const b of blocks) expect(rsRemainder(b.bytes, div)).to.deep.equal(b.ecc);
  const data = blocks.flatMap((b) => b.bytes);
  const stream = data.map((b) => b.toString(2).padStart(8, '0')).join('');
  expect(stream.slice(0, 4)).to.equal('0100');
  const lenBits = version < 10 ? 8 : 16;
  const len = parseInt(stream.slice(4, 4 + lenBits), 2);
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) out[i] = parseInt(stream.slice(4 + lenBits + i * 8, 12 + lenBits + i * 8), 2);
  return { text: new TextDecoder().decode(out), mask, version };
}

describe('QR encoder (src/core/qr.ts)', () => {
  it('computes the Reed–Solomon codewords of the published HELLO WORLD 1-M example', () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    expect(rsRemainder(data, rsDivisor(10))).to.deep.equal([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });

  it('writes the format bits of level M and the version bits of the standard’s tables', () => {
    const table = ['101010000010010', '101000100100101', '101111001111100', '101101101001011', '100010111111001', '100000011001110', '100111110010111', '100101010100000'];
    table.forEach((bits, mask) => expect(formatBits(mask).toString(2).padStart(15, '0')).to.equal(bits));
    expect(versionBits(7).toString(2).padStart(18, '0')).to.equal('000111110010010100');
    expect(versionBits(10).toString(2).padStart(18, '0')).to.equal('001010010011010011');
  });

  it('places alignment patterns where the standard says', () => {
    expect(alignmentPositions(1)).to.deep.equal([]);
    expect(alignmentPositions(2)).to.deep.equal([6, 18]);
    expect(alignmentPositions(7)).to.deep.equal([6, 22, 38]);
    expect(alignmentPositions(10)).to.deep.equal([6, 28, 50]);
  });

  it('picks the smallest version for the byte capacities of level M, and refuses more than version 10 holds', () => {
    const capacity = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213];
    capacity.forEach((n, i) => {
      expect(encodeQr('a'.repeat(n)).length, `${n} bytes`).to.equal(21 + 4 * i);
      if (i < 9) expect(encodeQr('a'.repeat(n + 1)).length).to.equal(25 + 4 * i);
    });
    expect(() => encodeQr('a'.repeat(214))).to.throw(RangeError);
  });

  it('draws symbols a reader decodes back, with every mask, in every version, with UTF-8 text', () => {
    const texts = ['https://phuong.example/queue?ticket=q3XyZ0123456789abcdEF', 'Số thứ tự A-012 — Quầy số 03', 'x'.repeat(200)];
    for (const text of texts) {
      for (let mask = 0; mask < 8; mask++) {
        const r = decode(encodeQr(text, mask));
        expect(r.text).to.equal(text);
        expect(r.mask).to.equal(mask);
      }
    }
    for (let n = 1; n <= 213; n += 17) expect(decode(encodeQr('7'.repeat(n))).text).to.equal('7'.repeat(n));
  });

  it('draws finder patterns, timing patterns and the dark module', () => {
    const m = encodeQr('https://example.org/queue?ticket=abc');
    const size = m.length;
    for (const [x, y] of [[0, 0], [size - 7, 0], [0, size - 7]] as const) {
      expect(m[y]![x]).to.equal(true);
      expect(m[y + 1]![x + 1]).to.equal(false);
      expect(m[y + 3]![x + 3]).to.equal(true);
    }
    for (let i = 8; i < size - 8; i++) expect(m[6]![i]).to.equal(i % 2 === 0);
    expect(m[size - 8]![8]).to.equal(true);
  });

  it('renders as one SVG path of unit squares', () => {
    const m = encodeQr('A-012');
    const d = qrPath(m);
    const dark = m.flat().filter(Boolean).length;
    expect(d.match(/M/g)?.length).to.equal(dark);
    expect(d).to.match(/^(M\d+ \d+h1v1h-1z)+$/);
  });
});
