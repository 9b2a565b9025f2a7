// The table of figures, shared by the figures view and the region page. Sorting is client-side.
import { h, num, compact } from '../dom.js';
import { link } from '../nav.js';

export const COLUMNS = [
  ['subject', '主体'], ['indicator', '指标'], ['year', '年份'], ['surface', '原文数值'],
  ['unit', '单位'], ['normalizedValue', '标准化值'], ['kind', '类型'], ['docTitle', '文档'],
];

/** Sort key "year" or "-year" → a comparator. */
export function sorter(key) {
  const desc = key.startsWith('-');
  const k = desc ? key.slice(1) : key;
  const val = f => (k === 'surface' ? f.value : f[k]);
  return (a, b) => {
    const x = val(a), y = val(b);
    const empty = v => v === null || v === undefined || v === '';
    if (empty(x) && empty(y)) return 0;
    if (empty(x)) return 1; // blanks last either way
    if (empty(y)) return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
    return desc ? -c : c;
  };
}

/** Link to the document view at a figure; s/se give its sentence, which the view shades. */
export function figureHref(f) {
  const sentence = f.sentence && Number.isInteger(f.sentenceStart)
    ? { s: f.sentenceStart, se: f.sentenceStart + f.sentence.length } : {};
  return link('doc', f.docId, { at: f.start, end: f.end, kind: 'figure', ...sentence });
}

/**
 * @param figures rows
 * @param sortKey current sort ("" for server order)
 * @param onSort called with the new key when a header is clicked, or null for no sorting
 */
export function figureTable(figures, sortKey, onSort) {
  const rows = sortKey ? [...figures].sort(sorter(sortKey)) : figures;
  const head = h('tr', null, COLUMNS.map(([k, label]) => {
    const dir = sortKey === k ? 'ascending' : sortKey === '-' + k ? 'descending' : 'none';
    const th = h('th', { scope: 'col', 'aria-sort': dir, dataset: { key: k } });
    if (onSort) {
      th.append(h('button', { type: 'button', class: 'sort', onclick: () => onSort(sortKey === k ? '-' + k : k) },
        label, dir === 'ascending' ? ' ▲' : dir === 'descending' ? ' ▼' : ''));
    } else {
      th.append(label);
    }
    return th;
  }));
  const body = h('tbody', null, rows.map(f => h('tr', {
    class: 'fig-row', dataset: { doc: f.docId, start: f.start }, title: f.sentence || '',
  },
  h('td', { dataset: { subjectType: f.subjectType || '' } }, subjectCell(f)),
  h('td', null, f.indicator),
  h('td', { class: 'num', title: YEAR_SOURCES[f.yearSource] || '' },
    f.year ? (f.yearEnd && f.yearEnd !== f.year ? `${f.year}–${f.yearEnd}` : f.year) : (f.period || ''),
    YEAR_SOURCES[f.yearSource] ? h('span', { class: 'unit' }, '*') : ''),
  h('td', { class: 'num' }, h('a', { href: figureHref(f), class: 'fig-link' }, f.surface), ocrBadge(f)),
  h('td', null, f.unit),
  h('td', { class: 'num', title: num(f.normalizedValue) + ' ' + (f.normalizedUnit || '') },
    compact(f.normalizedValue), f.normalizedUnit ? h('span', { class: 'unit', title: f.normalizedUnit }, ' ' + unitLabel(f.normalizedUnit)) : ''),
  h('td', null, kindLabel(f.kind)),
  h('td', { class: 'doc' }, h('a', { href: figureHref(f) }, f.docTitle || f.docPath || '文档')))));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'figures' }, h('thead', null, head), body));
}

/** A figure read by OCR (on a scanned page, or from an image in a DOCX) says so, with its confidence: check it against the original. */
function ocrBadge(f) {
  if (!f.ocr) return '';
  const c = Math.round(100 * f.ocrConfidence);
  return h('span', { class: 'badge warn ocr', title: f.page ? `此数字所在页是扫描图像，由 OCR 识别（置信度 ${c}%），请对照原文页面核对。` : `此数字来自文档中的图片，由 OCR 识别（置信度 ${c}%），请对照原图核对。` }, `OCR ${c}%`);
}

/** A place links to its region page; other subjects (companies, markets, sectors …) say what they are. */
function subjectCell(f) {
  if (!f.subject) return '';
  if (!f.subjectType || f.subjectType === 'region' || f.subjectType === 'region-group') {
    return h('a', { href: link('region', f.subject) }, f.subject);
  }
  return [f.subject, h('span', { class: 'unit' }, ' ' + subjectTypeLabel(f.subjectType))];
}

const SUBJECT_TYPES = { region: '地区', 'region-group': '地区组合', organization: '机构', company: '企业',
  sector: '行业', market: '市场板块', programme: '平台/计划', other: '其他' };
export function subjectTypeLabel(t) {
  return SUBJECT_TYPES[t] || t || '';
}
export const SUBJECT_TYPE_OPTIONS = Object.entries(SUBJECT_TYPES);
/** Years not written as such: read against the report's date. */
const YEAR_SOURCES = { relative: '相对时间（按报告日期推算）', 'document-date': '报告日期（文中为“目前”等）' };

/** The normalized units in Chinese (the API's code stays in the tooltip and the CSV). */
const UNITS = {
  ratio: '比例', pp: '百分点', CNY: '元', USD: '美元', EUR: '欧元', JPY: '日元', HKD: '港元', GBP: '英镑', KRW: '韩元',
  AUD: '澳元', CAD: '加元', RUB: '卢布', TWD: '新台币', SGD: '新加坡元', CHF: '瑞士法郎',
  index: '指数', count: '个', rank: '名', items: '项', persons: '人', enterprises: '家', multiple: '倍', km: '千米',
  km2: '平方千米', years: '年', 'person-years': '人年', 'person-years/10k': '人年/万人', 'person-times': '人次', units: '台（套）',
  tons: '吨', kWh: '千瓦时', households: '户',
};
export function unitLabel(u) {
  return UNITS[u] || u || '';
}

const KINDS = { level: '水平', share: '占比', growth: '增长', change: '变化', rank: '排名', multiple: '倍数', count: '计数' };
export function kindLabel(k) {
  return KINDS[k] || k || '';
}
export const KIND_OPTIONS = Object.entries(KINDS);
