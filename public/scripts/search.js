/**
 * The search page's behaviour (/search/): runs Pagefind on the form, shows results with
 * filter counts, and keeps query and filters in the URL. Vanilla JS, no build step, no
 * inline code (the page runs under script-src 'self' 'wasm-unsafe-eval').
 *
 * Precision over recall for department names: a query word that is a department's name
 * or abbreviation (人社局, 县教育和体育局) becomes a 部门 filter instead of a text term,
 * because Pagefind would match 人社局 on any task containing 人员 and 社会 (it matches
 * each segmented character by prefix). The reader can switch such a query to a literal
 * phrase search with one link.
 */

const config = JSON.parse(document.getElementById('search-config')?.textContent ?? '{}');
/** @type {string[]} */
const FILTER_KEYS = config.filterKeys ?? [];
const MAX_QUERY = config.maxQueryLength ?? 60;
const PAGE_SIZE = config.pageSize ?? 10;
const DEPARTMENT_KEY = config.departmentKey ?? '部门';
const PROVINCE_KEY = config.provinceKey ?? '省份';
const COUNTY_KEY = config.countyKey ?? '县区';
/**
 * Filter lists the page does not hold as HTML (the counties): key → [value, count, province].
 * A county's value is its name, with its prefecture where the name is shared (铁西区（沈阳市）).
 * Their checkboxes are built when the list is first unfolded, at once when it starts open, and
 * once the page is idle when a value of it is ticked (a link's county: see `unbuiltTicks`).
 * @type {Record<string, [string, number, string][]>}
 */
const LISTS = config.lists ?? {};
/** @type {{province: string, paths: string[], years: number[]}[]} Each province's bundles, in code order, and its notices' plan years. */
const SHARDS = config.shards ?? [];
const YEAR_KEY = config.yearKey ?? '年度';
/** A search of several provinces tries this many, one after another, for its first results before opening the rest. */
const FIRST_TRIES = 3;
/** A filter Pagefind adds to every record of an opened bundle (its mergeFilter): the bundle's path. */
const BUNDLE_KEY = '分卷';
/** A 分卷 value no record has: a search filtered by it lists nothing and still counts what the words match. */
const NO_BUNDLE = '-';
/** Jurisdiction words printed before a bureau's name (县人社局, 区委编办); read as part of the name. */
const PREFIXES = ['县级', '区级', '市级', '县直', '区直', '市直', '县委', '区委', '市委', '县', '区', '市'];
/** Quotation marks that ask for a literal phrase ("适老化", “适老化”, 「适老化」). */
const QUOTED = /^["“”「『]\s*(.+?)\s*["“”」』]$/u;

/** @type {{alias: string, department: string}[]} */
const aliases = config.aliases ?? [];
const aliasByName = new Map(aliases.map((a) => [a.alias, a.department]));
// Names of three characters or more are found anywhere in a word, longest first; two-character
// names (编办, 府办) only as a whole word, since they occur inside ordinary words.
const longAliases = aliases.filter((a) => a.alias.length >= 3).map((a) => a.alias);
const aliasPattern = longAliases.length > 0 ? new RegExp(longAliases.map(escapeRegExp).join('|'), 'gu') : null;

const form = /** @type {HTMLFormElement} */ (document.getElementById('search-form'));
const input = /** @type {HTMLInputElement} */ (document.getElementById('search-q'));
const statusEl = /** @type {HTMLElement} */ (document.getElementById('search-status'));
const notesEl = /** @type {HTMLElement} */ (document.getElementById('search-notes'));
const hintEl = /** @type {HTMLElement} */ (document.getElementById('search-hint'));
const resultsSection = /** @type {HTMLElement} */ (document.getElementById('search-results-section'));
const resultsEl = /** @type {HTMLOListElement} */ (document.getElementById('search-results'));
const moreButton = /** @type {HTMLButtonElement} */ (document.getElementById('search-more'));
const clearButton = /** @type {HTMLButtonElement} */ (document.getElementById('search-clear'));
const filterPanel = /** @type {HTMLDetailsElement} */ (document.getElementById('search-filters'));
const filterSummary = /** @type {HTMLElement} */ (document.getElementById('search-filter-summary'));
const filterNone = /** @type {HTMLElement} */ (document.getElementById('search-filter-none'));
// The checkboxes sit beside the form (form="search-form"), so they are looked up in the document;
// those of LISTS join when built.
const checkboxes = /** @type {HTMLInputElement[]} */ ([...document.querySelectorAll('input[type="checkbox"][form="search-form"]')]);
/** The province of each county value. */
const provinceOfCounty = new Map((LISTS[COUNTY_KEY] ?? []).map(([value, , province]) => [value, province]));
/** The last counts shown (showCounts' arguments), for a list built after them. */
let shownCounts = null;
/**
 * The filter counts of the current search, when they wait for the folded filter panel to be
 * opened (`countsOf`'s arguments), else null.
 */
let pendingCounts = null;
/**
 * The counting job of the current search (`countsOf`'s arguments), so that a list unfolded
 * after it counts its own values then; null until a search has counts to make.
 */
let countJob = null;
/** The search whose own filter counts are being made while its first province shows (the panel says so meanwhile); 0 when none. */
let countingFor = 0;
/** Increases with every recount, so that an older one does not overwrite a newer one's counts. */
let recounts = 0;
const countingNote = /** @type {HTMLElement} */ (document.getElementById('search-filter-counting'));
const countingText = countingNote.textContent;
const COUNTING_FAILED = '统计本次检索各筛选条件的结果数时出错，所示数目未随本次检索更新。';

/** Pagefind's module (loaded with the first search). */
let pagefindModule = null;
/**
 * The page's Pagefind instances, each with the bundles it was asked to open (path → the promise
 * of its opening) and those open. Pagefind searches every bundle an instance holds, whatever
 * the filters, so the first page of a search (its first province, searched as the words are
 * typed too) has instances of its own that hold few bundles: `front`, in Pagefind's worker,
 * opened while the page waits for a reader (the first province the filters then ticked allow);
 * before it exists (a page opened with a query), `quick`, on the main thread, since the worker's
 * script must be fetched and started before it asks for any file of the index (~80–110 ms of
 * ~400 in a measurement on a slow day). Each keeps at most FRONT_BUNDLES bundles. `pool`, in
 * the worker, serves the rest of a search (the other provinces, the filter counts, their pages)
 * and opens every bundle searched, so that its long work never holds up the page.
 */
const pool = { worker: true, pf: null, loaded: null, opening: new Map(), opened: new Set() };
const front = { worker: true, pf: null, loaded: null, opening: new Map(), opened: new Set() };
const quick = { worker: false, pf: null, loaded: null, opening: new Map(), opened: new Set() };
/**
 * The most bundles `front` and `quick` hold: past it, the next search's first province starts
 * a new instance (one more load of the entry file, metadata and WebAssembly) rather than make
 * every later first page search them all.
 */
