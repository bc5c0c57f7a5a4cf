import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { ImportError } from './errors.ts';

/** The decoded text of a raw notice and what the decoder found out about it. */
export interface DecodedSource {
  /** The text, with line endings normalised to \n and traditional characters converted when detected. */
  text: string;
  /** The encoding the bytes were read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  /** True when the notice was printed in traditional characters and converted to simplified. */
  convertedFromTraditional: boolean;
}

/**
 * Decodes the bytes of a raw notice. UTF-8 (with or without BOM) and UTF-16 with a BOM
 * are read as such; bytes that are not valid UTF-8 are read as GB18030 (a superset of
 * GBK and GB2312, the encodings Chinese government sites serve) when that yields Chinese
 * text. Empty and binary input is refused with an ImportError.
 */
export function decodeSource(bytes: Uint8Array, file: string): DecodedSource {
  if (bytes.length === 0 || /^\s*$/.test(new TextDecoder('latin1').decode(bytes.subarray(0, 4096))) && isBlank(bytes)) {
    throw new ImportError('empty', file, 'the file is empty; expected the text of a notice with a task table');
  }
  let encoding: DecodedSource['encoding'];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    if (looksBinary(bytes)) {
      throw new ImportError('binary', file, 'the file is binary (it contains NUL or control bytes); expected a text notice (UTF-8 or GB18030)');
    }
    const utf8 = tryUtf8(bytes);
    if (utf8 !== null) {
      encoding = 'utf-8';
      text = utf8.replace(/^\ufeff/, '');
    } else {
      encoding = 'gb18030';
      text = iconv.decode(Buffer.from(bytes), 'gb18030');
      const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
      const bad = (text.match(/\ufffd/g) ?? []).length;
      if (cjk === 0 || bad > cjk / 50) {
        throw new ImportError('undecodable', file, 'the bytes are neither UTF-8 nor GB18030 Chinese text; expected a text notice');
      }
    }
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 65536))) {
    throw new ImportError('binary', file, 'the file holds control characters; expected a text notice');
  }
  text = text.replace(/\r\n?/g, '\n').replace(/\u2028|\u2029/g, '\n');
  if (text.trim() === '') {
    throw new ImportError('empty', file, 'the file holds only white space; expected the text of a notice with a task table');
  }
  const convertedFromTraditional = isTraditional(text);
  if (convertedFromTraditional) text = toSimplified(text);
  return { text, encoding, convertedFromTraditional };
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  return true;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A NUL byte, or many C0 control bytes in the first 8 KB, means the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > head.length / 100;
}

const toSimplifiedConverter = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toTraditionalConverter = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Converts traditional characters to simplified (OpenCC, Taiwan standard to mainland). */
export function toSimplified(text: string): string {
  return toSimplifiedConverter(text);
}

/** Converts simplified to traditional; the tests use it to make mirror-site variants of real notices. */
export function toTraditional(text: string): string {
  return toTraditionalConverter(text);
}

/**
 * Mainland notices are printed in simplified characters; a mirror site may serve them
 * converted to traditional. The text counts as traditional when converting it to
 * simplified changes a noticeable share of its ideographs.
 */
export function isTraditional(text: string): boolean {
  const sample = text.slice(0, 20000);
  const ideographs = (sample.match(/[\u4e00-\u9fff]/g) ?? []).length;
  if (ideographs < 20) return false;
  const simplified = toSimplified(sample);
  let changed = 0;
  for (let i = 0; i < sample.length && i < simplified.length; i++) if (sample[i] !== simplified[i]) changed++;
  return changed / ideographs > 0.05;
}
