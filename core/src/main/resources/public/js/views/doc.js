// 文档: full text with regions, organizations, policies and figures highlighted from their offsets.
// The text goes in as text nodes only. #/doc/{id}?at={start}&end={end} jumps to one mention and flashes it.
// A PDF also shows its original page beside the text (pages.js): the page being read, or the page of
// the mention clicked or jumped to, with the mention outlined.
import { h, clear, note, bytes } from '../dom.js';
import { getJson, enc, qs, writeJson } from '../api.js';
import { showError } from '../errors.js';
import { forgetNames } from '../titles.js';
import { link } from '../nav.js';
import { levelLabel } from './region.js';
import { POLICY_KINDS } from './policy.js';
import { pagePanel, pageMark } from './pages.js';
import { workPanel } from './works.js';

const KINDS = [['region', '地区'], ['org', '机构'], ['policy', '政策'], ['figure', '数据']];
// Shorter spans win where spans overlap: a figure inside a policy title keeps its own colour.
const PRIORITY = { figure: 0, region: 1, org: 2, policy: 3 };

let shown = null; // {id, textEl, panel}

/** Same document, new target: move the highlight without rebuilding the text. */
export function update(params) {
  if (!shown || !document.body.contains(shown.textEl)) return false;
  target(shown.textEl, params, shown.panel);
  return true;
}

/** A document with pages read by OCR (scans) says so: how many, and their mean confidence. */
function ocrBadge(d) {
  const n = +((d.metadata || {}).ocr_pages || 0);
  if (!n) return null;
  const c = Math.round(100 * +(d.metadata.ocr_confidence || 0));
  return h('span', { id: 'doc-ocr', class: 'badge warn', title: '这些页面是扫描图像，文字由 OCR 识别，可能有误；请对照原文页面核对数字。' },
    `OCR 识别 ${n} 页 · 置信度 ${c}%`);
}

export async function render(root, id, params, signal) {
  shown = null;
  clear(root, note('加载文档…'));
  const d = await getJson('/api/documents/' + enc(id), null, signal);
  document.title = '文档 · ' + (d.title || d.path) + ' — Policy Miner';
  const spans = collect(d);
  const pages = d.format === 'pdf' ? (d.pages || []) : [];
  const textEl = h('div', { id: 'doc-text', class: 'doc-text' });
  textEl.append(build(d.text || '', spans, pages));
  const side = sideList(d, spans, pages.length ? pages : (d.pages || []));
  const panel = pages.length ? pagePanel(d.id, pages) : null;
  clear(root, 
    h('header', { class: 'doc-head' },
      h('h2', { id: 'doc-title' }, d.title || d.path),
      h('div', { class: 'meta' },
        d.date ? h('span', null, d.date) : null, h('span', { class: 'tag' }, d.format),
        ocrBadge(d),
        h('span', null, bytes(d.sizeBytes)), h('span', { class: 'path' }, d.path),
        h('a', { href: link('figures', '', { doc: d.id }) }, '本文数据表'),
        h('a', { href: link('search', '', { doc: d.id }) }, '在本文中搜索')),
      legend(spans, textEl), actions(d), workPanel(d, signal)),
    panel
      ? h('div', { class: 'doc-layout paged' }, h('article', { class: 'doc-main' }, textEl), h('div', { class: 'doc-right' }, panel.el, side))
      : h('div', { class: 'doc-layout' }, h('article', { class: 'doc-main' }, textEl), side));
  shown = { id, textEl, panel };
  target(textEl, params, panel);
  if (panel) {
    if (!panel.el.dataset.page) panel.show(0, null); // no target: the first page
    panel.follow(textEl);
    // a click on a mention shows its page with the mention outlined
    textEl.addEventListener('click', e => {
      const m = e.target.closest('.m[data-s]');
      if (!m) return;
      for (const el of textEl.querySelectorAll('.m.picked')) el.classList.remove('picked');
      m.classList.add('picked');
      panel.select(+m.dataset.s, +m.dataset.e, m);
    });
  }
}

