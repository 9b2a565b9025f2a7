// Documents by name: a title and a file name for every id, from /api/documents (fetched once per page
// load). Wherever the page names a document it uses these, never the 64-hex id.
import { getJson } from './api.js';

let cache = null;

/** Map id → {title, fileName, path}. */
export function documentNames(signal) {
  if (!cache) {
    cache = getJson('/api/documents', null, signal)
      .then(d => new Map((d.documents || []).map(x => [x.id, { title: x.title || '', fileName: x.fileName || x.path || '', path: x.path || '' }])))
      .catch(e => { cache = null; throw e; });
  }
  return cache;
}

/** Forget the names (after an upload, delete or reindex). */
export function forgetNames() {
  cache = null;
}

/** "title" or the file name; an unknown id as "未知文档". */
export function nameOf(names, id) {
  const n = names.get(id);
  return n ? (n.title || n.fileName) : '未知文档';
}