const FRONT_BUNDLES = 4;
/** The count of every filter value over the whole corpus, as the build wrote them on the page. */
const totalCounts = staticCounts();
/** Increases with every search, so that a slow answer to an older query is dropped. */
let generation = 0;
let typingTimer = 0;
/** Whether the words being typed already have their own history entry (the first pause adds one, later pauses replace it). */
let typingEntry = false;
/** `phrase` when the reader asked for a literal phrase search (mode=phrase in the URL), else `auto`. */
let mode = 'auto';
/**
 * The current search's results by province, in code order: `results` is null until that
 * province's own search has run; `shown` counts the results on screen; `data` holds results'
 * data already fetched (the first page, when the first search fetched it to check its words).
 * `at` is the group being shown; `search` what each group's search needs; `total` the count
 * of all results.
 */
let listing = { groups: [], at: 0, search: null, total: 0, shown: 0 };

function staticCounts() {
  /** @type {Record<string, Record<string, number>>} */
  const counts = {};
  for (const box of checkboxes) (counts[box.name] ??= {})[box.value] = Number(box.dataset['count'] ?? 0);
  for (const [key, values] of Object.entries(LISTS)) for (const [value, count] of values) (counts[key] ??= {})[value] = count;
  return counts;
}

/** The group (fieldset) of a filter key. */
function filterGroup(key) {
  return [...filterPanel.querySelectorAll('fieldset[data-filter-key]')].find((g) => g.getAttribute('data-filter-key') === key);
}

/** The element of a list held in LISTS, empty until built. */
function listElement(key) {
  return filterGroup(key)?.querySelector('ul[data-built-from="lists"]') ?? null;
}

/** Whether a list held in LISTS has its checkboxes. */
function listBuilt(key) {
  return (listElement(key)?.childElementCount ?? 0) > 0;
}

/**
 * Values of lists held in LISTS that the state shown ticks before their checkboxes exist: a
 * link's county is searched at once, and its list built once the page is idle (1,600
 * checkboxes at 2,800 notices, and their layout, would otherwise come before the search).
 * @type {Record<string, string[]>}
 */
let unbuiltTicks = {};

/** Calls `f` once the page is idle (200 ms later where the browser cannot tell). */
function whenIdle(f) {
  (window.requestIdleCallback ?? ((g) => setTimeout(g, 200)))(() => f());
}

/** Builds the checkboxes of a list held in LISTS (once), ticked as `unbuiltTicks` says, with the counts last shown. */
function buildList(key) {
  const list = listElement(key);
  if (!list || listBuilt(key) || !LISTS[key]) return;
  const ticked = unbuiltTicks[key] ?? [];
  delete unbuiltTicks[key];
  const k = FILTER_KEYS.indexOf(key);
  const boxes = [];
  const items = LISTS[key].map(([value, count], i) => {
    const item = document.createElement('li');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `f-${k}-${i}`;
    box.setAttribute('form', 'search-form');
    box.name = key;
    box.value = value;
    box.dataset['count'] = String(count);
    box.checked = ticked.includes(value);
    const label = document.createElement('label');
    label.htmlFor = box.id;
    const shown = document.createElement('span');
    shown.className = 'search-count';
    shown.textContent = `（${count}）`;
    label.append(value, shown);
    item.append(box, label);
    boxes.push(box);
    return item;
  });
  list.append(...items);
  checkboxes.push(...boxes);
  const finder = finderOf(key);
  if (finder) {
    finder.hidden = false;
    finder.querySelector('input')?.addEventListener('input', () => findInList(key));
  }
  if (shownCounts) showCounts(...shownCounts);
}

/** The finder of a list held in LISTS (the county list, which has one when it starts folded), or null. */
function finderOf(key) {
  return filterGroup(key)?.querySelector('.search-filter-find') ?? null;
}

/**
 * Shows, of a built list, the values whose name or province contains the finder's text (a
 * ticked value stays in view), and says how many of those the current search has.
 */
function findInList(key) {
  const finder = finderOf(key);
  const list = listElement(key);
  const field = finder?.querySelector('input');
  if (!finder || !list || !field) return;
  const text = field.value.replace(/\s+/gu, '');
  let shown = 0;
  for (const item of list.children) {
    const box = item.querySelector('input');
    if (!box) continue;
    const found = text === '' || box.value.includes(text) || (provinceOfCounty.get(box.value) ?? '').includes(text);
    item.classList.toggle('search-unfound', !found && !box.checked);
    if (found && !item.hidden) shown += 1;
  }
  const status = finder.querySelector('[role="status"]');
  if (status) status.textContent = text === '' ? '' : shown > 0 ? `名称或省份含“${text}”的${key}：${shown} 个。` : `没有名称或省份含“${text}”的${key}。`;
}

/** Loads Pagefind's module (no index yet). */
async function loadModule() {
  pagefindModule ??= await import('/pagefind/pagefind.js');
  return pagefindModule;
}

/**
 * Opens the bundles at `paths` into one of the page's instances (`pool` unless told; the first
 * bundle it opens becomes its primary, whose WebAssembly serves all); resolves to the instance
 * once they are loaded. The others are merged once the primary is loaded. A bundle that fails
 * to open resets that instance, so that the next search starts afresh.
 */
async function openBundles(paths, slot = pool) {
  const module = await loadModule();
  if (!slot.pf) {
    const pf = module.createInstance({ basePath: paths[0], baseUrl: '/', excerptLength: 40, noWorker: !slot.worker, mergeFilter: { [BUNDLE_KEY]: paths[0] } });
    slot.pf = pf;
    slot.loaded = pf.init().then(() => primaryLoaded(pf));
    slot.opening.set(paths[0], slot.loaded.then(() => slot.opened.add(paths[0])));
  }
  const mine = slot.pf;
  for (const path of paths) {
    if (!slot.opening.has(path)) slot.opening.set(path, slot.loaded.then(() => mine.mergeIndex(path, { baseUrl: '/', mergeFilter: { [BUNDLE_KEY]: path } })).then(() => slot.opened.add(path)));
  }
  try {
    await Promise.all(paths.map((path) => slot.opening.get(path)));
  } catch (error) {
    if (slot.pf === mine) resetInstance(slot);
    throw error;
  }
  return mine;
}

/**
 * Resolves once an instance's primary bundle is loaded (its entry, metadata and WebAssembly).
 * Pagefind's `init()` resolves before that; a search or merge made meanwhile looks every 50 ms,
 * counted from its own call, whether the bundle is loaded (Pagefind 1.6: `getPtr`, `mergeIndex`),
 * which cost a page opened with a query 0–50 ms (25 on average) before its first search could
 * start. Empty searches started 10 ms apart (they return as soon as the bundle is loaded) learn
 * it within 10 ms; the search that follows then starts at once.
 */
function primaryLoaded(pf) {
  const probes = [0, 10, 20, 30, 40].map((ms) => new Promise((resolve) => setTimeout(resolve, ms)).then(() => pf.preload('')));
  return Promise.any(probes).catch((error) => {
    throw error instanceof AggregateError ? error.errors[0] : error;
  });
}

/** Drops an instance (after a failure), so that the next search opens its bundles afresh. */
function resetInstance(slot) {
  const old = slot.pf;
  slot.pf = null;
  slot.loaded = null;
  slot.opening.clear();
  slot.opened.clear();
  void old?.destroy().catch(() => {});
}

