/**
 * The notice page's citations (progressive enhancement; src/components/Citation.astro). A
 * box prints its GB/T 7714 reference with [访问日期] and, without a configured site address,
 * the permalink as a path. When a box opens (or a link lands on it: a search result's 引用
 * leads to /notices/<id>/#t12-cite), this fills in the reader's access date and the absolute
 * permalink, adds the citation's BibTeX and CSL-JSON, and a copy button to each form. The
 * forms are made with the code the build uses (src/lib/citation.ts), from the notice's facts
 * (#citation-notice, once per page) and the box's own (data-url, data-key, data-ordinal, and the
 * text of the task it closes). Bundled by Astro into an external module (the pages allow no inline script).
 */
import { bibtexEntry, CITATION_NOTICE_ID, cslJson, gbtReference, type CitationNotice, type CitationSource } from '../lib/citation.ts';

const FORMS = [
  { format: 'gbt', label: 'GB/T 7714—2015 格式', copy: '复制引文', make: (s: CitationSource, date: string) => gbtReference(s, date) },
  { format: 'bibtex', label: 'BibTeX 格式（导入文献管理软件）', copy: '复制BibTeX', make: (s: CitationSource, date: string) => bibtexEntry(s, date) },
  { format: 'csl-json', label: 'CSL-JSON 格式（导入文献管理软件）', copy: '复制CSL-JSON', make: (s: CitationSource, date: string) => cslJson([s], date) },
] as const;

const noticeData = document.getElementById(CITATION_NOTICE_ID)?.textContent;
const notice = noticeData ? (JSON.parse(noticeData) as CitationNotice) : null;

/** Today in the reader's time zone, as GB/T 7714 writes dates: 2024-05-01. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A box's citation source: the notice's facts with the box's permalink (made absolute), key and task (its position, and its text as the task prints it). */
function sourceOf(box: HTMLElement, facts: CitationNotice): CitationSource {
  const { url = '', key = '', ordinal } = box.dataset;
  const text = box.closest('.task')?.querySelector('.task-text')?.textContent ?? '';
  return { ...facts, permalink: new URL(url, window.location.href).href, key, task: ordinal ? { ordinal: Number(ordinal), text } : null };
}

/** Copies text; falls back to selecting it, so that the reader can press Ctrl+C. */
async function copy(text: string, node: Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(node);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return false;
  }
}

/** Completes a box once: every form with today's date and the absolute permalink, each with its copy button. */
function enhance(box: HTMLElement): void {
  if (!notice || box.dataset['ready'] !== undefined) return;
  box.dataset['ready'] = '';
  const source = sourceOf(box, notice);
  const date = today();
  const id = box.closest('details')?.id ?? 'cite';
  const files = box.querySelector('.citation-files');
  for (const form of FORMS) {
    let block = box.querySelector<HTMLElement>(`.citation-form[data-format="${form.format}"]`);
    let text = block?.querySelector<HTMLElement>('.citation-text') ?? null;
    if (!block || !text) {
      block = document.createElement('div');
      block.className = 'citation-form';
      block.dataset['format'] = form.format;
      const label = document.createElement('p');
      label.className = 'citation-format';
      label.id = `${id}-${form.format}`;
      label.textContent = form.label;
      text = document.createElement('pre');
      text.className = 'citation-text citation-code';
      text.tabIndex = 0;
      text.setAttribute('aria-labelledby', label.id);
      text.dataset['langExempt'] = 'machine';
      block.append(label, text);
      box.insertBefore(block, files);
    }
    text.textContent = form.make(source, date);
    const row = document.createElement('p');
    row.className = 'citation-actions';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = form.copy;
    const status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    const target = text;
    button.addEventListener('click', async () => {
      status.textContent = (await copy(target.textContent ?? '', target)) ? '已复制到剪贴板' : '已选中，请按 Ctrl+C（或长按）复制';
    });
    row.append(button, ' ', status);
    block.append(row);
  }
}

/** The box of a citation <details>, or null for any other element. */
function boxOf(element: EventTarget | null): HTMLElement | null {
  return element instanceof HTMLDetailsElement && element.classList.contains('citation') ? element.querySelector<HTMLElement>('[data-citation]') : null;
}

// A box is completed when it opens ('toggle' does not bubble: listened for on its way down).
document.addEventListener(
  'toggle',
  (event) => {
    const box = boxOf(event.target);
    if (box && (event.target as HTMLDetailsElement).open) enhance(box);
  },
  true,
);

// A link to a citation opens it, completed at once.
function openLinkedCitation(): void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const box = boxOf(target);
  if (!box) return;
  enhance(box);
  (target as HTMLDetailsElement).open = true;
}
openLinkedCitation();
window.addEventListener('hashchange', openLinkedCitation);
