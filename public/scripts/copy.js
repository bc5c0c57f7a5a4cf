// Citations (progressive enhancement). Each <… data-citation data-url="…"> holds a
// .citation-text that reads complete without JavaScript, except for the two things a
// static page cannot know: the reader's access date (printed as [访问日期]) and, when the
// site's origin is not configured at build time, the absolute URL (printed as a path).
// This module fills both in and adds a 复制 button with a status message.

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

for (const box of document.querySelectorAll('[data-citation]')) {
  const text = box.querySelector('.citation-text');
  if (!text) continue;
  let value = text.textContent ?? '';
  const printed = box.getAttribute('data-url') ?? '';
  if (printed.startsWith('/')) value = value.replace(printed, new URL(printed, window.location.href).href);
  value = value.replace(PLACEHOLDER, `[${today()}]`);
  text.textContent = value;

  const row = document.createElement('p');
  row.className = 'citation-actions';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = '复制引文';
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  button.addEventListener('click', async () => {
    const ok = await copy(text.textContent ?? '', text);
    status.textContent = ok ? '已复制到剪贴板' : '已选中引文，请按 Ctrl+C（或长按）复制';
  });
  row.append(button, ' ', status);
  box.append(row);
}
