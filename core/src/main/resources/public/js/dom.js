// Small DOM helpers. Text always goes in as text nodes; nothing from the server is parsed as HTML
// except search passages, which go through passage() and keep only <mark>.

/** h('a', {href: '#/x', class: 'c'}, 'text', child …) → element. Null/false children are skipped. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Empties el, then appends children the way h() does (null skipped, arrays flattened). */
export function clear(el, ...children) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return append(el, children);
}

const decoder = new DOMParser();

/** Decode HTML entities of a fragment that holds no tags (the server escaped it). */
function decode(s) {
  if (!s.includes('&')) return s;
  return decoder.parseFromString('<!doctype html><body>' + s, 'text/html').body.textContent;
}

/**
 * A search passage: the server sends escaped text with <mark>…</mark> around matches. We split on
 * the mark tags and build text nodes, so any other markup stays inert text.
 */
export function passage(html) {
  const out = document.createDocumentFragment();
  const parts = String(html).split(/<(\/?)mark>/);
  // split with one capture group: [text, '', text, '/', text, …]
  let inMark = false;
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 1) { inMark = parts[i] === ''; continue; }
    if (!parts[i]) continue;
    const text = decode(parts[i]);
    out.append(inMark ? h('mark', null, text) : document.createTextNode(text));
  }
  return out;
}

/** Text with every occurrence of `needle` wrapped in <mark>, as nodes. */
export function markText(text, needle) {
  const out = document.createDocumentFragment();
  if (!needle) { out.append(text || ''); return out; }
  let i = 0;
  for (;;) {
    const j = text.indexOf(needle, i);
    if (j < 0) break;
    if (j > i) out.append(text.slice(i, j));
    out.append(h('mark', null, needle));
    i = j + needle.length;
  }
  if (i < text.length) out.append(text.slice(i));
  return out;
}

const nf = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 });
export function num(v) {
  if (v === null || v === undefined || v === '') return '';
  return typeof v === 'number' ? nf.format(v) : String(v);
}

export function compact(v) {
  if (typeof v !== 'number' || !isFinite(v)) return '';
  const a = Math.abs(v);
  if (a >= 1e12) return nf.format(v / 1e12) + '万亿';
  if (a >= 1e8) return nf.format(Math.round(v / 1e6) / 100) + '亿';
  if (a >= 1e4) return nf.format(Math.round(v / 100) / 100) + '万';
  return nf.format(v);
}

export function bytes(n) {
  if (typeof n !== 'number') return '';
  if (n < 1024) return n + ' B';
  if (n < 1024 * 1024) return (n / 1024).toFixed(1) + ' KB';
  return (n / 1024 / 1024).toFixed(1) + ' MB';
}

/** A "loading" / "error" / "empty" line. */
export function note(text, cls = 'muted') {
  return h('p', { class: cls }, text);
}
