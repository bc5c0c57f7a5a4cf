/**
 * Text repairs shared by every reader: extraction damage (stray spaces, half-width
 * punctuation, HTML fragments) is undone here once, so that readers stay simple.
 * None of these functions drops a printed character other than white space and markup.
 */

/** CJK ideographs plus full-width punctuation and symbols: characters that never take a space beside them in Chinese text. */
const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u00b7';
const CJK_CHAR = new RegExp(`[${CJK}]`);
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0\\u3000]+|[ \\t\\u00a0\\u3000]+(?=[${CJK}])`, 'g');

/** True when the string holds at least one CJK ideograph or full-width symbol. */
export function hasCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}

/** Removes white space that a PDF or web extraction put beside Chinese characters ("公 开" → "公开", "2023 年" → "2023年"). */
export function removeStraySpaces(text: string): string {
  return text.replace(SPACE_NEXT_TO_CJK, '');
}

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * Turns half-width punctuation used in Chinese text into the full-width forms the
 * notices print elsewhere. ASCII between two ASCII characters (5.1, a,b) is left alone;
 * straight double quotes become “ ” in alternation.
 */
export function fullWidthPunctuation(text: string): string {
  const out: string[] = [];
  let openQuote = true;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    // The previous character as already converted: "(单位):" has a full-width ） before the colon.
    const prev = out.at(-1) ?? '';
    const next = chars[i + 1] ?? '';
    const full = HALF_TO_FULL[c];
    if (full && (CJK_CHAR.test(prev) || CJK_CHAR.test(next) || c === '(' || c === ')')) {
      // Parentheses are converted even beside ASCII ("(PPP)") when the text is Chinese: the notices print （PPP）.
      out.push(full);
    } else if (c === '"') {
      out.push(openQuote ? '“' : '”');
      openQuote = !openQuote;
    } else {
      out.push(c);
    }
  }
  return out.join('');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the HTML entities that appear in pasted fragments (&amp; &nbsp; &#12345; &#x4e00;). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Turns an HTML fragment of a table cell into text, keeping block boundaries
 * (<p>, <li>, <br>, <div>) as line breaks so numbered items stay apart.
 */
export function htmlToText(html: string): string {
  if (!/<\/?[a-z][^>]*>/i.test(html)) return decodeEntities(html);
  return decodeEntities(
    html
      .replace(/<\s*br\s*\/?>/gi, '\n')
      .replace(/<\/?\s*(p|li|div|ol|ul|tr|h[1-6])\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Strips Markdown emphasis and heading marks a web-to-Markdown conversion added (`**附件**`, `## 标题`). */
export function stripMarkdownMarks(line: string): string {
  return line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\*\*(.+?)\*\*/g, '$1').replace(/^\s*[-*+]\s+(?=\S)/, '');
}

/** The repairs every printed string gets: HTML out, stray spaces out, full-width punctuation, trimmed. */
export function cleanText(text: string): string {
  return fullWidthPunctuation(removeStraySpaces(htmlToText(text)))
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
    .trim();
}

/** Like cleanText, but joins the lines of a cell that an extraction broke mid-phrase ("一、深化\n主动公开" → "一、深化主动公开"). */
export function cleanInline(text: string): string {
  return removeStraySpaces(cleanText(text).replace(/\n+/g, ' ')).trim();
}

/** The comparison form of a text: NFKC, no white space, punctuation folded; for matching, never for display. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[“”"'‘’]/g, '"')
    .replace(/[〔［【\[]/g, '[')
    .replace(/[〕］】\]]/g, ']');
}

/** True when a requirement text ends as a sentence does (。；！？ or a closing quote/bracket after one). */
export function endsSentence(text: string): boolean {
  return /[。；;！!？?…]["”’）)]*$/.test(text.trim());
}
