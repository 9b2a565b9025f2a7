// 搜索: query box, filters as chips, facets, highlighted passages, pagination.
import { h, clear, append, passage, note, num } from '../dom.js';
import { getJson } from '../api.js';
import { showError } from '../errors.js';
import { qs } from '../api.js';
import { documentNames, nameOf } from '../titles.js';
import { remember, isSaved, save, unsave, savedSearches, recentSearches, clearRecent } from '../history.js';
import { link, go } from '../nav.js';

const SIZE = 10;
const FACETS = [
  ['collection', '集合'], ['region', '地区'], ['policy', '政策'], ['org', '机构'], ['year', '年份'], ['format', '格式'],
];
const LIST_PARAMS = ['region', 'policy', 'org', 'doc', 'collection', 'tag'];
const FACET_SHOWN = 12;

/** The view's state, read from the URL. */
function state(params) {
  const s = {
    q: params.get('q') || '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    page: Math.max(1, parseInt(params.get('page') || '1', 10) || 1),
    from: params.get('from') || '',
    to: params.get('to') || '',
    format: params.get('format') || '',
    expand: params.get('expand') === 'true',
    synonyms: params.get('synonyms') !== 'false',
  };
  for (const k of LIST_PARAMS) s[k] = params.getAll(k).filter(Boolean);
  return s;
}

function toParams(s) {
  return {
    q: s.q, sort: s.sort === 'date' ? 'date' : '', page: s.page > 1 ? s.page : '',
    from: s.from, to: s.to, format: s.format, expand: s.expand ? 'true' : '',
    synonyms: s.synonyms ? '' : 'false',
    region: s.region, policy: s.policy, org: s.org, doc: s.doc, collection: s.collection, tag: s.tag,
  };
}

function goState(s) {
  go('search', '', toParams(s));
}

/** The API request: the format filter is not an API parameter, so it becomes a Lucene clause. */
function apiParams(s) {
  let q = s.q.trim();
  if (s.format) q = q ? `+(${q}) +format:${s.format}` : `format:${s.format}`;
  return {
    q, page: s.page, size: SIZE, sort: s.sort, from: s.from, to: s.to,
    region: s.region, policy: s.policy, org: s.org, doc: s.doc, collection: s.collection, tag: s.tag, expand: s.expand ? 'true' : '',
    synonyms: s.synonyms ? '' : 'false',
  };
}