/** Whether an instance holds `paths`, or has room for them within FRONT_BUNDLES. */
function fits(slot, paths) {
  const more = paths.filter((p) => !slot.opening.has(p)).length;
  return more === 0 || slot.opening.size + more <= FRONT_BUNDLES;
}

/** Whether every bundle of a province is open (its counts are then known). */
function provinceOpen(province) {
  const shard = SHARDS.find((s) => s.province === province);
  return shard !== undefined && shard.paths.every((p) => pool.opened.has(p));
}

/** The province of a county value, as a list (empty for a value the page does not know). */
function countyProvinces(county) {
  const province = provinceOfCounty.get(county);
  return province ? [province] : [];
}

/**
 * The counties a bare name stands for when several share it (铁西区 → 铁西区（沈阳市）,
 * 铁西区（鞍山市）…): a link made before the values told them apart names them so.
 */
function namesakes(name) {
  return (LISTS[COUNTY_KEY] ?? []).map(([value]) => value).filter((value) => value.startsWith(`${name}（`));
}

/** The provinces a search can find anything in, in code order: all of them unless provinces, counties or years are ticked. */
function scopeOf(selected) {
  let provinces = null;
  if (selected[PROVINCE_KEY].length > 0) provinces = new Set(selected[PROVINCE_KEY]);
  if (selected[COUNTY_KEY].length > 0) {
    const ofCounties = new Set(selected[COUNTY_KEY].flatMap(countyProvinces));
    provinces = provinces ? new Set([...provinces].filter((p) => ofCounties.has(p))) : ofCounties;
  }
  const years = selected[YEAR_KEY].map(Number);
  return SHARDS.filter((s) => (!provinces || provinces.has(s.province)) && (years.length === 0 || s.years.some((y) => years.includes(y))));
}

// ----------------------------------------------------------------- state and URL

/** The search as the URL states it: ?q=…&县区=…&部门=…&mode=phrase. */
function readUrl() {
  const params = new URLSearchParams(location.search);
  /** @type {Record<string, string[]>} */
  const filters = {};
  for (const key of FILTER_KEYS) filters[key] = params.getAll(key).filter((v) => v !== '');
  return { q: params.get('q') ?? '', filters, mode: params.get('mode') === 'phrase' ? 'phrase' : 'auto' };
}

/** The search as the form states it. */
function readForm() {
  const filters = {};
  for (const key of FILTER_KEYS) filters[key] = [];
  for (const box of checkboxes) if (box.checked) filters[box.name]?.push(box.value);
  for (const [key, values] of Object.entries(unbuiltTicks)) filters[key]?.push(...values);
  return { q: input.value, filters, mode };
}

/**
 * Shows a state in the form: the words in the box, the filters ticked. A county name several
 * counties share stands for all of them (the search such a link made before they were told
 * apart). Returns the filter values the page does not know, and each shared name so read.
 */
function applyState(state) {
  input.value = state.q;
  mode = state.mode;
  /** @type {{name: string, counties: string[]}[]} */
  const shared = [];
  if (state.filters[COUNTY_KEY]?.length > 0) {
    state.filters[COUNTY_KEY] = [
      ...new Set(
        state.filters[COUNTY_KEY].flatMap((value) => {
          if (provinceOfCounty.has(value)) return [value];
          const counties = namesakes(value);
          if (counties.length === 0) return [value];
          shared.push({ name: value, counties });
          return counties;
        }),
      ),
    ];
  }
  // A value of a list not built yet is checked against the list's data.
  const known = (key, value) => (key in LISTS && !listBuilt(key) ? LISTS[key].some(([v]) => v === value) : checkboxes.some((b) => b.name === key && b.value === value));
  const unknown = [];
  for (const key of FILTER_KEYS) {
    for (const value of state.filters[key]) {
      if (!known(key, value)) unknown.push(`${key}：${value}`);
    }
  }
  for (const key of FILTER_KEYS) state.filters[key] = state.filters[key].filter((v) => known(key, v));
  for (const box of checkboxes) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  unbuiltTicks = {};
  for (const key of Object.keys(LISTS)) if (!listBuilt(key) && state.filters[key]?.length > 0) unbuiltTicks[key] = [...state.filters[key]];
  if (Object.keys(unbuiltTicks).length > 0) {
    whenIdle(() => {
      for (const key of Object.keys(unbuiltTicks)) buildList(key);
    });
  }
  return { unknown, shared };
}

function stateUrl(state) {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.mode === 'phrase') params.set('mode', 'phrase');
  const query = params.toString();
  return query ? `${location.pathname}?${query}` : location.pathname;
}