/** Export of the mentions, and delete (a write: needs the server's token when it has one). */
function actions(d) {
  const status = h('span', { id: 'doc-action-status', class: 'small', role: 'status' });
  const del = h('button', { type: 'button', id: 'doc-delete', class: 'danger' }, '从索引中删除');
  del.addEventListener('click', async () => {
    if (!confirm(`从索引中删除《${d.title || d.path}》？语料库中的文件不受影响，重新索引时会再次加入。`)) return;
    del.disabled = true;
    status.className = 'small muted';
    status.textContent = '删除中…';
    try {
      await writeJson('DELETE', '/api/documents/' + enc(d.id));
      forgetNames();
      status.className = 'small ok';
      status.textContent = '已从索引中删除。';
      location.hash = link('search');
    } catch (e) {
      del.disabled = false;
      showError(status, e, '删除失败：');
    }
  });
  return h('div', { class: 'doc-actions small' },
    '导出提及：', h('a', { href: '/api/mentions' + qs({ doc: d.id, limit: 10000, format: 'csv' }), download: 'mentions.csv', id: 'mentions-csv' }, 'CSV'), ' · ',
    h('a', { href: '/api/mentions' + qs({ doc: d.id, limit: 10000, format: 'json' }), download: 'mentions.json' }, 'JSON'),
    del, status);
}

