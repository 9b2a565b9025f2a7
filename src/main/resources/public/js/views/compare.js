// 对比: figures that disagree across reports (/api/conflicts), figures side by side (/api/compare),
// and a heatmap of which entities are named together (/api/cooccurrence).
import { h, clear, note, compact } from '../dom.js';
import { getJson } from '../api.js';
import { link, go } from '../nav.js';
import { figureTable } from './figtable.js';
import { barChart } from '../chart.js';

const TABS = [['conflicts', '冲突'], ['compare', '对比'], ['matrix', '关联']];
const VERDICTS = {
  conflict: ['数值冲突', 'fail'], 'same-value-different-year': ['疑似年份错误', 'warn'],
  agree: ['一致', 'ok'], timeline: ['时间序列', 'ok'], undated: ['缺年份', 'warn'],
};
const TYPES = [['region', '地区'], ['policy', '政策'], ['organization', '机构']];
const SEARCH_PARAM = { region: 'region', policy: 'policy', organization: 'org' };

/** The compare records carry bare figures: add each document's title for the tables and tooltips. */
async function withTitles(figures, signal) {
  if (figures.every(f => f.docTitle)) return figures;
  const docs = await getJson('/api/documents', null, signal);
  const titles = new Map((docs.documents || []).map(d => [d.id, d.title || d.path]));
  for (const f of figures) f.docTitle = f.docTitle || titles.get(f.docId) || '';
  return figures;
}

export async function render(root, tab, params, signal) {
  tab = TABS.some(t => t[0] === tab) ? tab : 'conflicts';
  const body = h('section', { id: 'compare-body' }, note('加载中…'));
  clear(root, h('h2', null, '对比'),
    h('nav', { class: 'tabs', 'aria-label': '对比视图' }, TABS.map(([k, l]) =>
      h('a', { href: link('compare', k), class: k === tab ? 'active' : null, 'aria-current': k === tab ? 'page' : null }, l))),
    body);
  if (tab === 'conflicts') return conflicts(body, signal);
  if (tab === 'compare') return compare(body, params, signal);
  return matrix(body, params, signal);
}

function verdictBadge(v) {
  const [label, cls] = VERDICTS[v] || [v, 'warn'];
  return h('span', { class: 'badge ' + cls }, label);
}

const list = (data, ...keys) => Array.isArray(data) ? data : keys.map(k => data && data[k]).find(Array.isArray) || [];

async function conflicts(body, signal) {
  const data = await getJson('/api/conflicts', null, signal);
  const items = list(data, 'conflicts', 'items');
  await withTitles(items.flatMap(c => c.figures || []), signal);
  clear(body, h('p', { class: 'muted' }, `同一主体、同一指标、同一年份却数值不同的数据，以及不同年份却数值完全相同（可能写错年份）的数据。共 ${items.length} 条，按严重程度排序。`),
    items.length ? items.map(c => h('article', { class: 'cite conflict' },
      h('h3', null, verdictBadge(c.verdict), ' ',
        h('a', { href: link('region', c.subject) }, c.subject), ' · ',
        h('a', { href: link('compare', 'compare', { subject: c.subject, indicator: c.indicatorName }) }, c.indicatorName), ' · ',
        (c.periods || []).join('、'),
        h('span', { class: 'severity', title: '严重程度 ' + c.severity }, h('span', { style: `width:${Math.round(100 * (c.severity || 0))}%` }))),
      h('p', { class: 'small' }, c.reason),
      figureTable(c.figures || [], '', null))) : note('没有发现冲突。'));
}