function writeUrl(state, push) {
  const url = stateUrl(state);
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

// ----------------------------------------------------------------- reading the query

/**
 * What a query asks for: the words Pagefind searches (or null), the departments named in
 * it, whether it is a literal phrase, and notes for the reader.
 */
function analyseQuery(raw, mode) {
  const notes = [];
  let text = raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  const chars = [...text];
  if (chars.length > MAX_QUERY) {
    text = chars.slice(0, MAX_QUERY).join('').trim();
    notes.push({ text: `检索词太长，只用了前 ${MAX_QUERY} 个字：“${text}”。` });
  }
  const quoted = QUOTED.exec(text);
  const phrase = mode === 'phrase' || quoted !== null;
  const body = quoted ? quoted[1] : text;
  // Punctuation and symbols are not indexed: Pagefind drops them from the query too.
  const words = body.replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (text !== '' && words === '') return { empty: false, noWords: true, term: null, departments: [], phrase, notes, shown: text };
  if (words === '') return { empty: true, noWords: false, term: null, departments: [], phrase, notes, shown: '' };
  if (phrase) return { empty: false, noWords: false, term: `"${words}"`, departments: [], phrase, notes, shown: words, found: [] };
  const { rest, found } = findDepartments(words);
  const departments = [...new Set(found.map((f) => f.department))];
  if ([...words.replace(/\s/gu, '')].length === 1) notes.push({ text: `只有一个字“${words}”：结果包含所有以它开头的词语，可能较多。` });
  return { empty: false, noWords: false, term: rest === '' ? null : rest, departments, phrase, notes, shown: words, found };
}

/** Finds department names in the query's words; returns the words left over and each name found. */
function findDepartments(words) {
  const found = [];
  const rest = [];
  for (const word of words.split(' ')) {
    const whole = wholeWordAlias(word);
    if (whole) {
      found.push(whole);
      continue;
    }
    let left = '';
    let last = 0;
    if (aliasPattern) {
      for (const m of word.matchAll(aliasPattern)) {
        let before = word.slice(last, m.index);
        // 县人社局: a bare jurisdiction word right before the name is part of it; 冠县教体局 keeps 冠县 as a search word.
        if (PREFIXES.includes(before)) before = '';
        left += `${before} `;
        last = m.index + m[0].length;
        found.push({ alias: m[0], department: aliasByName.get(m[0]) });
      }
    }
    left += word.slice(last);
    rest.push(left);
  }
  return { rest: rest.join(' ').replace(/\s+/gu, ' ').trim(), found };
}

function wholeWordAlias(word) {
  for (const prefix of ['', ...PREFIXES]) {
    if (!word.startsWith(prefix)) continue;
    const name = word.slice(prefix.length);
    if (aliasByName.has(name)) return { alias: name, department: aliasByName.get(name) };
  }
  return null;
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Pagefind filters: values of one key are alternatives (any), keys and named departments must all hold. */
function pagefindFilters(selected, departments, exceptKey) {
  const all = [];
  for (const key of FILTER_KEYS) {
    if (key !== exceptKey && selected[key].length > 0) all.push({ [key]: { any: selected[key] } });
  }
  for (const department of departments) all.push({ [DEPARTMENT_KEY]: department });
  return all.length > 0 ? { all } : {};
}

// ----------------------------------------------------------------- searching

/**
 * Runs the search the state describes and shows it; `push` adds a history entry. The results
 * section is aria-busy until the latest search has rendered (tests wait on it too).
 */
async function run(state, push) {
  const mine = ++generation;
  resultsSection.setAttribute('aria-busy', 'true');
  delete resultsSection.dataset['stage'];
  // The URL is written once the search has been handed to Pagefind's worker: a history entry
  // takes the main thread several milliseconds that the search need not wait for. The
  // search is not marked done before it is written.
  const written = new Promise((resolve) => {
    setTimeout(() => {
      writeUrl(state, push);
      resolve(undefined);
    }, 0);
  });
  try {
    await runSearch(state, mine);
  } finally {
    await written;
    if (mine === generation) resultsSection.setAttribute('aria-busy', 'false');
  }
}

/**
 * What Pagefind is asked for a state: the words (null for a listing by filters, or by
 * department names alone), each word as Pagefind splits it, the departments named, the
 * filters with them, the order, and the provinces to search in code order.
 */
function searchOf(state, query) {
  const term = query.noWords ? null : query.term;
  const departments = query.noWords ? [] : query.departments;
  return {
    term,
    terms: term === null ? [] : pagefindTerms(term),
    departments,
    filters: pagefindFilters(state.filters, departments, null),
    // With no words there is no relevance to rank by: list in corpus order (newest year first).
    sort: term === null ? { order: 'asc' } : {},
    scope: scopeOf(state.filters),
  };
}

async function runSearch(state, mine) {
  pendingCounts = null;
  countJob = null;
  countingFor = 0;
  filterPanel.removeAttribute('aria-busy');
  countingNote.hidden = true;
  countingNote.textContent = countingText;
  const query = analyseQuery(state.q, state.mode);
  const chosen = FILTER_KEYS.some((k) => state.filters[k].length > 0);
  clearButton.hidden = !chosen;
  showFilterSummary(state);

  if ((query.empty || query.noWords) && !chosen) {
    renderNotes(query, state);
    clearResults();
    hintEl.hidden = false;
    statusEl.textContent = query.noWords ? '没有可检索的字词：检索词只含标点或符号，请输入文字。' : '';
    showCounts(totalCounts, state, new Set(FILTER_KEYS));
    resultsSection.dataset['stage'] = 'complete';
    return;
  }

  const { term, terms, departments, filters, sort, scope } = searchOf(state, query);
  listing = { groups: [], at: 0, search: { term, filters, sort, bundles: [] }, total: 0, shown: 0 };
  hintEl.hidden = true;
  resultsEl.replaceChildren();
  document.querySelector('.search-empty')?.remove();
  moreButton.hidden = true;

  let pf = null;
  // The first provinces one by one until one has results: they head the list whatever the
  // others hold. A failure here is the index failing to load (or to run: its WebAssembly
  // needs 'wasm-unsafe-eval').
  const firstFrom = front.pf ? front : quick;
  for (const shard of scope.slice(0, scope.length > 1 ? FIRST_TRIES : 1)) {
    let first;
    try {
      if (!fits(firstFrom, shard.paths)) resetInstance(firstFrom);
      pf = await openBundles(shard.paths, firstFrom);
      if (mine !== generation) return;
      const early = ahead && ahead.pf === pf && ahead.key === aheadKey(filters, sort, term, shard.paths) ? await ahead.page : null;
      if (mine !== generation) return;
      first = early ?? (await firstResults(pf, term, terms, shard.paths, filters, sort));
    } catch (error) {
      if (mine !== generation) return;
      resetInstance(firstFrom);
      statusEl.textContent = '检索索引未能加载，请稍后重试。';
      console.error(error);
      return;
    }
    if (mine !== generation || !first) return;
    if (first.results.length === 0) continue;
    listing.groups.push({ province: shard.province, paths: shard.paths, results: first.results, data: first.page ?? [], shown: 0, count: first.results.length, list: null });
    listing.total = first.results.length;
    if (!(await showMore(false, mine))) return;
    resultsSection.dataset['stage'] = 'first';
    const left = scope.length - 1 - scope.indexOf(shard);
    if (left > 0) statusEl.textContent = `${shard.province}有 ${first.results.length} 项结果；正在检索其余 ${left} 个省份……`;
    // The counts in the panel are the previous search's until the other provinces have
    // answered (seconds for a search of every province on a large site): it says so meanwhile.
    if (left > 0 && filterPanel.open) {
      countingFor = mine;
      filterPanel.setAttribute('aria-busy', 'true');
      countingNote.hidden = false;
    }
    break;
  }

  let all = { results: [], filters: {} };
  let counts = {};
  /** Keys counted over the whole corpus (from the page), whatever the bundles open. */
  let everywhere = new Set();
  /** Keys whose values were counted (those in view): the others' counts are not known. */
  let counted = null;
  let missing = [];
  /** Whether the filter counts wait for the folded panel (countPending makes them). */
  let deferred = false;
  try {
    const paths = scope.flatMap((s) => s.paths);
    if (scope.length > 0) pf = await openBundles(paths);
    if (mine !== generation) return;
    if (pf) {
      // The words first, while Pagefind counts only the bundles: once every filter index is
      // loaded, each search also counts every filter value over all its results.
      const found = await bundlesWithEvery(pf, terms, paths);
      if (mine !== generation) return;
      missing = found.missing;
      listing.search.bundles = found.bundles;
      // Every filter's counts need their filter indexes (2.5 MB for a search of every province
      // at 2,800 notices): with the filter panel folded (a narrow screen), they wait until it
      // is opened, and a folded list's until it is unfolded. The results and their count need none.
      const job = { pf, term, filters, sort, bundles: found.bundles, state, departments, mine };
      countJob = job;
      if (filterPanel.open) {
        const made = await countsOf(job);
        if (!made) return;
        ({ all, counts, everywhere, counted } = made);
      } else {
        deferred = true;
        pendingCounts = job;
        if (found.bundles.length > 0) all = await pf.search(term, { filters: inBundles(filters, found.bundles), sort });
      }
      if (mine !== generation || !all) return;
    }
  } catch (error) {
    if (mine !== generation) return;
    statusEl.textContent = '检索出错，请稍后重试。';
    if (countingFor === mine) {
      countingFor = 0;
      filterPanel.removeAttribute('aria-busy');
      countingNote.textContent = COUNTING_FAILED;
    }
    console.error(error);
    return;
  }

  // Every province with results, in code order; the first keeps what is already on screen.
  const byBundle = all.filters?.[BUNDLE_KEY] ?? {};
  const shownFirst = listing.groups[0];
  listing.groups = [];
  for (const shard of scope) {
    const count = shard.paths.reduce((n, p) => n + (byBundle[p] ?? 0), 0);
    if (count === 0) continue;
    listing.groups.push(shownFirst && shownFirst.province === shard.province ? shownFirst : { province: shard.province, paths: shard.paths, results: null, shown: 0, count, list: null });
  }
  listing.total = all.results.length;
  // Fill the first page from the next provinces when the first held fewer than a page.
  if (listing.shown < PAGE_SIZE && !(await showMore(false, mine, PAGE_SIZE - listing.shown))) return;
  updateMore();
  // The count is announced once the results are on screen, not before.
  renderNotes(query, state, missing);
  // Not `pendingCounts`: the panel may have been opened meanwhile, and countPending took the job.
  if (!deferred) {
    showCounts(counts, state, everywhere, counted);
    // A list unfolded while they were being made is counted now.
    if (counted && keysInView(state).some((key) => !counted.has(key))) void recount(countJob);
  }
  if (countingFor === mine) {
    countingFor = 0;
    filterPanel.removeAttribute('aria-busy');
    countingNote.hidden = true;
  }
  statusEl.textContent = statusText(all.results.length, listing.groups.length, query, chosen);
  if (all.results.length === 0) renderNoResults(query, chosen);
  resultsSection.dataset['stage'] = 'complete';
}

/**
 * The search's results with every filter value counted over them (`all`), and the counts
 * each filter's values show (`counts`; a ticked key's values are counted without that key's
 * own choices); null once a newer search has started.
 */
async function countsOf({ pf, term, filters, sort, bundles, state, departments, mine }) {
  // A key's counts need its filter index in every bundle open (Pagefind counts, bundle by
  // bundle, the values of the filters it has loaded): only the keys in view are loaded, so
  // that a folded list (部门, 主题, and 县区 on a large site: half the filter indexes' bytes)
  // costs nothing until unfolded.
  const keys = keysInView(state);
  if (keys.length > 0) await pf.preload(null, { filters: Object.fromEntries(keys.map((key) => [key, { any: [] }])) });
  if (mine !== generation) return null;
  const all = bundles.length > 0 ? await pf.search(term, { filters: inBundles(filters, bundles), sort }) : { results: [], filters: {} };
  if (mine !== generation) return null;
  const counts = {};
  const everywhere = new Set();
  for (const key of keys) {
    if (state.filters[key].length === 0) {
      counts[key] = all.filters?.[key] ?? {};
      continue;
    }
    // Values of one key are alternatives, so each is counted without that key's own choices.
    const others = pagefindFilters(state.filters, departments, key);
    if (term === null && !('all' in others)) {
      counts[key] = totalCounts[key] ?? {};
      everywhere.add(key);
      continue;
    }
    const without = bundles.length > 0 ? await pf.search(term, { filters: inBundles(others, bundles) }) : null;
    if (mine !== generation) return null;
    counts[key] = without?.filters?.[key] ?? {};
  }
  return { all, counts, everywhere, counted: new Set(keys) };
}

/**
 * The keys whose counts a reader can see: none while the filter panel is folded; then every
 * key but those of a folded list, unless a value of theirs is ticked (showCounts unfolds it).
 */
function keysInView(state) {
  if (!filterPanel.open) return [];
  return FILTER_KEYS.filter((key) => state.filters[key].length > 0 || filterGroup(key)?.closest('details[data-fold-key]')?.open !== false);
}

/** Counts the filters of a search made while the filter panel was folded, now that it is open. */
async function countPending() {
  const job = pendingCounts;
  if (!job || job.mine !== generation) return;
  pendingCounts = null;
  await recount(job);
}

/** Counts the values of a folded list now unfolded, when the current search has not counted them. */
async function countUnfolded(key) {
  const counted = shownCounts?.[3];
  if (pendingCounts || !countJob || countJob.mine !== generation || !counted || counted.has(key)) return;
  await recount(countJob);
}

/** Counts the filter values in view for a search already shown, and shows them. */
async function recount(job) {
  if (!job || job.mine !== generation) return;
  const mineRecount = ++recounts;
  filterPanel.setAttribute('aria-busy', 'true');
  countingNote.hidden = false;
  let failed = false;
  try {
    const made = await countsOf(job);
    if (made && mineRecount === recounts) showCounts(made.counts, job.state, made.everywhere, made.counted);
  } catch (error) {
    failed = true;
    console.error(error);
  } finally {
    // A newer search cleared them when it started; a newer recount clears them when it ends.
    // Nor while the search itself is still counting.
    if (job.mine === generation && mineRecount === recounts && countingFor !== generation) {
      filterPanel.removeAttribute('aria-busy');
      if (failed) countingNote.textContent = COUNTING_FAILED;
      countingNote.hidden = !failed;
    }
  }
}

/** The filters, and the records of these bundles only. */
function inBundles(filters, paths) {
  return { all: [...('all' in filters ? filters.all : []), { [BUNDLE_KEY]: { any: paths } }] };
}

/**
 * The query's words as Pagefind splits them (Intl.Segmenter's words, punctuation dropped,
 * lower case), so that each can be looked up alone.
 */
function pagefindTerms(term) {
  const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const out = [];
  for (const { segment } of words.segment(term.replace(/^\s*"|"\s*$/gu, ''))) {
    const word = segment.replace(/[\p{P}\s]+/gu, '').toLocaleLowerCase();
    if (word !== '' && !out.includes(word)) out.push(word);
  }
  return out;
}

/**
 * Which of these bundles contain every word of the query, and the words found in none. A
 * Pagefind index silently drops a query word it does not contain (Pagefind #329): one
 * province's bundle would then answer 教育 xyzzy as 教育. Results are only taken from
 * bundles that hold every word, as one index of everything would (and stricter: a word
 * found nowhere finds nothing, and the reader is told).
 */
async function bundlesWithEvery(pf, terms, paths) {
  let bundles = paths;
  const missing = [];
  // One word: a bundle without it drops it and has nothing left to match, so it finds nothing.
  if (terms.length < 2) return { bundles, missing };
  // The words are looked up together: their index chunks load in parallel, and the search of
  // the whole query that follows finds them loaded. Each word is counted, not listed: a filter
  // no record has leaves no result to rank and send over from the worker (公开 alone matches
  // nearly every task), and Pagefind's counts before filters (`totalFilters`) give each
  // bundle's matches.
  const found = await Promise.all(terms.map((word) => pf.search(word, { filters: { [BUNDLE_KEY]: { any: [NO_BUNDLE] } } })));
  terms.forEach((word, i) => {
    const counts = found[i]?.totalFilters?.[BUNDLE_KEY] ?? {};
    if (!paths.some((p) => (counts[p] ?? 0) > 0)) missing.push(word);
    bundles = bundles.filter((p) => (counts[p] ?? 0) > 0);
  });
  return { bundles, missing };
}

/**
 * A province's results for the first page. A province in one bundle is searched at once:
 * when any result of its first page matched every word of the query in its text, the bundle
 * holds every word (Pagefind only drops words a bundle lacks), so the results stand without
 * looking each word up. Otherwise (a province in several bundles, or a word matched only
 * outside the text) the words are looked up first (bundlesWithEvery).
 */
async function firstResults(pf, term, terms, paths, filters, sort) {
  if (terms.length >= 2 && paths.length === 1) {
    const found = await pf.search(term, { filters: inBundles(filters, paths), sort });
    // Fewer results with every word than without some: none without some, none at all.
    if (found.results.length === 0) return found;
    const page = await Promise.all(found.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    // The page's data goes along, so that showing it asks Pagefind's worker for nothing more.
    if (page.some((data) => matchesEvery(data, terms))) return { ...found, page };
  }
  const { bundles } = await bundlesWithEvery(pf, terms, paths);
  return bundles.length > 0 ? await pf.search(term, { filters: inBundles(filters, bundles), sort }) : { results: [] };
}

/** Whether a result's matched words (Pagefind's `locations` in its text) include a word starting with each of `terms`. */
function matchesEvery(data, terms) {
  const words = (data.raw_content ?? '').split('\u200B');
  const matched = (data.locations ?? []).map((l) => (words[l] ?? '').replace(/[\p{P}\p{S}\s]+/gu, '').toLocaleLowerCase());
  return terms.every((term) => matched.some((word) => word.startsWith(term)));
}

/**
 * Appends up to `limit` more results, province after province (a province's own search runs
 * when the list reaches it); moves focus to the first new one when the reader asked for more.
 * False when nothing could be shown.
 */
async function showMore(focus, mine = generation, limit = PAGE_SIZE) {
  const items = [];
  /** @type {[object, HTMLElement[]][]} */
  const batches = [];
  let failed = false;
  loadingMore = true;
  while (items.length < limit && listing.at < listing.groups.length) {
    const group = listing.groups[listing.at];
    try {
      if (group.results === null) {
        const { term, filters, sort, bundles } = listing.search;
        const found = await pool.pf.search(term, { filters: inBundles(filters, group.paths.filter((p) => bundles.includes(p))), sort });
        if (mine !== generation) return false;
        group.results = found.results;
      }
      const page = group.results.slice(group.shown, group.shown + limit - items.length);
      const data = await Promise.all(page.map((r, i) => group.data?.[group.shown + i] ?? r.data()));
      if (mine !== generation) return false;
      const rendered = data.map((d) => renderResult(d));
      batches.push([group, rendered]);
      items.push(...rendered);
      group.shown += page.length;
      listing.shown += page.length;
      if (group.shown >= group.results.length) listing.at++;
    } catch (error) {
      if (mine !== generation) return false;
      // What is not shown stays pending, so that 「显示更多结果」 can try again.
      statusEl.textContent = '检索结果未能加载，请稍后重试。';
      console.error(error);
      failed = true;
      break;
    }
  }
  // One page appears at once, with the button's new state.
  for (const [group, rendered] of batches) groupList(group).append(...rendered);
  loadingMore = false;
  updateMore();
  if (focus && items[0]) items[0].querySelector('a')?.focus();
  return !failed || items.length > 0;
}

/** Whether a page of results is being fetched (a second press of the button waits for it). */
let loadingMore = false;

function updateMore() {
  const left = listing.total - listing.shown;
  moreButton.hidden = left <= 0 || listing.at >= listing.groups.length;
  moreButton.textContent = `显示更多结果（还有 ${left} 项）`;
}

/** A province's section of the results (heading and list), made when its first result is shown. */
function groupList(group) {
  if (group.list) return group.list;
  const section = document.createElement('section');
  section.className = 'search-group';
  const heading = document.createElement('h3');
  heading.className = 'search-group-title';
  heading.id = `search-group-${listing.groups.indexOf(group)}`;
  heading.textContent = `${group.province}（${group.count} 项）`;
  section.setAttribute('aria-labelledby', heading.id);
  const list = document.createElement('ol');
  list.className = 'search-group-list';
  section.append(heading, list);
  resultsEl.append(section);
  group.list = list;
  return list;
}

function clearResults() {
  listing = { groups: [], at: 0, search: null, total: 0, shown: 0 };
  resultsEl.replaceChildren();
  document.querySelector('.search-empty')?.remove();
  moreButton.hidden = true;
}

function statusText(count, provinces, query, chosen) {
  const words = query.empty || query.noWords ? '' : `“${query.shown}”`;
  const scope = words && chosen ? `${words}（已筛选）：` : words ? `${words}：` : '按筛选条件：';
  const lead = query.noWords ? '检索词只含标点或符号，已忽略。' : '';
  const where = provinces > 1 ? `，分属 ${provinces} 个省份` : '';
  return `${lead}${scope}${count === 0 ? '没有找到结果。' : `找到 ${count} 项结果${where}。`}`;
}

// ----------------------------------------------------------------- rendering

function renderNotes(query, state, missing = []) {
  notesEl.replaceChildren();
  for (const note of query.notes) notesEl.append(paragraph(note.text));
  if (query.noWords) return;
  if (missing.length > 0) notesEl.append(paragraph(`${missing.map((w) => `“${w}”`).join('、')}不见于所检索的任务：结果须包含检索词中的全部词语。`));
  if (query.departments.length > 0) {
    const p = paragraph('');
    const names = query.found.map((f) => `“${f.alias}”→ ${f.department}`);
    p.append(`按责任部门检索：${[...new Set(names)].join('；')}。只列出这些部门承担的任务。`);
    const link = document.createElement('a');
    link.href = stateUrl({ ...state, q: query.shown, mode: 'phrase' });
    link.textContent = `改为按原文词句检索“${query.shown}”`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      mode = 'phrase';
      input.value = query.shown;
      void run(readForm(), true);
    });
    p.append(' ', link);
    notesEl.append(p);
  } else if (state.mode === 'phrase') {
    const p = paragraph(`按原文词句检索“${query.shown}”。`);
    const link = document.createElement('a');
    link.href = stateUrl({ ...state, mode: 'auto' });
    link.textContent = '改回自动识别部门名称';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      mode = 'auto';
      void run(readForm(), true);
    });
    p.append(' ', link);
    notesEl.append(p);
  }
}

