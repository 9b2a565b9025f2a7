// 地区: the list of regions, or one region: hierarchy, documents, mentions in context, figures, policies.
import { h, clear, append, note, markText } from '../dom.js';
import { getJson, enc } from '../api.js';
import { link } from '../nav.js';
import { figureTable } from './figtable.js';

const LEVELS = {
  province: '省级', city: '市', district: '区县', 'new-area': '新区', zone: '园区', 'macro-region': '区域',
  'foreign-country': '国外', 'foreign-city': '国外城市',
};
export const levelLabel = l => LEVELS[l] || l || '';

export async function render(root, name, params, signal) {
  clear(root, note('加载中…'));
  return name ? one(root, name, params, signal) : list(root, params, signal);
}

async function list(root, params, signal) {
  const data = await getJson('/api/regions', null, signal);
  const filter = h('input', { type: 'search', id: 'region-filter', placeholder: '筛选地区名', 'aria-label': '筛选地区名' });
  const rows = (data.regions || []).slice().sort((a, b) => b.mentions - a.mentions);
  const body = h('tbody');
  const fill = () => {
    clear(body);
    const f = filter.value.trim();
    for (const r of rows.filter(r => !f || r.name.includes(f)).slice(0, 500)) {
      body.append(h('tr', null,
        h('td', null, h('a', { href: link('region', r.name), class: 'region-link' }, r.name)),
        h('td', null, levelLabel(r.level)), h('td', { class: 'muted' }, (r.parents || []).join(' › ')),
        h('td', { class: 'num' }, r.mentions), h('td', { class: 'num' }, r.documents)));
    }
  };
  filter.addEventListener('input', fill);
  fill();
  clear(root, h('h2', null, '地区'), h('div', { class: 'row' }, filter, h('span', { class: 'muted' }, `共 ${rows.length} 个地区`),
      h('span', { class: 'small' }, '导出列表：', h('a', { href: '/api/regions?format=csv', download: 'regions.csv', id: 'regions-csv' }, 'CSV'), ' · ',
        h('a', { href: '/api/regions?format=json', download: 'regions.json' }, 'JSON'))),
    rows.length ? h('div', { class: 'table-wrap' }, h('table', null,
      h('thead', null, h('tr', null, ['名称', '级别', '上级', '提及', '文档'].map(t => h('th', null, t)))), body))
      : note('索引中尚无地区。'));
}

// a region's page lists its first mentions and figures (quick to answer); 全部 asks for up to 300 and 1,000
const FIRST = { mentions: 50, figures: 100 }, ALL = { mentions: 300, figures: 1000 };

async function one(root, name, params, signal) {
  const all = params && params.get && params.get('all') === '1';
  const size = all ? ALL : FIRST;
  const d = await getJson(`/api/regions/${enc(name)}?mentions=${size.mentions}&figures=${size.figures}`, null, signal);
  const r = d.region || { name };
  const docs = d.documents || [];
  const maxMentions = Math.max(1, ...docs.map(x => x.mentions || 0));
  const crumbs = h('nav', { class: 'crumbs', id: 'region-parents', 'aria-label': '上级地区' },
    [...(r.parents || [])].reverse().map(p => [h('a', { href: link('region', p) }, p), ' › ']), h('strong', null, r.name));
  const kids = (xs, id, title) => xs && xs.length ? h('p', { id }, h('span', { class: 'muted' }, title + '：'),
    xs.map((c, i) => [i ? '、' : '', h('a', { href: link('region', c) }, c)])) : null;

  clear(root,
    h('h2', { id: 'region-name' }, r.name, ' ', h('span', { class: 'tag' }, levelLabel(r.level)),
      r.code ? h('span', { class: 'muted small' }, ' 代码 ' + r.code) : null),
    crumbs, kids(r.children, 'region-children', '下级'), kids(r.members, 'region-members', '成员'),
    kids(r.macroRegions, 'region-macro', '所属区域'),
    r.aliases && r.aliases.length ? h('p', { class: 'muted small' }, '别名：' + r.aliases.join('、')) : null,
    h('p', null, h('a', { href: link('search', '', { region: r.name }) }, `搜索提及「${r.name}」的报告 ›`), ' ',
      h('a', { href: link('figures', '', { subject: r.name }) }, `「${r.name}」的全部数据 ›`)),
    h('div', { class: 'cols' },
      h('section', null, h('h3', null, `文档（${docs.length}）`),
        docs.length ? h('ul', { class: 'bars', id: 'region-docs' }, docs.map(x => h('li', null,
          h('a', { href: link('doc', x.id) }, x.title || x.path),
          h('span', { class: 'barline' }, h('span', { style: `width:${Math.round(100 * (x.mentions || 0) / maxMentions)}%` })),
          h('span', { class: 'count' }, x.mentions)))) : note('无')),
      h('section', null, h('h3', null, `相关政策（${(d.policies || []).length}）`),
        (d.policies || []).length ? h('ul', { id: 'region-policies' }, d.policies.map(p => h('li', null,
          h('a', { href: link('policy', p.title) }, p.title), ' ', h('span', { class: 'count' }, p.count)))) : note('无'))),
    h('section', null, h('h3', null, `数据（${d.figureTotal ?? (d.figures || []).length}）`),
      (d.figures || []).length ? figureTable(d.figures, '', null) : note('无'),
      more(d.figureTotal, (d.figures || []).length, all, r.name, 'region-figures-more', '条数据',
        h('a', { href: link('figures', '', { subject: r.name }) }, '在「数据」中查看全部 ›'))),
    h('section', null, h('h3', null, `提及（${d.mentionTotal ?? (d.mentions || []).length}${d.mentionTotalCapped ? '+' : ''}）`),
      h('ul', { class: 'contexts', id: 'region-mentions' }, (d.mentions || []).map(m => h('li', null,
        h('a', { href: link('doc', m.docId, { at: m.start, end: m.end, kind: 'region' }), class: 'doc-ref' }, m.docTitle || ''),
        h('span', { class: 'context' }, markText(m.context || '', m.surface))))),
      more(d.mentionTotal, (d.mentions || []).length, all, r.name, 'region-mentions-more', '处提及',
        h('a', { href: link('search', '', { region: r.name }) }, '搜索全部提及的报告 ›'))));
}

/** Under a list shown in part: how many are shown, and a link to the longer list (or, when that is shown, elsewhere). */
function more(total, shown, all, name, id, noun, elsewhere) {
  if (!total || shown >= total) return null;
  return h('p', { class: 'muted small', id }, `显示前 ${shown} ${noun}，共 ${total} ${noun}。`,
    all ? elsewhere : h('a', { href: link('region', name, { all: 1 }) }, '显示更多 ›'));
}
