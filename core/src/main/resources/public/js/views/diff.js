// 版本对比: #/diff/{from}?to={to}. What changed from one file of a report to another (a draft and its
// final, a repost): the figures changed, added and removed, then the passages only one file has; every
// figure and passage links to its place in its own file.
import { h, clear, note } from '../dom.js';
import { getJson, enc } from '../api.js';
import { link } from '../nav.js';

const CHANGE = { changed: '数值变化', added: '新增', removed: '删除' };

export async function render(root, id, params, signal) {
  const to = params.get('to') || '';
  clear(root, note('加载对比…'));
  const r = await getJson('/api/documents/' + enc(id) + '/diff', { to }, signal);
  const a = r.from, b = r.to, d = r.diff;
  const name = s => s.fileName || s.path;
  document.title = '版本对比 · ' + (b.title || name(b)) + ' — Policy Miner';
  clear(root,
    h('header', { class: 'doc-head' },
      h('h2', { id: 'diff-title' }, '版本对比'),
      h('p', { class: 'diff-sides' },
        h('span', { class: 'side-label' }, '原文件 '), h('a', { href: link('doc', a.id), class: 'file', id: 'diff-from' }, name(a)),
        h('span', { class: 'muted' }, ` 《${a.title || ''}》`), h('span', { class: 'arrow' }, ' → '),
        h('span', { class: 'side-label' }, '新文件 '), h('a', { href: link('doc', b.id), class: 'file', id: 'diff-to' }, name(b)),
        h('span', { class: 'muted' }, ` 《${b.title || ''}》`)),
      h('div', { class: 'meta' },
        r.sameWork ? h('span', { class: 'badge ok', title: '两个文件的文本几乎相同（估计相似度 ≥ 0.9），视为同一报告' }, '同一报告') : h('span', { class: 'tag' }, '不同报告'),
        h('span', { id: 'diff-summary' }, `相同句子 ${d.sameSentences} · 新增段落 ${d.addedCount} · 删除段落 ${d.removedCount} · 数据变化 ${d.figureCount}`),
        h('a', { href: link('diff', b.id, { to: a.id }), id: 'diff-swap' }, '交换方向'))),
    h('section', { class: 'diff-part' }, h('h3', null, `数据变化（${d.figureCount}）`), figureTable(a, b, d)),
    h('section', { class: 'diff-part' }, h('h3', null, `新增段落（${d.addedCount}）`), passages('diff-added', 'ins', b, d.added, d.addedCount)),
    h('section', { class: 'diff-part' }, h('h3', null, `删除段落（${d.removedCount}）`), passages('diff-removed', 'del', a, d.removed, d.removedCount)));
}

function figureTable(a, b, d) {
  if (!d.figures.length) return note('两个文件中的数据相同。', 'muted small');
  const side = (doc, s) => s
    ? h('a', { href: link('doc', doc.id, { at: s.start, end: s.end, kind: 'figure' }), title: s.sentence || '' }, s.surface)
    : h('span', { class: 'muted' }, '—');
  return h('div', { class: 'table-wrap' }, h('table', { id: 'diff-figures', class: 'diff-figures' },
    h('thead', null, h('tr', null, ['变化', '主体', '指标', '年份', '原值', '新值'].map(t => h('th', null, t)))),
    h('tbody', null, d.figures.map(c => h('tr', { class: 'change-' + c.change, dataset: { change: c.change } },
      h('td', null, h('span', { class: 'tag change ' + c.change }, CHANGE[c.change] || c.change)),
      h('td', null, c.subject || '—'), h('td', null, c.indicator || '—'), h('td', null, c.year ? String(c.year) : '—'),
      h('td', { class: 'from' }, side(a, c.from)), h('td', { class: 'to' }, side(b, c.to))))),
    d.figureCount > d.figures.length ? h('caption', { class: 'muted small' }, `只列出前 ${d.figures.length} 项`) : null));
}

function passages(id, kind, doc, list, count) {
  if (!list.length) return note('无。', 'muted small');
  return h('ol', { id, class: 'diff-passages ' + kind },
    list.map(p => h('li', null, h(kind, { class: 'passage-text' }, p.text), ' ',
      h('a', { href: link('doc', doc.id, { at: p.start, end: p.end }), class: 'small jump' }, '在原文中查看'))),
    count > list.length ? h('li', { class: 'muted' }, `另有 ${count - list.length} 段`) : null);
}