function renderNoResults(query, chosen) {
  const box = document.createElement('div');
  box.className = 'search-empty';
  box.append(paragraph('建议：'));
  const tips = document.createElement('ul');
  const tip = (text) => {
    const item = document.createElement('li');
    item.textContent = text;
    tips.append(item);
  };
  if (chosen) tip('减少或清除筛选条件（各组内勾选多项表示“任一”）。');
  if (query.term && query.term.includes(' ')) tip('减少检索词：结果须同时包含全部词语。');
  tip('换用更短或更常见的说法，例如“公开目录”“政策解读”。');
  tip('部门可用全称或简称检索，例如“人力资源和社会保障局”或“人社局”。');
  box.append(tips);
  resultsEl.after(box);
}

/** One result: link to the task's permalink, place and year, excerpt with the matched words marked, departments, deadline. */
function renderResult(data) {
  const meta = data.meta ?? {};
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement('h4');
  heading.className = 'search-result-title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = meta.title ?? data.url;
  heading.append(link);
  if (meta.kind === '通知') {
    const kind = document.createElement('span');
    kind.className = 'search-result-kind';
    kind.textContent = '通知';
    heading.append(' ', kind);
  }
  li.append(heading);

  const place = paragraph(`${meta.place ?? meta.county ?? ''} · ${meta.year ?? ''}年`);
  place.className = 'search-result-place';
  li.append(place);

  li.append(excerpt(data, meta));

  if (meta.kind !== '通知') {
    const facts = document.createElement('dl');
    facts.className = 'search-result-facts';
    const departments = (meta.departments ?? '').split('、').filter((d) => d !== '');
    const dd = fact(facts, '责任部门', departments.length > 0 ? departments.join('、') : '未列');
    dd.className = 'search-result-departments';
    dd.dataset['departments'] = departments.join('|');
    fact(facts, '完成时限', meta.deadline ?? '');
    fact(facts, '出自', meta.notice ?? '');
    li.append(facts);
  }
  return li;
}