export async function render(root, _arg, params, signal) {
  const s = state(params);
  if (!keysBound) { document.addEventListener('keydown', moveThroughHits); keysBound = true; }
  const input = h('input', {
    id: 'q', name: 'q', type: 'search', value: s.q, autocomplete: 'off',
    placeholder: '例如：研发投入强度、"科技创新中心" AND 西安、title:长三角', 'aria-label': '搜索词',
  });
  const sort = h('select', { id: 'sort', name: 'sort', 'aria-label': '排序' },
    h('option', { value: 'relevance', selected: s.sort === 'relevance' }, '按相关度'),
    h('option', { value: 'date', selected: s.sort === 'date' }, '按日期'));
  const expand = h('label', { class: 'check', title: '地区筛选和检索词中的地区包含下级地区' },
    h('input', { type: 'checkbox', id: 'expand', checked: s.expand }), '含下级地区');
  const form = h('form', { class: 'searchbar', role: 'search' },
    input, sort, expand, h('button', { type: 'submit', id: 'go' }, '搜索'), help());
  form.addEventListener('submit', e => {
    e.preventDefault();
    goState({ ...s, q: input.value, sort: sort.value, expand: expand.firstChild.checked, page: 1 });
  });
  sort.addEventListener('change', () => goState({ ...s, q: input.value, sort: sort.value, page: 1 }));
  expand.firstChild.addEventListener('change', () =>
    goState({ ...s, q: input.value, expand: expand.firstChild.checked, page: 1 }));

  const status = h('p', { id: 'status', class: 'muted', 'aria-live': 'polite' }, '检索中…');
  const results = h('ol', { id: 'results', class: 'results' });
  const pager = h('nav', { id: 'pager', class: 'pager', 'aria-label': '翻页' });
  const facets = h('aside', { id: 'facets', class: 'facets' });
  const hash = link('search', '', toParams(s));
  const label = searchLabel(s);
  const exports = h('span', { id: 'export', class: 'export small' }, '导出本页结果：',
    h('a', { href: exportHref(s, 'csv'), download: 'search.csv', id: 'export-csv' }, 'CSV'), ' · ',
    h('a', { href: exportHref(s, 'json'), download: 'search.json', id: 'export-json' }, 'JSON'));
  const history = historyBox(s, hash, label);
  clear(root, form, chips(s), history,
    h('div', { class: 'split' }, facets, h('section', { class: 'main' }, h('div', { class: 'status-row' }, status, label ? exports : null), results, pager)));
  if (!s.q) input.focus();
  if (s.doc.length) {
    documentNames(signal).then(names => {
      for (const el of root.querySelectorAll('#chips .chip[data-kind=doc] .chip-value')) el.textContent = nameOf(names, el.parentNode.dataset.value);
    }).catch(() => {});
  }

  const t0 = performance.now();
  let data;
  try {
    data = await getJson('/api/search', apiParams(s), signal);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    showError(status, e, e.status === 400 ? '查询有误：' : '检索失败：');
    return;
  }
  if (label) remember(hash, label);
  status.textContent = `共 ${data.total} 篇报告 · 第 ${data.page} 页 · 服务器用时 ${data.tookMs} 毫秒`;
  if (data.relaxed) status.append(h('span', { id: 'relaxed' }, ' · 没有报告包含全部检索词，以下按包含检索词的多少排序'));
  if (data.partial) status.append(h('span', { id: 'partial' }, ' · 检索超时，结果只含已检索的部分'));
  if (data.worksPending) status.append(h('span', { id: 'works-pending' }, ' · 服务器刚启动，同一报告的多个文件尚未合并，暂按文件列出'));
  const also = Object.entries(data.expansions || {});
  if (also.length) {
    status.after(h('p', { id: 'expansions', class: 'muted' },
      also.map(([w, alts]) => h('span', { class: 'expansion' }, `${w} 也匹配：${alts.join('、')}`)),
      ' ', h('a', { href: link('search', '', { ...toParams(s), synonyms: 'false' }), class: 'linkish' }, '只按原词检索')));
  }
  status.dataset.total = data.total;
  status.dataset.clientMs = Math.round(performance.now() - t0);
  for (const hit of data.hits) results.append(hitItem(hit));
  if (!data.hits.length) results.append(h('li', { class: 'muted' }, s.q ? '没有找到匹配的报告。' : '索引中没有报告。'));
  pages(pager, s, data);
  // for the browser test: ms from page start, and from the route change, to results on screen
  status.dataset.renderedAt = Math.round(performance.now());
  status.dataset.routeMs = Math.round(performance.now() - (window.routeStartedAt || 0));
  facetLists(facets, s, data.facets || {});
}

/**
 * Arrow keys move through the hits (from the search box, ↓ goes to the first); Enter opens the one in
 * focus (it is a link). The hit in focus is outlined.
 */
function moveThroughHits(e) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const titles = [...document.querySelectorAll('#results .hit a.hit-title')];
  if (!titles.length) return;
  const inBox = document.activeElement && document.activeElement.id === 'q';
  const at = titles.indexOf(document.activeElement);
  if (at < 0 && !inBox && document.activeElement !== document.body && document.activeElement.id !== 'view') return;
  e.preventDefault();
  let next;
  if (at < 0) next = e.key === 'ArrowDown' ? 0 : -1;
  else next = at + (e.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) { document.getElementById('q').focus(); return; }
  next = Math.min(next, titles.length - 1);
  titles[next].focus();
  titles[next].closest('.hit').scrollIntoView({ block: 'nearest' });
}
let keysBound = false;

