// 对比: figures that disagree across reports (/api/conflicts), figures side by side (/api/compare),
// and a heatmap of which entities are named together (/api/cooccurrence).
import { h, clear, note, compact } from '../dom.js';
import { getJson } from '../api.js';
import { link, go } from '../nav.js';
import { figureTable, figureHref } from './figtable.js';
import { documentNames, nameOf } from '../titles.js';
import { details } from '../errors.js';
import { barChart } from '../chart.js';

const TABS = [['conflicts', '冲突'], ['compare', '对比'], ['matrix', '关联']];
const VERDICTS = {
  conflict: ['数值冲突', 'fail'], 'same-value-different-year': ['疑似年份错误', 'warn'],
  'changed-between-versions': ['版本间数值变化', 'warn'],
  agree: ['一致', 'ok'], timeline: ['时间序列', 'ok'], undated: ['缺年份', 'warn'],
};
const TYPES = [['region', '地区'], ['policy', '政策'], ['organization', '机构']];
const SEARCH_PARAM = { region: 'region', policy: 'policy', organization: 'org' };

/** The compare records carry bare figures: add each document's title and file name for the tables and tooltips. */
async function withTitles(figures, signal) {
  if (figures.every(f => f.docTitle && f.docFile)) return figures;
  const names = await documentNames(signal);
  for (const f of figures) {
    const n = names.get(f.docId);
    f.docTitle = f.docTitle || nameOf(names, f.docId);
    f.docFile = f.docFile || (n ? n.fileName : '');
  }
  return figures;
}

const pct = v => (Math.round(v * 1000) / 10) + '%';

/** How far apart the values are: always the relative change, and for a share or rate also percentage points. */
export function deltaText(c) {
  const values = (c.figures || []).map(f => f.normalizedValue).filter(v => typeof v === 'number');
  let s = `相对相差 ${pct(c.relativeDifference || 0)}`;
  if (c.normalizedUnit === 'ratio' && values.length > 1) {
    const pp = Math.round((Math.max(...values) - Math.min(...values)) * 10000) / 100;
    s += `（${pp} 个百分点）`;
  }
  return s;
}

const docName = f => `《${f.docTitle}》`;

/** The conflict's explanation in Chinese, from its fields (the server's reason is English, kept under 详情). */
export function reasonText(c) {
  const figs = c.figures || [];
  const what = `${c.subject}的${c.indicatorName}`;
  const docs = [...new Set(figs.map(docName))];
  if (c.verdict === 'same-value-different-year') {
    return `${what}：同一数值 ${figs[0] ? figs[0].surface : ''} 在${docs.length > 1 ? ' ' + docs.length + ' 篇报告中' : '报告中'}`
      + `被分别写作 ${(c.periods || []).join(' 年和 ')} 年的数据，可能有一处年份写错。`;
  }
  const byValue = new Map();
  for (const f of figs) {
    if (!byValue.has(f.surface)) byValue.set(f.surface, new Set());
    byValue.get(f.surface).add(docName(f));
  }
  const values = [...byValue.entries()].map(([v, ds]) => `${v}（${[...ds].join('、')}）`).join(' 与 ');
  const lead = c.verdict === 'changed-between-versions' ? `同一报告的不同版本中，${what}（${(c.periods || []).join('、')} 年）数值有变化：`
    : `${what}（${(c.periods || []).join('、')} 年）各报告数值不一致：`;
  return `${lead}${values}，${deltaText(c)}。`;
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
  const total = typeof data.total === 'number' ? data.total : items.length;
  await withTitles(items.flatMap(c => c.figures || []), signal);
  clear(body, h('p', { class: 'muted' }, `同一主体、同一指标、同一年份却数值不同的数据，以及不同年份却数值完全相同（可能写错年份）的数据。共 ${total} 条，按严重程度排序`
      + (total > items.length ? `，列出前 ${items.length} 条。` : '。')),
    items.length ? items.map(c => h('article', { class: 'cite conflict', dataset: { verdict: c.verdict } },
      h('h3', null, verdictBadge(c.verdict), ' ',
        h('a', { href: link('region', c.subject) }, c.subject), ' · ',
        h('a', { href: link('compare', 'compare', { subject: c.subject, indicator: c.indicatorName }) }, c.indicatorName), ' · ',
        (c.periods || []).map(p => p + ' 年').join('、'),
        h('span', { class: 'severity', title: '严重程度 ' + Math.round(100 * (c.severity || 0)) + '%' },
          h('span', { style: `width:${Math.round(100 * (c.severity || 0))}%` }))),
      h('p', { class: 'conflict-docs small' }, '涉及报告：', [...new Map((c.figures || []).map(f => [f.docId, f])).values()]
        .flatMap((f, i) => [i ? '；' : '', h('a', { href: link('doc', f.docId), class: 'doc-name' }, docName(f)),
          f.docFile && f.docFile !== f.docTitle ? h('span', { class: 'muted file' }, ' ' + f.docFile) : null])),
      h('p', { class: 'reason' }, reasonText(c), ' ', details(c.reason)),
      evidence(c.figures || []),
      moreFigures(c, { subject: c.subject, indicator: c.indicatorName }))) : note('没有发现冲突。'));
}

