// Citations (progressive enhancement). Each <… data-citation data-url="…"> holds one
// .citation-form per format (data-format: gbt, bibtex, csl-json) whose .citation-text reads
// complete without JavaScript, except for the two things a static page cannot know: the
// reader's access date (GB/T prints [访问日期]; BibTeX and CSL-JSON leave it out) and, when
// the site's origin is not configured at build time, the absolute URL (printed as a path).
// This module fills both in and adds a 复制 button with a status message to each form.

const PLACEHOLDER = '[访问日期]';

/** Today in the reader's time zone, as GB/T 7714 writes dates: 2024-05-01. */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Copies text; falls back to selecting it, so that the reader can press Ctrl+C. */
async function copy(text, node) {
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

/** A form's text with the absolute URL and the access date filled in. */
function completed(format, value, printed, absolute, date) {
  if (format === 'csl-json') {
    const [y, m, d] = date.split('-').map(Number);
    const items = JSON.parse(value).map((item) => ({ ...item, URL: item.URL === printed ? absolute : item.URL, accessed: { 'date-parts': [[y, m, d]] } }));
    return `[${items.map((item) => JSON.stringify(item)).join(',\n')}]`;
  }
  const withUrl = printed.startsWith('/') ? value.replace(printed, absolute) : value;
  if (format === 'bibtex') return withUrl.replace(/^( {2}url = \{[^}]*\},)$/m, `$1\n  urldate = {${date}},`);
  return withUrl.replace(PLACEHOLDER, `[${date}]`);
}

const NAMES = { gbt: '引文', bibtex: 'BibTeX', 'csl-json': 'CSL-JSON' };

for (const box of document.querySelectorAll('[data-citation]')) {
  const printed = box.getAttribute('data-url') ?? '';
  const absolute = new URL(printed, window.location.href).href;
  const date = today();
  for (const form of box.querySelectorAll('.citation-form')) {
    const text = form.querySelector('.citation-text');
    const format = form.getAttribute('data-format') ?? 'gbt';
    if (!text) continue;
    text.textContent = completed(format, text.textContent ?? '', printed, absolute, date);

    const row = document.createElement('p');
    row.className = 'citation-actions';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = `复制${NAMES[format] ?? '引文'}`;
    const status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      const ok = await copy(text.textContent ?? '', text);
      status.textContent = ok ? '已复制到剪贴板' : '已选中，请按 Ctrl+C（或长按）复制';
    });
    row.append(button, ' ', status);
    form.append(row);
  }
}

// A link to a citation (a search result's 引用 leads to /notices/<id>/#t12-cite) opens it.
function openLinkedCitation() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (target instanceof HTMLDetailsElement && target.classList.contains('citation')) target.open = true;
}
openLinkedCitation();
window.addEventListener('hashchange', openLinkedCitation);
