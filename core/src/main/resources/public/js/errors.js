// Errors in Chinese. The server answers every error with a stable code ({status, error, code, message});
// the page shows a Chinese message chosen by that code (and, for a few codes, by what the message is
// about), and keeps the server's original message — English, or a library's (PDFBox, Lucene) — folded
// under 详情, so nothing is lost and the page never speaks English unasked.
import { h } from './dom.js';

const BY_CODE = {
  bad_request: '请求有误，请检查输入。',
  unauthorized: '需要访问令牌：请在“上传”页填写服务器的访问令牌。',
  forbidden: '没有权限执行此操作（访问令牌不正确，或只允许本机操作）。',
  not_found: '找不到所请求的内容。',
  method_not_allowed: '服务器不支持这种请求方式。',
  too_large: '文件或请求过大，超出服务器的上限。',
  uri_too_long: '检索词过长，请缩短后重试。',
  headers_too_large: '请求头过大。',
  unsupported_media_type: '不支持的请求格式。',
  busy: '服务器正忙，请稍后重试。',
  cannot_reindex: '现在无法重建索引（可能正在进行另一项写入），请稍后重试。',
  unavailable: '服务器暂时不可用，请稍后重试。',
  internal: '服务器内部错误，详情见服务器日志。',
  render_timeout: '页面渲染超时，请稍后重试。',
  original_missing: '原文件已不在语料库中。',
  unreadable: '无法读取这一页。',
  no_such_page: '原文没有这一页。',
  not_paged: '此文档没有页面。',
  network: '无法连接服务器，请检查服务器是否在运行。',
};

/** Messages that say more than their code: which thing was not found, what is wrong with the query. */
const BY_MESSAGE = [
  [/^no document with id/, '找不到该文档（可能已被删除或重新索引）。'],
  [/^no work or document/, '找不到该文档或作品。'],
  [/^no policy titled/, '找不到该政策。'],
  [/^no region named/, '找不到该地区。'],
  [/^(no such endpoint|Endpoint )/, '服务器没有这个接口。'],
  [/^cannot parse query|Encountered|Lexical error/, '查询语法有误（例如括号或引号不成对、字段名后缺少内容）。'],
  [/^query is \d+ characters long/, '检索词过长（最多 1000 个字）。'],
  [/too many (fuzzy|wildcard|range|terms)|matched index terms|edit/, '查询过于宽泛（通配符或模糊匹配过多），请缩小范围。'],
  [/^(from|to)\b|date/, '日期格式有误，应为 YYYY 或 YYYY-MM-DD。'],
];

/** The Chinese message for an ApiError (or any error). */
export function chinese(e) {
  const message = (e && e.message) || '';
  for (const [pattern, text] of BY_MESSAGE) {
    if (pattern.test(message)) return text;
  }
  if (e && e.code && BY_CODE[e.code]) return BY_CODE[e.code];
  if (e && e.status === 0) return BY_CODE.network;
  if (e && e.status >= 500) return BY_CODE.unavailable;
  if (e && e.status >= 400) return BY_CODE.bad_request;
  return '出现了意外错误。';
}

/** The original message, folded: <details><summary>详情</summary>…</details>. */
export function details(original) {
  if (!original) return null;
  return h('details', { class: 'error-details' }, h('summary', null, '详情'), h('code', null, original));
}

/** An error paragraph: prefix + the Chinese message, and the original under 详情. */
export function errorNote(e, prefix = '') {
  const original = e && e.message ? String(e.message) : '';
  const status = e && e.status ? `HTTP ${e.status}${e.code ? ' · ' + e.code : ''}：` : '';
  return h('div', { class: 'error', role: 'alert', dataset: { code: (e && e.code) || '' } },
    h('p', { class: 'error-text' }, prefix + chinese(e)), details(status + original));
}

/** Fills an element (a status line) with the error, keeping the element. */
export function showError(el, e, prefix = '') {
  el.className = 'error';
  el.dataset.code = (e && e.code) || '';
  while (el.firstChild) el.removeChild(el.firstChild);
  el.append(prefix + chinese(e));
  const d = details((e && e.status ? `HTTP ${e.status}${e.code ? ' · ' + e.code : ''}：` : '') + ((e && e.message) || ''));
  if (d) el.append(' ', d);
}