function fact(dl, term, value) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  dl.append(dt, dd);
  return dd;
}

function paragraph(text) {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/**
 * The excerpt, built from Pagefind's word positions (`locations`) rather than its
 * `excerpt` HTML: the text is inserted as text (custom records are not HTML-escaped by
 * Pagefind), and the window stays inside the task's own words (meta.head characters)
 * instead of drifting into the department aliases appended for recall.
 */
function excerpt(data, meta) {
  const p = document.createElement('p');
  p.className = 'search-result-excerpt';
  const words = (data.raw_content ?? '').split('\u200B');
  const headChars = Number(meta.head ?? 0);
  let offset = 0;
  let headEnd = words.length;
  words.forEach((w, i) => {
    if (offset >= headChars && headEnd === words.length) headEnd = i;
    offset += w.length;
  });
  const locations = [...new Set(data.locations ?? [])].sort((a, b) => a - b);
  const inHead = locations.filter((l) => l < headEnd);
  if (locations.length === 0 || inHead.length > 0) {
    appendWindow(p, words, new Set(inHead), 0, headEnd, 60);
    if (locations.length === 0 && p.textContent === '') p.textContent = meta.summary ?? '';
    return p;
  }
  // Matched only outside the task's text (unit, heading, place, alias): show the start of the
  // text, then where it matched.
  appendWindow(p, words, new Set(), 0, headEnd, 30);
  const where = document.createElement('span');
  where.className = 'search-result-where';
  where.append('（命中：');
  appendWindow(where, words, new Set(locations), headEnd, words.length, 16);
  where.append('）');
  p.append(' ', where);
  return p;
}

/** Appends about `size` words of words[from, to) around the densest marked words, with ellipses where cut. */
function appendWindow(parent, words, marked, from, to, size) {
  const span = Math.min(size, to - from);
  let start = from;
  if (marked.size > 0) {
    let best = -1;
    for (let s = from; s <= to - span; s++) {
      let n = 0;
      for (const l of marked) if (l >= s && l < s + span) n++;
      if (n > best) {
        best = n;
        start = s;
      }
    }
    // Show a few words of context before the first mark rather than starting on it.
    const first = [...marked].find((l) => l >= start) ?? start;
    start = Math.max(from, Math.min(start, first - 4));
  }
  const end = Math.min(to, start + span);
  if (start > from) parent.append('…');
  for (let i = start; i < end; i++) {
    const word = words[i].replace(/\s+/gu, ' ');
    if (marked.has(i)) {
      const mark = document.createElement('mark');
      mark.textContent = word;
      parent.append(mark);
    } else parent.append(word);
  }
  if (end < to) parent.append('…');
}

/**
 * Updates every filter value's count; hides values that would give nothing unless ticked. A
 * province, county or year ticked is counted without its own choice, which needs the other
 * provinces' bundles: values whose bundles this search did not open keep no count.
 */
function showCounts(counts, state, everywhere, counted = null) {
  // everywhere: the keys whose counts cover the whole corpus (from the page), whatever the bundles open.
  // counted: the keys counted for this search (null: all of them); the others' counts are not known.
  shownCounts = [counts, state, everywhere, counted];
  const isCounted = (key) => counted === null || counted.has(key) || everywhere.has(key);
  for (const box of checkboxes) {
    const known = isCounted(box.name) && (everywhere.has(box.name) || state.filters[box.name].length === 0 || countKnown(box));
    const n = counts[box.name]?.[box.value] ?? 0;
    const item = box.closest('li');
    const count = item?.querySelector('.search-count');
    if (count) count.textContent = known ? `（${n}）` : '';
    if (item) item.hidden = known && n === 0 && !box.checked;
  }
  let anyVisible = false;
  for (const group of filterPanel.querySelectorAll('fieldset[data-filter-key]')) {
    const key = group.getAttribute('data-filter-key') ?? '';
    // A list not built yet shows whatever value has results (any, until counted), or a value ticked
    // (unbuiltTicks), as a built list keeps its ticked boxes in view.
    const visible =
      key in LISTS && !listBuilt(key)
        ? (unbuiltTicks[key]?.length ?? 0) > 0 || !isCounted(key) || LISTS[key].some(([value]) => (counts[key]?.[value] ?? 0) > 0)
        : [...group.querySelectorAll('li')].some((li) => !li.hidden);
    group.hidden = !visible;
    anyVisible ||= visible;
  }
  filterNone.hidden = anyVisible;
  // A finder's count follows the values the new counts hide.
  for (const key of Object.keys(LISTS)) if (listBuilt(key)) findInList(key);
  for (const fold of filterPanel.querySelectorAll('details[data-fold-key]')) {
    const key = fold.getAttribute('data-fold-key');
    const group = fold.querySelector('fieldset');
    // A list none of whose values the search has (notices only: they name no 部门) is hidden,
    // unless the reader is in it (its summary, its finder), whose focus that would drop: it says so.
    const holdsFocus = fold.contains(document.activeElement);
    const emptied = Boolean(group?.hidden) && holdsFocus;
    if (group && emptied) group.hidden = false;
    emptyNote(group, emptied ? `本次检索的结果没有可选的${key}。` : '');
    fold.hidden = group?.hidden ?? false;
    if (key && state.filters[key]?.length > 0) fold.open = true;
  }
}

/** Shows `text` as the note of a filter list none of whose values the search has (none when empty). */
function emptyNote(group, text) {
  if (!group) return;
  let note = group.querySelector('.search-filter-empty');
  if (!note && text === '') return;
  if (!note) {
    note = document.createElement('p');
    note.className = 'search-filter-none search-filter-empty';
    group.append(note);
  }
  note.textContent = text;
  note.hidden = text === '';
}

/** Whether a value's count can be known from the bundles open: only provinces, counties and years decide which bundles a search opens. */
function countKnown(box) {
  if (box.name === PROVINCE_KEY) return provinceOpen(box.value);
  if (box.name === COUNTY_KEY) return countyProvinces(box.value).every(provinceOpen);
  if (box.name === YEAR_KEY) return SHARDS.filter((s) => s.years.includes(Number(box.value))).every((s) => provinceOpen(s.province));
  return true;
}

function showFilterSummary(state) {
  const n = FILTER_KEYS.reduce((sum, k) => sum + state.filters[k].length, 0);
  filterSummary.textContent = n > 0 ? `（已选 ${n} 项）` : '';
}

// ----------------------------------------------------------------- events

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  typingEntry = false;
  void run(readForm(), true);
});