function hitItem(hit) {
  return h('li', { class: 'hit', dataset: { id: hit.id } },
    h('h3', null, h('a', { href: link('doc', hit.id), class: 'hit-title' }, hit.title || hit.path)),
    h('div', { class: 'meta' },
      hit.date ? h('span', null, hit.date) : h('span', { class: 'muted' }, '日期不详'),
      h('span', { class: 'tag' }, hit.format),
      h('span', { title: '相关度得分' }, '得分 ' + num(Math.round(hit.score * 1000) / 1000)),
      hit.fileName && !hit.path.endsWith(hit.fileName) ? h('span', { class: 'path', title: hit.path }, hit.fileName)
        : h('span', { class: 'path' }, hit.path)),
    (hit.missing || []).length ? h('p', { class: 'missing' }, '缺少：' + hit.missing.join('、')) : null,
    (hit.alsoAs || []).length ? h('p', { class: 'muted also-as' }, '其他文件：' + hit.alsoAs.join('、')) : null,
    hit.sourceUrl ? h('p', { class: 'muted source' }, '来源：' + hit.sourceUrl) : null,
    hit.uploadedBy ? h('p', { class: 'muted small uploader' }, '上传者：' + hit.uploadedBy) : null,
    (hit.passages || []).map(p => h('p', { class: 'passage' }, passage(p.html),
      p.pageLabel ? h('span', { class: 'muted page' }, ' 第' + p.pageLabel + '页') : null,
      p.ocr ? h('span', { class: 'badge warn ocr', title: '此页是扫描图像，文字由 OCR 识别（置信度 ' + Math.round(100 * p.ocrConfidence) + '%）' }, 'OCR') : null)));
}

/** What a search is, for the saved and recent lists: its words and its filters. */
function searchLabel(s) {
  const parts = [];
  if (s.q.trim()) parts.push(s.q.trim());
  for (const k of ['region', 'policy', 'org', 'collection', 'tag']) parts.push(...s[k]);
  if (s.from || s.to) parts.push(s.from === s.to ? s.from : `${s.from || '…'}–${s.to || '…'}`);
  if (s.format) parts.push(s.format);
  return parts.join(' · ');
}

/** The current search as a download: up to 100 hits from the first page. */
function exportHref(s, format) {
  return '/api/search' + qs({ ...apiParams(s), page: '', size: 100, format });
}

/** ☆ 保存检索, and the saved and recent searches of this browser. */
function historyBox(s, hash, label) {
  const box = h('div', { id: 'history', class: 'history small' });
  const draw = () => {
    const saved = savedSearches(), recent = recentSearches().filter(r => r.hash !== hash);
    const starred = label && isSaved(hash);
    const item = (x, remove) => h('li', null, h('a', { href: x.hash, class: 'history-link' }, x.label),
      remove ? h('button', { type: 'button', class: 'linkish', 'aria-label': '删除 ' + x.label, title: '删除', onclick: () => { remove(x); draw(); } }, '×') : null);
    clear(box,
      label ? h('button', { type: 'button', id: 'save-search', class: 'linkish', 'aria-pressed': String(starred),
        onclick: () => { if (isSaved(hash)) unsave(hash); else save(hash, label); draw(); } }, starred ? '★ 已保存' : '☆ 保存检索') : null,
      saved.length ? h('details', { id: 'saved-searches', open: !label },
        h('summary', null, `已保存的检索（${saved.length}）`), h('ul', null, saved.map(x => item(x, y => unsave(y.hash))))) : null,
      recent.length ? h('details', { id: 'recent-searches', open: !label && !saved.length },
        h('summary', null, `最近的检索（${recent.length}）`), h('ul', null, recent.map(x => item(x, null))),
        h('button', { type: 'button', class: 'linkish', onclick: () => { clearRecent(); draw(); } }, '清除记录')) : null);
  };
  draw();
  return box;
}

function pages(pager, s, data) {
  const last = Math.max(1, Math.ceil(data.total / SIZE));
  if (last <= 1) return;
  const a = (p, label, cls) => h('a', {
    href: link('search', '', toParams({ ...s, page: p })), class: cls, 'aria-current': p === s.page ? 'page' : null,
  }, label);
  if (s.page > 1) pager.append(a(s.page - 1, '‹ 上一页', 'prev'));
  const lo = Math.max(1, s.page - 2), hi = Math.min(last, s.page + 2);
  if (lo > 1) append(pager, [a(1, '1'), lo > 2 ? h('span', null, '…') : null]);
  for (let p = lo; p <= hi; p++) pager.append(a(p, String(p), p === s.page ? 'current' : null));
  if (hi < last) append(pager, [hi < last - 1 ? h('span', null, '…') : null, a(last, String(last))]);
  if (s.page < last) pager.append(a(s.page + 1, '下一页 ›', 'next'));
}

