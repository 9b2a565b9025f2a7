// 数据: figures with filters, sortable columns, CSV download and a chart of one indicator.
import { h, clear, note, compact } from '../dom.js';
import { getJson, qs } from '../api.js';
import { link, go } from '../nav.js';
import { figureTable, figureHref, KIND_OPTIONS, kindLabel, SUBJECT_TYPE_OPTIONS, unitLabel } from './figtable.js';
import { barChart } from '../chart.js';
import { showError } from '../errors.js';
import { documentNames, nameOf } from '../titles.js';

const SIZE = 500; // the whole bundled corpus has ~420 figures: one page, sorted on the client
// columns the server can sort on across pages (FigureQuery: value, -value, year, -year)
const SERVER_SORT = { year: 'year', '-year': '-year', normalizedValue: 'value', '-normalizedValue': '-value', surface: 'value', '-surface': '-value' };
const FILTERS = [
  ['q', '关键词', '句中词语'], ['subject', '主体', '例如 西安'], ['indicator', '指标', '例如 研发投入强度'],
  ['year', '年份', '2020'], ['unit', '单位', '亿元、%'], ['min', '最小值', '标准化值'], ['max', '最大值', '标准化值'],
];
const API_KEYS = ['q', 'subject', 'subjectType', 'indicator', 'exact', 'year', 'unit', 'kind', 'doc', 'min', 'max'];

function state(params) {
  const s = {};
  for (const k of [...API_KEYS, 'sort', 'chart', 'by']) s[k] = params.get(k) || '';
  s.page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  s.by = s.by === 'year' ? 'year' : 'subject';
  s.exact = s.exact === 'true' ? 'true' : '';
  return s;
}

function apiParams(s) {
  const p = {};
  for (const k of API_KEYS) p[k] = s[k];
  p.page = s.page;
  p.size = SIZE;
  p.sort = SERVER_SORT[s.sort] || '';
  return p;
}

const goState = s => go('figures', '', { ...s, page: s.page > 1 ? s.page : '', by: s.by === 'year' ? 'year' : '' });

export async function render(root, _arg, params, signal) {
  const s = state(params);
  const inputs = {};
  let exact;
  const form = h('form', { class: 'filters', id: 'figure-filters' },
    FILTERS.map(([k, label, ph]) => h('label', null, label,
      inputs[k] = h('input', { name: k, id: 'f-' + k, value: s[k], placeholder: ph,
        type: k === 'min' || k === 'max' || k === 'year' ? 'number' : 'search', step: 'any' }))),
    h('label', null, '类型', inputs.kind = h('select', { name: 'kind', id: 'f-kind' },
      h('option', { value: '' }, '全部'),
      KIND_OPTIONS.map(([v, l]) => h('option', { value: v, selected: s.kind === v }, l)))),
    h('label', null, '主体类型', inputs.subjectType = h('select', { name: 'subjectType', id: 'f-subjectType' },
      h('option', { value: '' }, '全部'),
      SUBJECT_TYPE_OPTIONS.map(([v, l]) => h('option', { value: v, selected: s.subjectType === v }, l)))),
    h('label', { title: '只找字面上的指标名称，不含同义词（研发投入强度 默认也找 R&D经费投入强度、研发强度）' },
      exact = h('input', { type: 'checkbox', name: 'exact', id: 'f-exact', checked: s.exact === 'true' }), '指标精确匹配'),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', id: 'f-go' }, '筛选'),
      h('a', { href: link('figures'), class: 'button secondary' }, '重置')));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const next = { ...s, page: 1 };
    for (const k of Object.keys(inputs)) next[k] = inputs[k].value.trim();
    next.exact = exact.checked ? 'true' : '';
    goState(next);
  });
  const csv = h('a', { id: 'csv', class: 'button secondary', download: 'figures.csv',
    href: '/api/figures' + qs({ ...apiParams(s), page: '', size: '', format: 'csv' }) }, '下载 CSV');
  const status = h('p', { id: 'status', class: 'muted', 'aria-live': 'polite' }, '加载中…');
  const chartBox = h('section', { id: 'chart', class: 'chart-box' });
  const tableBox = h('section', { id: 'figure-table' });
  const pager = h('nav', { class: 'pager', 'aria-label': '翻页' });
  if (s.doc) form.append(h('span', { class: 'chip', id: 'doc-chip' }, '文档：', h('span', { class: 'doc-name' }, '…'),
    h('button', { type: 'button', class: 'chip-x', onclick: () => goState({ ...s, doc: '', page: 1 }) }, '×')));
  clear(root, h('h2', null, '数据'), form, h('div', { class: 'row' }, status, csv), chartBox, tableBox, pager);

  if (s.doc) {
    documentNames(signal).then(names => { const el = form.querySelector('#doc-chip .doc-name'); if (el) el.textContent = nameOf(names, s.doc); })
      .catch(() => {});
  }
  let data;
  try {
    data = await getJson('/api/figures', apiParams(s), signal);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    status.className = 'error';
    showError(status, e, '无法加载数据：');
    return;
  }
  const figs = data.figures || [];
  status.textContent = `共 ${data.total} 条数据` + (data.total > SIZE ? ` · 第 ${s.page} 页` : '');
  status.dataset.total = data.total;
  tableBox.append(figs.length ? figureTable(figs, s.sort, sort => goState({ ...s, sort }))
    : note('没有符合条件的数据。'));
  chart(chartBox, figs, s);
  const last = Math.ceil(data.total / SIZE);
  if (s.page > 1) pager.append(h('a', { href: link('figures', '', { ...s, page: s.page - 1 }), class: 'prev' }, '‹ 上一页'));
  if (s.page < last) pager.append(h('a', { href: link('figures', '', { ...s, page: s.page + 1 }), class: 'next' }, '下一页 ›'));
}