/**
 * The first page of the search being typed, begun at each input: the first province's
 * results (its bundles opened if they are not) and their data. The search that Enter or the
 * pause then starts takes it, under way or done, when it is the same search (`aheadKey`);
 * the page shows nothing until then. The data of a page are only fetched while the words are
 * still those searched, so that a reader typing on costs a search per input, not ten
 * fragments. Null until the worker's instance exists (a page opened with a query).
 * @type {{ key: string, pf: object, page: Promise<object | null> } | null}
 */
let ahead = null;

function searchAhead() {
  ahead = null;
  // Not before `front` exists: the first words typed on a page opened with a search open it.
  if (!front.pf) {
    openFront();
    return;
  }
  const state = readForm();
  const query = analyseQuery(state.q, state.mode);
  if (query.empty || query.noWords) return;
  const { term, terms, filters, sort, scope } = searchOf(state, query);
  const shard = scope[0];
  if (!shard) return;
  // A province that `front` has no room for waits for Enter, which starts a new instance for it.
  if (!fits(front, shard.paths)) return;
  const key = aheadKey(filters, sort, term, shard.paths);
  const pf = front.pf;
  const mine = { key, pf, page: Promise.resolve(null) };
  mine.page = (async () => {
    if ((await openBundles(shard.paths, front)) !== pf) return null;
    const first = await firstResults(pf, term, terms, shard.paths, filters, sort);
    if (first.page || first.results.length === 0 || ahead !== mine) return first;
    return { ...first, page: await Promise.all(first.results.slice(0, PAGE_SIZE).map((r) => r.data())) };
  })().catch(() => null);
  ahead = mine;
}

