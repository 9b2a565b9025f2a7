// 原文页面: the original page of a PDF beside its text. Shows the page that holds the text at the top of
// the window as the reader scrolls, or the page of the item the reader picked, with the item outlined
// (GET /api/documents/{id}/pages/{n}?start=&end=). Page numbers are shown as printed: 第 3 页.
import { h } from '../dom.js';
import { getJson, enc } from '../api.js';

const ERRORS = {
  original_missing: '原文件已不在语料库中，无法显示原文页面。',
  render_timeout: '页面渲染超时，请稍后重试。',
  busy: '服务器正忙，请稍后重试。',
  unreadable: '无法绘制这一页。',
  no_such_page: '原文没有这一页。',
  not_paged: '此文档没有页面。',
};

/** The page holding text offset `offset` (the last page starting at or before it), or the first page. */
export function pageAt(pages, offset) {
  let lo = 0, hi = pages.length - 1, found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pages[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** A zero-width marker where a page begins in the text; CSS shows its label, so the text itself is unchanged. */
export function pageMark(page) {
  return h('span', { class: 'page-mark', 'aria-hidden': 'true', dataset: { page: page.number, label: page.label } });
}

/**
 * The panel for document `docId` with its `pages`. `follow(textEl)` makes it track the scroll;
 * `select(start, end, el)` shows the page of that span, outlined, until `el` scrolls out of view.
 */
export function pagePanel(docId, pages) {
  let index = -1, span = null, picked = null, serial = 0;
  const label = h('strong', { id: 'page-label', class: 'page-label' });
  const count = h('span', { class: 'muted small' });
  const ocr = h('span', { id: 'page-ocr', class: 'badge warn', hidden: true });
  const prev = h('button', { type: 'button', id: 'page-prev', class: 'page-step', onclick: () => show(index - 1, null) }, '‹ 上一页');
  const next = h('button', { type: 'button', id: 'page-next', class: 'page-step', onclick: () => show(index + 1, null) }, '下一页 ›');
  const status = h('p', { class: 'page-status muted small', role: 'status' });
  const hint = h('p', { class: 'page-hint muted small' });
  const img = h('img', { id: 'page-image', class: 'page-image', alt: '' });
  const big = h('a', { class: 'small', target: '_blank', rel: 'noopener' }, '查看大图');
  const el = h('section', { id: 'page-panel', class: 'page-panel', 'aria-label': '原文页面' },
    h('h3', null, '原文页面'),
    h('div', { class: 'page-nav' }, prev, h('span', { class: 'page-where' }, label, ' ', count, ' ', ocr), next),
    status, hint, h('div', { class: 'page-frame' }, img), h('div', { class: 'page-foot' }, big));

  img.addEventListener('load', () => { el.dataset.state = 'loaded'; status.textContent = ''; });
  img.addEventListener('error', async () => {
    const mine = serial;
    el.dataset.state = 'error';
    status.textContent = '无法加载原文页面。';
    try {
      await getJson(img.getAttribute('src')); // the image failed: ask again for the JSON error
    } catch (e) {
      if (mine === serial) status.textContent = ERRORS[e.code] || '无法加载原文页面。';
    }
  });

  function show(i, s) {
    if (i < 0 || i >= pages.length) return;
    index = i;
    span = s;
    if (!s) picked = null;
    const p = pages[i];
    label.textContent = `第 ${p.label} 页`;
    count.textContent = `（${i + 1} / ${pages.length}）`;
    // a scanned page: its text was read by OCR, with this mean confidence
    ocr.hidden = !p.ocr;
    ocr.textContent = p.ocr ? `OCR · 置信度 ${Math.round(100 * p.ocrConfidence)}%` : '';
    ocr.title = p.ocr ? '此页是扫描图像，文字由 OCR 识别，可能有误。' : '';
    prev.disabled = i === 0;
    next.disabled = i === pages.length - 1;
    const url = `/api/documents/${enc(docId)}/pages/${p.number}` + (s ? `?start=${s[0]}&end=${s[1]}` : '');
    el.dataset.page = p.number;
    el.dataset.outline = s ? `${s[0]}-${s[1]}` : '';
    big.href = url + (s ? '&' : '?') + 'dpi=200';
    // the outline needs the page's line boxes; a parse that recorded none can only show the page
    hint.textContent = s && !(p.boxes && p.boxes.length) ? '所选内容在此页；此页未记录文字位置，无法在图上圈出。' : '';
    if (img.getAttribute('src') !== url) {
      serial++;
      el.dataset.state = 'loading';
      status.textContent = '正在加载原文页面…';
      if (p.width > 0 && p.height > 0) img.style.aspectRatio = `auto ${p.width} / ${p.height}`;
      img.alt = `原文第 ${p.label} 页`;
      img.src = url;
    }
  }

  function select(start, end, node) {
    picked = node || null;
    show(pageAt(pages, start), end > start ? [start, end] : null);
  }

  /** Follows the window's scroll: the page of the text at a quarter of the window's height. */
  function follow(textEl) {
    let timer = 0;
    const onScroll = () => {
      if (!document.body.contains(textEl)) { window.removeEventListener('scroll', onScroll); return; }
      clearTimeout(timer);
      timer = setTimeout(() => sync(textEl), 120);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
  }

  function sync(textEl) {
    if (picked && visible(picked)) return; // the picked item is still in view: keep its page
    const line = window.innerHeight / 4;
    let at = 0;
    for (const m of textEl.querySelectorAll('.page-mark')) {
      if (m.getBoundingClientRect().top > line) break;
      at = pages.findIndex(p => String(p.number) === m.dataset.page);
    }
    if (at >= 0 && (at !== index || span)) show(at, null);
  }

  return { el, show, select, follow };
}

function visible(node) {
  if (!document.body.contains(node)) return false;
  const r = node.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight;
}
