// 政策: the list of cited policies, or one policy: issuer, date, class and the documents citing it.
import { h, clear, note, markText } from '../dom.js';
import { getJson, enc } from '../api.js';
import { link } from '../nav.js';

export const POLICY_KINDS = { policy: '政策文件', strategy: '战略', programme: '工程与试点', period: '规划期', slogan: '提法', report: '报告', book: '图书', journal: '期刊', article: '文章', other: '其他' };
const kindLabel = k => POLICY_KINDS[k] || k || '';
// named without 《》 in the texts: strategies, programmes and plan periods
const bare = k => k === 'strategy' || k === 'programme' || k === 'period' || k === 'slogan';

export async function render(root, title, params, signal) {
  clear(root, note('加载中…'));
  return title ? one(root, title, signal) : list(root, params, signal);
}

async function list(root, params, signal) {
  const data = await getJson('/api/policies', null, signal);
  const onlyPolicies = params.get('all') !== 'true';
  const kind = params.get('kind') || '';
  const shown = mergeNames((data.policies || []).filter(p => !onlyPolicies || p.isPolicy));
  const kinds = [...new Set(shown.map(p => p.kind))].filter(Boolean);
  const rows = shown.filter(p => !kind || p.kind === kind)
    .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions);
  const kindLink = k => k === kind ? h('strong', null, k ? kindLabel(k) : '全部')
    : h('a', { href: link('policy', '', Object.assign(onlyPolicies ? {} : { all: 'true' }, k ? { kind: k } : {})) }, k ? kindLabel(k) : '全部');
  clear(root, h('h2', null, '政策'),
    h('p', null, onlyPolicies ? h('a', { href: link('policy', '', { all: 'true' }) }, '包括报告、图书、期刊等引用')
      : h('a', { href: link('policy') }, '只看政策与战略')),
    h('p', { id: 'policy-kinds' }, '类别：', ['', ...kinds].flatMap((k, i) => i ? [' · ', kindLink(k)] : [kindLink(k)])),
    h('p', { class: 'small' }, '导出列表：', h('a', { href: '/api/policies?format=csv', download: 'policies.csv', id: 'policies-csv' }, 'CSV'), ' · ',
      h('a', { href: '/api/policies?format=json', download: 'policies.json' }, 'JSON')),
    rows.length ? policyTable(rows) : note('索引中尚无政策引用。'));
}

/** The list; a column no row fills (文号, often) is left out rather than shown empty. */
function policyTable(rows) {
  const cols = [
    ['标题', p => h('a', { href: link('policy', p.title) }, displayTitle(p)),
      p => (p.aliases || []).length ? h('span', { class: 'muted small aka' }, ' 又名：' + p.aliases.map(a => displayTitle({ ...p, title: a })).join('、')) : null],
    ['类别', p => kindLabel(p.kind)], ['发文机关', p => p.issuer], ['日期', p => p.date], ['文号', p => p.docNumber],
    ['文档', p => p.documents, null, 'num'], ['提及', p => p.mentions, null, 'num'],
  ].filter(([label, get]) => !['发文机关', '日期', '文号'].includes(label) || rows.some(p => get(p)));
  return h('div', { class: 'table-wrap' }, h('table', { id: 'policy-list' },
    h('thead', null, h('tr', null, cols.map(([t]) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, rows.map(p => h('tr', { dataset: { title: p.title } }, cols.map(([, get, extra, cls]) =>
      h('td', { class: cls || null, title: cls && (p.aliases || []).length ? '合并了 ' + (p.aliases.length + 1) + ' 个名称；文档数取其中最多者' : null },
        get(p), extra ? extra(p) : null)))))));
}

/** 《》 only for documents; strategies, programmes, plan periods and slogans are named bare. */
function displayTitle(p) {
  return bare(p.kind) ? p.title : '《' + p.title + '》';
}

/**
 * One plan under two names: "科技部关于十四五东西部科技合作实施方案" is "十四五东西部科技合作实施方案" with its
 * issuer in front. A title that is another listed title after "<issuer>关于" is merged into it (mentions added,
 * documents the larger of the two, the other name kept as 又名).
 */
export function mergeNames(list) {
  const byTitle = new Map(list.map(p => [p.title, { ...p, aliases: [] }]));
  for (const p of list) {
    const m = /^(.{1,20}?)关于(.+)$/.exec(p.title);
    const target = m && byTitle.get(m[2]);
    if (!target || target.title === p.title || !byTitle.has(p.title)) continue;
    target.aliases.push(p.title);
    target.mentions += p.mentions;
    target.documents = Math.max(target.documents, p.documents);
    target.issuer = target.issuer || p.issuer;
    target.date = target.date || p.date;
    target.docNumber = target.docNumber || p.docNumber;
    byTitle.delete(p.title);
  }
  return [...byTitle.values()];
}

async function one(root, title, signal) {
  // each part between slashes escaped, the slashes kept: the server refuses an escaped '/' (%2F)
  const d = await getJson('/api/policies/' + title.split('/').map(enc).join('/'), null, signal);
  const p = d.policy || { title };
  const field = (label, v) => v ? [h('dt', null, label), h('dd', null, v)] : null;
  clear(root, 
    h('h2', { id: 'policy-title' }, bare(p.kind) ? p.title : '《' + p.title + '》'),
    h('dl', { class: 'facts' },
      field('类别', kindLabel(p.kind) + (p.isPolicy ? '' : '（非政策文件）')), field('发文机关', p.issuer),
      field('日期', p.date), field('文号', p.docNumber), field('引用文档', String((d.documents || []).length))),
    h('p', null, h('a', { href: link('search', '', { policy: p.title }) }, '搜索引用它的报告 ›')),
    h('section', { id: 'policy-docs' }, (d.documents || []).map(doc => {
      // the contract names the list `mentions`; the server also sends it as `passages` beside a count
      const ms = Array.isArray(doc.mentions) ? doc.mentions : (doc.passages || []);
      const count = typeof doc.mentions === 'number' ? doc.mentions : ms.length;
      return h('article', { class: 'cite', dataset: { doc: doc.id } },
        h('h3', null, h('a', { href: link('doc', doc.id) }, doc.title || doc.path), ' ', h('span', { class: 'count' }, count)),
        h('ul', { class: 'contexts' }, ms.slice(0, 20).map(m => h('li', null,
          h('a', { href: link('doc', doc.id, { at: m.start, end: m.end, kind: 'policy' }), class: 'jump', title: '在文中查看' }, '↗'), ' ',
          h('span', { class: 'context' }, markText(m.context || m.surface, m.surface))))));
    })));
}