/**
 * The word of the search `front` makes, unseen, once open: the first search in Pagefind's
 * worker also pays for starting its code (JavaScript compiled on first use, the word
 * segmenter's dictionary, the WebAssembly's search run once), so the reader's first search
 * no longer does. Any word found in most notices; this one shares no index chunk with the
 * benchmark's queries in the first bundle (北京市's at 2,800 notices). It costs the word's
 * index chunk and one result's data (~23 KB there).
 */
const WARM_UP_WORD = '完成';

/**
 * Opens `front` with the bundle the next search starts with, as the filters ticked now limit
 * it (a search of every province: the first province's), and makes its unseen first search
 * (WARM_UP_WORD); the page is then ready for typing (data-index="ready"). Opened with a
 * province the filters leave out, `front` would have to open the one they keep too when the
 * words come, and search both (Pagefind searches every bundle an instance holds).
 */
function openFront() {
  if (front.pf || SHARDS.length === 0) return;
  const shard = scopeOf(readForm().filters)[0] ?? SHARDS[0];
  openBundles(shard.paths, front)
    .then((pf) => pf.search(WARM_UP_WORD))
    .then((found) => found.results[0]?.data())
    .then(() => {
      resultsSection.dataset['index'] = 'ready';
    })
    .catch((error) => console.error(error));
}

/** What makes two first-province searches the same. */
function aheadKey(filters, sort, term, paths) {
  return JSON.stringify([filters, sort, term, paths]);
}

/** Searches as the reader types, without a history entry per keystroke; new words are read for department names again. */
function typed() {
  clearTimeout(typingTimer);
  mode = 'auto';
  searchAhead();
  typingTimer = window.setTimeout(() => {
    void run(readForm(), !typingEntry);
    typingEntry = true;
  }, 300);
}

// While an input method is composing (pinyin letters before the characters are chosen), wait for the characters.
input.addEventListener('input', (event) => {
  if (!(event instanceof InputEvent && event.isComposing)) typed();
});
input.addEventListener('compositionend', typed);

filterPanel.addEventListener('toggle', () => {
  if (filterPanel.open) void countPending();
});

filterPanel.addEventListener('change', (event) => {
  const target = event.target;
  if (target instanceof HTMLInputElement && target.type === 'checkbox') {
    clearTimeout(typingTimer);
    typingEntry = false;
    void run(readForm(), true);
  }
});

clearButton.addEventListener('click', () => {
  for (const box of checkboxes) box.checked = false;
  unbuiltTicks = {};
  void run(readForm(), true);
  input.focus();
});

moreButton.addEventListener('click', () => {
  if (!loadingMore) void showMore(true);
});

window.addEventListener('popstate', () => {
  clearTimeout(typingTimer);
  typingEntry = false;
  const state = readUrl();
  applyState(state);
  void run(state, false);
});

// A list held in LISTS is built when first unfolded, or now if it does not start folded.
for (const key of Object.keys(LISTS)) {
  const fold = filterGroup(key)?.closest('details[data-fold-key]');
  if (!fold) buildList(key);
  else {
    // Built on the summary's click (Enter and Space click it too), before the fold opens, so
    // that the next Tab already finds the first checkbox; on toggle when opened otherwise.
    fold.querySelector('summary')?.addEventListener('click', () => buildList(key));
    fold.addEventListener('toggle', () => {
      if (fold.open) buildList(key);
    });
  }
}

// A folded list's values are counted for the current search when it is unfolded.
for (const fold of filterPanel.querySelectorAll('details[data-fold-key]')) {
  fold.addEventListener('toggle', () => {
    if (fold.open) void countUnfolded(fold.getAttribute('data-fold-key') ?? '');
  });
}

// A shared link reproduces its search; a narrow screen starts with the filters folded.
{
  const state = readUrl();
  const { unknown, shared } = applyState(state);
  const chosen = FILTER_KEYS.some((k) => state.filters[k].length > 0);
  if (!chosen && window.matchMedia('(max-width: 48rem)').matches) filterPanel.open = false;
  void run(state, false).then(() => {
    for (const { name, counties } of shared.reverse()) {
      notesEl.prepend(
        paragraph(
          counties.length > 1
            ? `链接中的县区“${name}”在本站有 ${counties.length} 个同名县区，已全部选中：${counties.join('、')}。可在“${COUNTY_KEY}”中只保留其中一个。`
            : `链接中的县区“${name}”即${counties[0]}：同名的县区以所属地级市区分。`,
        ),
      );
    }
    if (unknown.length > 0) notesEl.prepend(paragraph(`链接中的筛选条件不存在，已忽略：${unknown.join('，')}。`));
  });
  // A page with nothing to show waits for a reader to type: `front` opens once it is idle. A
  // page opened with a search opens it when the reader comes back to the search box.
  if (state.q === '' && !chosen) whenIdle(openFront);
  else input.addEventListener('focus', openFront, { once: true });
}