/** The figures of a conflict as a list that fits a phone: year, value as written, where (title, page), the sentence. */
function evidence(figures) {
  return h('ol', { class: 'evidence' }, figures.map(f => h('li', { class: 'fig-row', dataset: { doc: f.docId, start: f.start } },
    h('span', { class: 'year' }, f.year ? f.year + ' 年' : (f.period || '年份不详')), ' ',
    h('a', { href: figureHref(f), class: 'fig-link value' }, f.surface), ' ',
    h('span', { class: 'muted' }, [f.subject, f.indicator].filter(Boolean).join(' ')), ' · ',
    h('a', { href: figureHref(f), class: 'doc-name' }, docName(f)),
    f.pageLabel ? h('span', { class: 'muted' }, ` 第 ${f.pageLabel} 页`) : null,
    f.sentence ? h('p', { class: 'context muted small' }, f.sentence) : null)));
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
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const query = { ...s, offset };
  if (params.get('figures')) query.figures = params.get('figures');
  const data = await getJson('/api/compare', query, signal);
  const groups = list(data, 'groups', 'comparisons');
  const total = typeof data.total === 'number' ? data.total : groups.length;
  await withTitles(groups.flatMap(g => g.figures || []), signal);
  const pager = total > offset + groups.length || offset > 0 ? h('p', { class: 'pager' },
    offset > 0 ? h('a', { href: link('compare', 'compare', { ...s, offset: Math.max(0, offset - groups.length) }) }, '上一页') : null, ' ',
    total > offset + groups.length ? h('a', { href: link('compare', 'compare', { ...s, offset: offset + groups.length }) }, '下一页') : null) : null;
  clear(body, form, h('p', { class: 'muted' }, `${total} 组：同一主体、同一指标、来自至少两篇报告的数据。`
      + (groups.length < total ? `列出第 ${offset + 1}–${offset + groups.length} 组。` : '')),
    groups.map(g => {
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
        republished(g),
        points.length > 1 ? barChart(points, fmt, `${g.subject} ${g.indicatorName}`, 520) : null,
        figureTable(g.figures || [], '', null),
        moreFigures(g, { subject: g.subject, indicator: g.indicatorName, year: s.year }));
    }), pager);
}

/**
 * A group or conflict lists its first figures (the server reads only those): say how many there are, and link to
 * the comparison of that subject and indicator with up to 1,000 of them.
 */
function moreFigures(x, filter) {
  const listed = (x.figures || []).length;
  if (typeof x.figureCount !== 'number' || x.figureCount <= listed) return null;
  const q = Object.fromEntries(Object.entries({ ...filter, figures: 1000 }).filter(([, v]) => v));
  return h('p', { class: 'more-figures small' }, `列出 ${listed} 个数据，共 ${x.figureCount} 个。`,
    h('a', { href: link('compare', 'compare', q) }, '显示全部'));
}

/**
 * Passages reposted (the same sentence with the same value in several reports): one source, shown as a
 * re-publication — neither an agreement nor a conflict — with the reports that carry it.
 */
function republished(g) {
  const list = g.republished || [];
  if (!list.length) return null;
  const from = g.figureOffset || 0; // a passage numbers its figures in the whole group; the group lists some of them
  return h('ul', { class: 'republished small' }, list.map(r => {
    const figs = r.figures.map(i => (g.figures || [])[i - from]).filter(Boolean);
    const docs = [...new Map(figs.map(f => [f.docTitle || f.docId, f])).values()]; // a work's files share their title
    return h('li', null, h('span', { class: 'tag' }, `同一段落见于 ${r.reports} 篇报告`), ' ',
      h('span', { class: 'passage' }, '“' + r.passage + '”'), ' ',
      h('span', { class: 'muted' }, '（转载，视为同一来源，不算相互印证或冲突）：'),
      docs.map((f, i) => [i ? '、' : '', h('a', { href: link('doc', f.docId, { at: f.start, end: f.end, kind: 'figure' }) }, '《' + (f.docTitle || '') + '》')]));
  }));
}

/** A column header stands upright in full up to 8 characters; a longer name is cut with … (the full name is its tooltip). */
const HEADER_CHARS = 8;
export function shortName(name) {
  const chars = [...String(name)];
  return chars.length <= HEADER_CHARS ? name : chars.slice(0, HEADER_CHARS - 1).join('') + '…';
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
    h('thead', null, h('tr', null, h('th', null, ''), cols.map(c => h('th', { class: 'col', title: c.name, scope: 'col' }, h('span', null, shortName(c.name)))))),
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