/** The chart: one indicator (most frequent by default) across subjects or years, in its commonest unit. */
function chart(box, figs, s) {
  const counts = new Map();
  for (const f of figs) if (f.indicator) counts.set(f.indicator, (counts.get(f.indicator) || 0) + 1);
  const indicators = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(e => e[0]);
  if (!indicators.length) return;
  const chosen = indicators.includes(s.chart) ? s.chart : (indicators.includes(s.indicator) ? s.indicator : indicators[0]);
  const pick = h('select', { id: 'chart-indicator', 'aria-label': '图表指标' },
    indicators.map(i => h('option', { value: i, selected: i === chosen }, `${i}（${counts.get(i)}）`)));
  pick.addEventListener('change', () => goState({ ...s, chart: pick.value }));
  const by = h('select', { id: 'chart-by', 'aria-label': '横轴' },
    h('option', { value: 'subject', selected: s.by === 'subject' }, '按主体'),
    h('option', { value: 'year', selected: s.by === 'year' }, '按年份'));
  by.addEventListener('change', () => goState({ ...s, chart: chosen, by: by.value }));

  const rows = figs.filter(f => f.indicator === chosen && isFinite(f.normalizedValue));
  const units = new Map();
  for (const f of rows) units.set(f.normalizedUnit, (units.get(f.normalizedUnit) || 0) + 1);
  const unit = [...units.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const groups = new Map();
  for (const f of rows) {
    if (f.normalizedUnit !== unit) continue;
    const key = s.by === 'year' ? (f.year ? String(f.year) : '') : f.subject;
    if (!key) continue;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push({ value: f.normalizedValue, href: figureHref(f),
      title: `${f.subject || ''} ${f.year || ''} ${f.surface}（${f.docTitle || ''}）` });
  }
  const list = [...groups.entries()].map(([label, points]) => ({ label, points }));
  list.sort((a, b) => s.by === 'year' ? a.label.localeCompare(b.label)
    : Math.max(...b.points.map(p => p.value)) - Math.max(...a.points.map(p => p.value)));
  const fmt = unit === 'ratio' ? v => (Math.round(v * 10000) / 100) + '%' : compact;
  box.append(h('div', { class: 'row' }, h('strong', null, '图表'), pick, by,
    h('span', { class: 'muted small' }, `单位：${unitLabel(unit) || '无'} · ${kindLabel(rows[0]?.kind)}`)));
  box.append(list.length ? barChart(list.slice(0, 40), fmt, `${chosen}（${s.by === 'year' ? '按年份' : '按主体'}）`, box.clientWidth - 32)
    : note(s.by === 'year' ? '这些数据没有年份。' : '这些数据没有主体。'));
}