/** Active filters as removable chips. */
function chips(s) {
  const box = h('div', { id: 'chips', class: 'chips' });
  const chip = (label, value, without) => h('span', { class: 'chip', dataset: { value, kind: label === '文档' ? 'doc' : '' },
    title: label === '文档' ? '' : value },
    label + '：', h('span', { class: 'chip-value' }, label === '文档' ? '…' : value),
    h('button', { type: 'button', class: 'chip-x', 'aria-label': '移除筛选 ' + value, title: '移除',
      onclick: () => goState({ ...without, page: 1 }) }, '×'));
  for (const [k, label] of [['collection', '集合'], ['tag', '标签'], ['region', '地区'], ['policy', '政策'], ['org', '机构'], ['doc', '文档']]) {
    for (const v of s[k]) box.append(chip(label, v, { ...s, [k]: s[k].filter(x => x !== v) }));
  }
  if (s.from || s.to) {
    const v = s.from && s.to && s.from === s.to ? s.from : `${s.from || '…'}–${s.to || '…'}`;
    box.append(chip('年份', v, { ...s, from: '', to: '' }));
  }
  if (s.format) box.append(chip('格式', s.format, { ...s, format: '' }));
  if (box.childElementCount > 1) {
    box.append(h('button', { type: 'button', class: 'linkish', onclick: () =>
      goState({ ...s, region: [], policy: [], org: [], doc: [], collection: [], tag: [], from: '', to: '', format: '', page: 1 }) }, '清除全部'));
  }
  return box;
}

function facetLists(box, s, facets) {
  for (const [key, label] of FACETS) {
    const values = facets[key] || [];
    if (!values.length) continue;
    const list = h('ul', null);
    values.forEach((f, i) => {
      const active = key === 'year' ? (s.from === f.label && s.to === f.label)
        : key === 'format' ? s.format === f.label : s[key].includes(f.label);
      const next = { ...s, page: 1 };
      if (key === 'year') { next.from = f.label; next.to = f.label; }
      else if (key === 'format') next.format = f.label;
      else if (!active) next[key] = [...s[key], f.label];
      list.append(h('li', { hidden: i >= FACET_SHOWN && !active ? true : null }, h('a', {
        href: link('search', '', toParams(next)), class: 'facet-value' + (active ? ' active' : ''),
        dataset: { facet: key, value: f.label },
      }, h('span', { class: 'facet-label', title: f.label }, f.label), h('span', { class: 'count' }, f.count))));
    });
    // more labels than shown: a control shows the rest (and hides them again)
    const hidden = values.length - FACET_SHOWN;
    const more = hidden > 0 ? h('button', { type: 'button', class: 'linkish facet-more', 'aria-expanded': 'false' }, `更多（${hidden}）`) : null;
    if (more) {
      more.addEventListener('click', () => {
        const open = more.getAttribute('aria-expanded') !== 'true';
        [...list.children].forEach((li, i) => { if (i >= FACET_SHOWN) li.hidden = !open && !li.querySelector('.active'); });
        more.setAttribute('aria-expanded', String(open));
        more.textContent = open ? '收起' : `更多（${hidden}）`;
      });
    }
    const details = h('details', { class: 'facet', dataset: { facet: key }, open: true },
      h('summary', null, label, h('span', { class: 'count' }, values.length)),
      list, more);
    box.append(details);
  }
  if (window.matchMedia('(max-width: 700px)').matches) {
    for (const d of box.querySelectorAll('details')) d.open = false;
  }
}

function help() {
  return h('details', { class: 'help' },
    h('summary', { title: '查询语法帮助', 'aria-label': '查询语法帮助' }, '?'),
    h('div', { class: 'popover' },
      h('p', null, h('strong', null, '查询语法（Lucene）')),
      h('ul', null,
        h('li', null, h('code', null, '研发投入强度'), ' 普通词语，按相关度排序'),
        h('li', null, h('code', null, '"区域科技创新中心"'), ' 精确短语'),
        h('li', null, h('code', null, '西安 AND 兰州'), '、', h('code', null, 'OR'), '、', h('code', null, 'NOT'), ' 布尔组合'),
        h('li', null, h('code', null, '+长三角 -上海'), ' 必须包含 / 排除'),
        h('li', null, h('code', null, 'title:科创'), ' 只搜标题；字段：title、body、format、path'),
        h('li', null, h('code', null, '科技*'), ' 通配符'),
      ),
      h('p', { class: 'muted small' }, '点击左侧分面可按集合、地区、政策、机构、年份、格式筛选；集合按报告计数（同一报告的多个文件只算一次）。')));
}
