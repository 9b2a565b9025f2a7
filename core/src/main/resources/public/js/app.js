// Hash router: the URL holds the whole state (#/search?q=…&region=…), so every view is bookmarkable.
import { clear } from './dom.js';
import { errorNote } from './errors.js';
import * as search from './views/search.js';
import * as figures from './views/figures.js';
import * as region from './views/region.js';
import * as policy from './views/policy.js';
import * as doc from './views/doc.js';
import * as upload from './views/upload.js';
import * as compare from './views/compare.js';
import * as diff from './views/diff.js';

const VIEWS = { search, figures, region, policy, doc, upload, compare, diff };
const TITLES = { search: '搜索', figures: '数据', region: '地区', policy: '政策', doc: '文档', upload: '上传', compare: '对比', diff: '版本对比' };

function parse() {
  const raw = location.hash.replace(/^#/, '') || '/search';
  const qi = raw.indexOf('?');
  const path = qi < 0 ? raw : raw.slice(0, qi);
  const params = new URLSearchParams(qi < 0 ? '' : raw.slice(qi + 1));
  const parts = path.split('/').filter(Boolean);
  const view = VIEWS[parts[0]] ? parts[0] : 'search';
  let arg = '';
  try {
    arg = decodeURIComponent(parts.slice(1).join('/'));
  } catch (e) {
    arg = parts.slice(1).join('/');
  }
  return { view, arg, params };
}

let current = null;

async function route() {
  const { view, arg, params } = parse();
  for (const a of document.querySelectorAll('#nav a')) {
    a.classList.toggle('active', a.dataset.view === view);
  }
  // A view may handle a change in place (the document view moves its target without reloading).
  if (current && current.view === view && current.arg === arg && VIEWS[view].update
      && VIEWS[view].update(params)) {
    return;
  }
  if (current) current.abort.abort();
  const root = document.getElementById('view');
  const abort = new AbortController();
  current = { view, arg, abort };
  window.routeStartedAt = performance.now();
  // a document is named by its title once loaded (doc.js), never by its id
  document.title = (TITLES[view] || '') + (arg && view !== 'doc' && view !== 'diff' ? ' · ' + arg : '') + ' — Policy Miner';
  try {
    await VIEWS[view].render(root, arg, params, abort.signal);
  } catch (e) {
    if (e.name === 'AbortError' || abort.signal.aborted) return;
    clear(root, errorNote(e, '出错了：'));
  }
}

/** "/" anywhere (but in a field) focuses the search box; from another view it opens the search view. */
document.addEventListener('keydown', e => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target;
  if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  e.preventDefault();
  const box = document.getElementById('q');
  if (box) { box.focus(); box.select(); return; }
  location.hash = '#/search';
});

window.addEventListener('hashchange', route);
route();