/** Every highlighted span: {kind, start, end, label, href, id}. */
function collect(d) {
  const out = [];
  const n = (d.text || '').length;
  const add = (kind, start, end, label, href, info) => {
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= n) {
      out.push({ kind, start, end, label, href, info });
    }
  };
  for (const r of d.regions || []) {
    for (const m of r.mentions || []) add('region', m.start, m.end, r.name, link('region', r.name), r.level);
  }
  for (const o of d.organizations || []) {
    for (const m of o.mentions || []) add('org', m.start, m.end, o.name, link('search', '', { org: o.name }), o.kind);
  }
  for (const p of d.policies || []) add('policy', p.start, p.end, p.title, link('policy', p.title), p.kind);
  for (const f of d.figures || []) {
    add('figure', f.start, f.end, [f.subject, f.indicator, f.surface, f.ocr ? `(OCR 置信度 ${Math.round(100 * f.ocrConfidence)}%)` : '']
      .filter(Boolean).join(' '),
      link('figures', '', { indicator: f.indicator }), f.year || '');
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Cuts the text at every span boundary; each piece is one <span> carrying the classes of every span
 * that covers it (the shortest one decides the colour, and its range is data-s/data-e) and data-start
 * of the span it begins. Where a page begins, an empty page mark (its label drawn by CSS).
 */
function build(text, spans, pages) {
  const frag = document.createDocumentFragment();
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const marks = new Map();
  for (const p of pages) {
    const at = Math.min(Math.max(0, p.start), text.length);
    if (!marks.has(at)) marks.set(at, []);
    marks.get(at).push(p);
    cuts.add(at);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    for (const p of marks.get(a) || []) frag.append(pageMark(p));
    active = active.filter(s => s.end > a);
    while (next < spans.length && spans[next].start <= a) {
      if (spans[next].end > a) active.push(spans[next]);
      next++;
    }
    const piece = text.slice(a, b);
    if (!active.length) { frag.append(piece); continue; }
    const top = [...active].sort((x, y) => (x.end - x.start) - (y.end - y.start) || PRIORITY[x.kind] - PRIORITY[y.kind])[0];
    const el = h('span', {
      class: 'm m-' + top.kind + (active.length > 1 ? ' nested' : ''),
      title: active.map(s => `${label(s.kind)}：${s.label}`).join('\n'),
      dataset: { kinds: [...new Set(active.map(s => s.kind))].join(' '), from: a, to: b, s: top.start, e: top.end },
    }, piece);
    const starting = active.find(s => s.start === a);
    if (starting) el.dataset.start = a;
    frag.append(el);
  }
  for (const p of marks.get(text.length) || []) frag.append(pageMark(p)); // pages without text at the end
  return frag;
}

/** A policy document is named in 《》; a strategy, programme, period or slogan is not a document, so it is not. */
function entityName(kind, name, policyKind) {
  return kind === 'policy' && !BARE_KINDS.has(policyKind) ? '《' + name + '》' : name;
}
const BARE_KINDS = new Set(['strategy', 'programme', 'period', 'slogan']);

function info(kind, v) {
  return kind === 'region' ? levelLabel(v) : kind === 'policy' ? (POLICY_KINDS[v] || v) : String(v);
}

function label(kind) {
  return (KINDS.find(k => k[0] === kind) || [kind, kind])[1];
}

/** The colour key; each colour's box switches its layer of highlights off and on (remembered in this browser). */
function legend(spans, textEl) {
  const off = hiddenLayers();
  for (const k of off) textEl.classList.add('off-' + k);
  return h('div', { class: 'legend', id: 'legend', role: 'group', 'aria-label': '高亮图层' }, KINDS.map(([k, l]) => {
    const box = h('input', { type: 'checkbox', checked: !off.includes(k), dataset: { layer: k }, 'aria-label': '显示' + l + '高亮' });
    box.addEventListener('change', () => {
      textEl.classList.toggle('off-' + k, !box.checked);
      const now = hiddenLayers().filter(x => x !== k);
      if (!box.checked) now.push(k);
      try { localStorage.setItem(LAYERS, JSON.stringify(now)); } catch (e) { /* not remembered */ }
    });
    return h('label', { class: 'm m-' + k, title: '勾选以显示、取消以隐藏' + l + '高亮' }, box, `${l} ${spans.filter(s => s.kind === k).length}`);
  }));
}

const LAYERS = 'pm-hidden-layers';
function hiddenLayers() {
  try {
    const v = JSON.parse(localStorage.getItem(LAYERS) || '[]');
    return Array.isArray(v) ? v.filter(k => KINDS.some(x => x[0] === k)) : [];
  } catch (e) {
    return [];
  }
}

const CONTEXT = 18; // characters either side of a mention in the side list

/** A mention in its context: the text around it, the mention marked; line breaks as spaces. */
function snippet(text, m) {
  const a = Math.max(0, m.start - CONTEXT), b = Math.min(text.length, m.end + CONTEXT);
  const flat = s => s.replace(/\s+/g, ' ');
  return [a > 0 ? '…' : '', flat(text.slice(a, m.start)), h('mark', null, flat(text.slice(m.start, m.end))), flat(text.slice(m.end, b)), b < text.length ? '…' : ''];
}

/** The printed label of the page an offset is on, or null (a report without pages). */
function pageOf(pages, offset) {
  for (const p of pages) if (offset >= p.start && offset < p.end) return p.label || String(p.number);
  return null;
}

/** The side list: entities grouped by kind, each with its mentions listed in context, with their page. */
function sideList(d, spans, pages) {
  const text = d.text || '';
  const mentionList = (kind, ms) => h('ul', { class: 'mention-list' }, ms.slice(0, 40).map((m, i) => {
    const page = pageOf(pages, m.start);
    return h('li', null, h('a', { href: link('doc', d.id, { at: m.start, end: m.end, kind }), class: 'jump', title: '跳到第 ' + (i + 1) + ' 处' },
      page ? h('span', { class: 'page' }, `第 ${page} 页`) : null, snippet(text, m)));
  }), ms.length > 40 ? h('li', { class: 'muted' }, `另有 ${ms.length - 40} 处`) : null);
  const side = h('aside', { class: 'doc-side', id: 'doc-side' });
  for (const [kind, title] of KINDS) {
    const byLabel = new Map();
    for (const s of spans.filter(x => x.kind === kind)) {
      if (!byLabel.has(s.label)) byLabel.set(s.label, []);
      byLabel.get(s.label).push(s);
    }
    const items = [...byLabel.entries()].sort((a, b) => b[1].length - a[1].length);
    const list = h('ul', null, items.slice(0, 200).map(([name, ms]) => h('li', { class: 'side-' + kind },
      kind === 'figure' ? null : h('a', { href: ms[0].href, class: 'entity' }, entityName(kind, name, ms[0].info)),
      kind === 'figure' ? h('a', { href: link('doc', d.id, { at: ms[0].start, end: ms[0].end, kind }), class: 'jump' }, name) : null,
      ms[0].info ? h('span', { class: 'muted small' }, ' ' + info(kind, ms[0].info)) : null,
      kind === 'figure' ? (pageOf(pages, ms[0].start) ? h('span', { class: 'muted small' }, ` 第 ${pageOf(pages, ms[0].start)} 页`) : null)
        : h('details', { class: 'mentions' }, h('summary', null, `${ms.length} 处提及`), mentionList(kind, ms)))));
    // on a narrow screen the list sits above the text, folded, so the text comes first
    const wide = !window.matchMedia('(max-width: 900px)').matches;
    side.append(h('details', { class: 'side-group', open: items.length > 0 && wide },
      h('summary', null, `${title}（${items.length}）`), items.length ? list : note('无', 'muted small')));
  }
  if ((d.tables || []).length) side.append(h('p', { class: 'muted small' }, `表格 ${d.tables.length} 个`));
  return side;
}

/** Flash and scroll to the mention at ?at=&end= (the element whose range starts there); show its page. */
function target(textEl, params, panel) {
  for (const el of textEl.querySelectorAll('.target, .target-range, .picked')) {
    el.classList.remove('target', 'target-range', 'picked');
    el.removeAttribute('id');
  }
  shadeSentence(textEl, parseInt(params.get('s'), 10), parseInt(params.get('se'), 10));
  const at = parseInt(params.get('at'), 10);
  if (!Number.isInteger(at)) return;
  const end = parseInt(params.get('end'), 10);
  let first = textEl.querySelector(`[data-start="${at}"]`);
  const pieces = [...textEl.querySelectorAll('.m')].filter(el =>
    +el.dataset.from >= at && +el.dataset.to <= (Number.isInteger(end) ? end : at + 1));
  if (!first) first = pieces[0];
  if (!first) first = wrapRange(textEl, at, Number.isInteger(end) && end > at ? end : at + 1);
  if (!first) return;
  for (const p of pieces) p.classList.add('target-range');
  void first.offsetWidth; // restart the flash animation when the same mention is targeted again
  first.classList.add('target');
  first.id = 'target';
  first.setAttribute('tabindex', '-1');
  first.scrollIntoView({ block: 'center' });
  first.focus({ preventScroll: true });
  if (panel) panel.select(at, Number.isInteger(end) && end > at ? end : at + 1, first);
}

/** An offset with no mention span (not extracted, or extracted differently): wrap the plain text there. */
function wrapRange(textEl, start, end) {
  let pos = 0;
  for (const node of [...textEl.childNodes]) {
    const len = node.textContent.length;
    if (node.nodeType === Node.TEXT_NODE && start >= pos && start < pos + len) {
      const range = document.createRange();
      range.setStart(node, start - pos);
      range.setEnd(node, Math.min(len, end - pos));
      const span = h('span', { class: 'm m-hit', dataset: { start, from: start, to: Math.min(end, pos + len) } });
      range.surroundContents(span);
      return span;
    }
    pos += len;
  }
  return null;
}

/** Shades the sentence around a figure with the CSS Custom Highlight API (no DOM change; skipped where unsupported). */
function shadeSentence(textEl, start, end) {
  if (!window.CSS || !CSS.highlights || typeof Highlight !== 'function') return;
  CSS.highlights.delete('sentence');
  if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) return;
  const walker = document.createTreeWalker(textEl, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let pos = 0, started = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.data.length;
    if (!started && start < pos + len) { range.setStart(n, start - pos); started = true; }
    if (started && end <= pos + len) { range.setEnd(n, end - pos); CSS.highlights.set('sentence', new Highlight(range)); return; }
    pos += len;
  }
}
