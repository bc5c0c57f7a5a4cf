import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSource, isTraditional, toTraditional } from '../../../src/lib/import/decode.ts';
import { ImportError } from '../../../src/lib/import/errors.ts';

const seed = readFileSync('content/sources/guanxian-2023-15.txt');
const text = seed.toString('utf8');

function errorOf(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('decodeSource', () => {
  it('reads UTF-8 as it is', () => {
    const d = decodeSource(seed, 'a.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(text);
  });

  it('detects and decodes GB18030 (GBK) text from a government site', () => {
    const d = decodeSource(iconv.encode(text, 'gb18030'), 'gbk.txt');
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(text);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const d = decodeSource(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'u16.txt');
    expect(d.encoding).toBe('utf-16le');
    expect(d.text).toBe(text);
  });

  it('strips a UTF-8 byte-order mark and normalises CRLF line ends', () => {
    const d = decodeSource(Buffer.from('\ufeff第一行\r\n第二行', 'utf8'), 'bom.txt');
    expect(d.text).toBe('第一行\n第二行');
  });

  it('converts a traditional-character mirror copy back to simplified', () => {
    const traditional = toTraditional(text);
    expect(isTraditional(traditional)).toBe(true);
    const d = decodeSource(Buffer.from(traditional, 'utf8'), 'tw.txt');
    expect(d.convertedFromTraditional).toBe(true);
    expect(d.text).toBe(text);
  });

  it('does not take a simplified notice for traditional', () => {
    expect(isTraditional(text)).toBe(false);
  });

  it('refuses an empty file naming it', () => {
    const e = errorOf(() => decodeSource(new Uint8Array(), 'empty.txt'));
    expect(e.code).toBe('empty');
    expect(e.message).toMatch(/^empty\.txt: the file is empty/);
  });

  it('refuses a file of white space as empty', () => {
    expect(errorOf(() => decodeSource(Buffer.from(' \n\t\n'), 'blank.txt')).code).toBe('empty');
  });

  it('refuses a binary file naming it', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const e = errorOf(() => decodeSource(png, 'image.png'));
    expect(e.code).toBe('binary');
    expect(e.message).toMatch(/^image\.png: .*binary/);
  });
});
