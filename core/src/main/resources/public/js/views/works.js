// 同一报告的其他文件与版本 in the document view: the work's other files (name, format, upload time,
// source), the versions and overlaps it is linked to, each with 对比 (the diff view), and the report's
// collections and tags, editable (a write: the server's token, typed on the upload page, when it has one).
import { h, clear, note } from '../dom.js';
import { getJson, enc, writeJson } from '../api.js';
import { showError } from '../errors.js';
import { link } from '../nav.js';

const KIND = { version: '版本', overlap: '部分重合' };
const FORMAT = { pdf: 'PDF', docx: 'Word', doc: 'Word', txt: '文本', html: '网页', md: 'Markdown', wps: 'WPS', rtf: 'RTF', odt: 'ODT' };

/** The panel, filled once /api/works/{id} answers (an error is shown in it, the document stays). */
export function workPanel(d, signal) {
  const box = h('section', { id: 'doc-work', class: 'doc-work', 'aria-label': '文件、版本与集合' }, note('加载文件与版本…', 'muted small'));
  getJson('/api/works/' + enc(d.id), null, signal).then(w => fill(box, d, w)).catch(e => {
    if (e.name === 'AbortError') return;
    clear(box);
    const p = h('p', { class: 'small' });
    showError(p, e, '无法加载文件与版本：');
    box.append(p);
  });
  return box;
}

function when(iso) {
  if (!iso) return '';
  const t = new Date(iso);
  if (isNaN(t)) return iso;
  const pad = n => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())} ${pad(t.getHours())}:${pad(t.getMinutes())}`;
}

/** When and by whom a file was uploaded (a file put into the corpus folder: —, or nothing when {@code quiet}). */
function uploaded(f, quiet) {
  if (!f.uploadedAt && !f.uploadedBy) return quiet ? null : '—';
  return [f.uploadedAt ? h('span', { class: 'nowrap' }, (quiet ? '上传于 ' : '') + when(f.uploadedAt)) : null,
    f.uploadedBy ? h('span', { class: 'uploader' }, (f.uploadedAt ? ' · ' : '') + '上传者 ' + f.uploadedBy) : null];
}

function percent(x) {
  return Math.round(100 * x) + '%';
}

function source(url) {
  return url ? h('a', { href: url, class: 'source file', rel: 'noopener noreferrer', target: '_blank', title: url }, url.replace(/^https?:\/\//, '')) : '—';
}

function fill(box, d, w) {
  const self = w.files.find(f => f.docId === d.id) || { collections: [], tags: [] };
  const others = w.files.filter(f => f.docId !== d.id);
  clear(box);
  if (others.length) {
    box.append(h('h3', null, `同一报告的其他文件（${others.length}）`),
      h('div', { class: 'table-wrap' }, h('table', { id: 'work-files', class: 'work-files' },
        h('thead', null, h('tr', null, ['文件名', '格式', '上传', '来源', '相似度', ''].map(t => h('th', null, t)))),
        h('tbody', null, others.map(f => h('tr', { dataset: { doc: f.docId } },
          h('td', { class: 'file' }, h('a', { href: link('doc', f.docId) }, f.fileName || f.path)),
          h('td', null, h('span', { class: 'tag' }, FORMAT[f.format] || f.format || '')),
          h('td', { class: 'uploaded' }, uploaded(f)),
          h('td', null, source(f.sourceUrl)),
          h('td', { class: 'num' }, percent(f.similarity)),
          h('td', null, h('a', { href: link('diff', d.id, { to: f.docId }), class: 'diff-link' }, '对比'))))))));
  }
  if ((w.links || []).length) {
    box.append(h('h3', null, `相关版本（${w.links.length}）`),
      h('ul', { id: 'work-links', class: 'work-links' }, w.links.map(l => h('li', { dataset: { work: l.work } },
        h('span', { class: 'tag' }, KIND[l.kind] || l.kind), ' ',
        h('a', { href: link('doc', l.file.docId), class: 'file' }, l.file.fileName || l.file.path), ' ',
        h('span', { class: 'muted small' }, `本文 ${percent(l.shareHere)} 的内容见于该文，该文 ${percent(l.shareThere)} 见于本文`), ' ',
        h('a', { href: link('diff', d.id, { to: l.file.docId }), class: 'diff-link' }, '对比')))));
  }
  const mine = uploaded(self, true);
  if (mine) box.append(h('p', { id: 'doc-provenance', class: 'small muted' }, '本文件：', mine,
    self.sourceUrl ? ['，来源 ', source(self.sourceUrl)] : null));
  if (!others.length && !(w.links || []).length) box.append(h('p', { class: 'muted small', id: 'work-alone' }, '本报告只有这一个文件，没有相关版本。'));
  box.append(collectionEditor(d, self));
}

/** Names typed in a box: split at commas (either width), 、, semicolons and line breaks. */
function names(text) {
  return [...new Set(text.split(/[,，、;；\n]/).map(s => s.trim()).filter(Boolean))];
}

function chips(list, cls, hrefOf) {
  return list.length ? list.map(n => h('a', { href: hrefOf(n), class: 'chip ' + cls }, n)) : h('span', { class: 'muted' }, '无');
}

function collectionEditor(d, self) {
  const box = h('div', { id: 'doc-collections', class: 'doc-collections small' });
  const show = (collections, tags) => {
    const edit = h('button', { type: 'button', id: 'collections-edit', class: 'linkish' }, '编辑');
    clear(box, h('span', null, '集合：'), h('span', { id: 'doc-collection-list' }, chips(collections, 'collection', n => link('search', '', { collection: n }))),
      h('span', null, ' 标签：'), h('span', { id: 'doc-tag-list' }, chips(tags, 'tagged', n => link('search', '', { tag: n }))), ' ', edit);
    edit.addEventListener('click', () => editing(collections, tags));
  };
  const editing = (collections, tags) => {
    const cIn = h('input', { id: 'collections-input', type: 'text', value: collections.join('，'), 'aria-label': '集合', placeholder: '集合，用逗号分隔' });
    const tIn = h('input', { id: 'tags-input', type: 'text', value: tags.join('，'), 'aria-label': '标签', placeholder: '标签，用逗号分隔' });
    const save = h('button', { type: 'submit', id: 'collections-save' }, '保存');
    const cancel = h('button', { type: 'button', class: 'linkish' }, '取消');
    const status = h('span', { id: 'collections-status', role: 'status', class: 'small' });
    const form = h('form', { class: 'collections-form' },
      h('label', null, '集合 ', cIn), h('label', null, '标签 ', tIn), save, cancel, status,
      h('p', { class: 'muted small' }, '用逗号分隔；保存后写入报告的附注文件，重新索引时保留。需要服务器的访问令牌时，请先在“上传”页填写。'));
    cancel.addEventListener('click', () => show(collections, tags));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      save.disabled = true;
      status.className = 'small muted';
      status.textContent = '保存中…';
      try {
        const r = await writeJson('PUT', '/api/documents/' + enc(d.id) + '/collections', null,
          { collections: names(cIn.value), tags: names(tIn.value) });
        show(r.collections || [], r.tags || []);
        box.append(h('span', { class: 'small ok', id: 'collections-saved' }, ' 已保存。'));
      } catch (err) {
        save.disabled = false;
        showError(status, err, '保存失败：');
      }
    });
    clear(box, form);
    cIn.focus();
  };
  show(self.collections || [], self.tags || []);
  return box;
}