async function compare(body, params, signal) {
  const s = { subject: params.get('subject') || '', indicator: params.get('indicator') || '', year: params.get('year') || '' };
  const inputs = {};
  const form = h('form', { class: 'filters' },
    [['subject', '主体', '例如 西安'], ['indicator', '指标', '例如 研发投入强度'], ['year', '年份', '2020']].map(([k, l, ph]) =>
      h('label', null, l, inputs[k] = h('input', { name: k, value: s[k], placeholder: ph, type: k === 'year' ? 'number' : 'search' }))),
    h('div', { class: 'buttons' }, h('button', { type: 'submit' }, '对比')));
  form.addEventListener('submit', e => {
    e.preventDefault();
    go('compare', 'compare', Object.fromEntries(Object.entries(inputs).map(([k, i]) => [k, i.value.trim()])));
  });
  clear(body, form, note('加载中…'));
  const data = await getJson('/api/compare', s, signal);
  const groups = list(data, 'groups', 'comparisons');
  await withTitles(groups.slice(0, 100).flatMap(g => g.figures || []), signal);
  clear(body, form, h('p', { class: 'muted' }, `${groups.length} 组：同一主体、同一指标、来自至少两篇报告的数据。`),
    groups.slice(0, 100).map(g => {
      const byYear = new Map();
      for (const f of g.figures || []) {
        if (!f.year) continue;
        if (!byYear.has(f.year)) byYear.set(f.year, []);
        byYear.get(f.year).push({ value: f.normalizedValue, title: `${f.year} ${f.surface}（${f.docTitle}）`,
          href: link('doc', f.docId, { at: f.start, end: f.end, kind: 'figure' }) });
      }
      const points = [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([y, p]) => ({ label: String(y), points: p }));
      const fmt = g.normalizedUnit === 'ratio' ? v => (Math.round(v * 10000) / 100) + '%' : compact;
      return h('article', { class: 'cite' },
        h('h3', null, verdictBadge(g.verdict), ' ', h('a', { href: link('region', g.subject) }, g.subject), ' · ', g.indicatorName,
          h('span', { class: 'muted small' }, ` ${g.documents} 篇报告 · ${(g.years || []).join('、')}`)),
        points.length > 1 ? barChart(points, fmt, `${g.subject} ${g.indicatorName}`, 520) : null,
        figureTable(g.figures || [], '', null));
    }));
}

async function matrix(body, params, signal) {
  const a = params.get('a') || 'region', b = params.get('b') || 'policy', level = params.get('level') || 'sentence';
  const pick = (name, value, options) => {
    const sel = h('select', { name, 'aria-label': name }, options.map(([v, l]) => h('option', { value: v, selected: v === value }, l)));
    sel.addEventListener('change', () => go('compare', 'matrix', { a, b, level, [name]: sel.value }));
    return sel;
  };
  const controls = h('div', { class: 'row' }, '行', pick('a', a, TYPES), '列', pick('b', b, TYPES), '单位',
    pick('level', level, [['sentence', '同一句'], ['paragraph', '同一段']]));
  clear(body, controls, note('加载中…'));
  const data = await getJson('/api/cooccurrence', { a, b, level }, signal);
  const m = data.matrix || data;
  const rows = (m.rows || []).slice(0, 25), cols = (m.columns || []).slice(0, 25);
  const counts = new Map((m.cells || []).map(c => [c.a + '\u0000' + c.b, c]));
  const cell = (x, y) => counts.get(x + '\u0000' + y) || (a === b ? counts.get(y + '\u0000' + x) : null);
  const max = Math.max(1, ...(m.cells || []).map(c => c.count));
  const table = h('table', { class: 'heatmap' },
    h('thead', null, h('tr', null, h('th', null, ''), cols.map(c => h('th', { class: 'col', title: c.name }, h('span', null, c.name))))),
    h('tbody', null, rows.map(r => h('tr', null, h('th', { scope: 'row', title: r.name }, r.name), cols.map(c => {
      const x = cell(r.name, c.name);
      if (!x) return h('td', null);
      const params2 = { [SEARCH_PARAM[a]]: r.name };
      params2[SEARCH_PARAM[b]] = a === b ? [r.name, c.name] : c.name;
      return h('td', { style: `background: rgba(31, 95, 191, ${(0.12 + 0.88 * x.count / max).toFixed(2)})`,
        class: x.count / max > 0.5 ? 'dark' : null, title: `${r.name} × ${c.name}：${x.count} 处，${x.documents} 篇` },
      h('a', { href: link('search', '', params2) }, x.count));
    })))));
  clear(body, controls, h('p', { class: 'muted small' }, `${m.documents ?? ''} 篇报告中，同一${level === 'paragraph' ? '段' : '句'}内共同出现的次数；点击数字搜索同时提及两者的报告。`),
    rows.length ? h('div', { class: 'table-wrap' }, table) : note('没有共同出现的实体。'));
}
