// 上传: drop one or several files; each goes up in its own request, with its own progress and result.
import { h, clear, bytes } from '../dom.js';
import { link } from '../nav.js';
import { writeJson, ApiError } from '../api.js';
import { chinese, details, showError } from '../errors.js';
import { forgetNames } from '../titles.js';

/** A failed upload in Chinese: by its outcome, or (a refused request) by the server's error code. */
function uploadMessage(r) {
  if (OUTCOMES[r.outcome]) return OUTCOMES[r.outcome][0] + '。';
  return chinese(new ApiError(r.status || 400, r.message || '', r.code || ''));
}

const OUTCOMES = {
  INDEXED: ['已索引', 'ok'], UPDATED: ['已更新', 'ok'], UNCHANGED: ['未变化（已在索引中）', 'ok'],
  SKIPPED_DUPLICATE: ['重复文件，已跳过', 'warn'], SKIPPED_EMPTY: ['空文件，已跳过', 'warn'],
  SKIPPED_SYMLINK: ['符号链接，未跟随', 'warn'], SKIPPED_SPECIAL: ['非普通文件，未读取', 'warn'],
  FAILED_CORRUPT: ['文件已损坏', 'fail'], FAILED_UNSUPPORTED: ['不支持的格式', 'fail'],
  FAILED_ENCRYPTED: ['文件已加密', 'fail'], FAILED_TOO_LARGE: ['文件过大', 'fail'],
  FAILED_TIMEOUT: ['解析超时', 'fail'], FAILED_NOT_TEXT: ['无法提取有效文本', 'fail'], FAILED_IO: ['读写失败', 'fail'], FAILED_NEEDS_OCR: ['需要OCR（未安装Tesseract）', 'fail'], FAILED_INTERNAL: ['内部错误', 'fail'],
};
const PARALLEL = 2;

export function render(root) {
  const input = h('input', { type: 'file', id: 'files', multiple: true, class: 'visually-hidden' });
  const zone = h('label', { class: 'dropzone', id: 'dropzone', for: 'files', tabindex: '0' },
    h('strong', null, '拖放文件到这里'), h('span', null, '或点击选择文件（PDF、Word、WPS、Excel、OFD、HTML、TXT …，可多选）'));
  const list = h('ul', { class: 'uploads', id: 'uploads', 'aria-live': 'polite' });
  // only needed when the server was started with POLICYMINER_TOKEN; kept for this browser tab only
  const token = h('input', { type: 'password', id: 'token', autocomplete: 'off', placeholder: '访问令牌（服务器设置了 POLICYMINER_TOKEN 时填写）',
    value: sessionStorage.getItem('pm-token') || '' });
  token.addEventListener('change', () => sessionStorage.setItem('pm-token', token.value.trim()));
  clear(root, h('h2', null, '上传'), input, zone, h('p', { class: 'small' }, token), list, reindexBox());

  const queue = [];
  let running = 0;
  const pump = () => {
    while (running < PARALLEL && queue.length) {
      running++;
      send(queue.shift()).finally(() => { running--; pump(); });
    }
  };
  const add = files => {
    for (const file of files) {
      const bar = h('progress', { max: 100, value: 0 });
      const result = h('span', { class: 'result muted' }, '等待中');
      const row = h('li', { class: 'upload', dataset: { name: file.name, state: 'queued' } },
        h('span', { class: 'name' }, file.name), h('span', { class: 'muted small' }, bytes(file.size)), bar, result);
      list.prepend(row);
      queue.push({ file, row, bar, result });
    }
    pump();
  };
  input.addEventListener('change', () => { add([...input.files]); input.value = ''; });
  zone.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); } });
  zone.addEventListener('dragover', e => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', e => {
    e.preventDefault();
    zone.classList.remove('over');
    add([...e.dataTransfer.files]);
  });
}

/** 重新索引: brings the index up to date with the corpus folder (a write: the token above when the server has one). */
function reindexBox() {
  const status = h('div', { id: 'reindex-status', class: 'small', role: 'status' });
  const button = h('button', { type: 'button', id: 'reindex' }, '重新索引语料库');
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.className = 'small muted';
    status.textContent = '重新索引中…（大的语料库需要几分钟）';
    try {
      const r = await writeJson('POST', '/api/reindex');
      forgetNames();
      const counts = Object.entries(r.counts || {}).filter(([, n]) => n > 0);
      status.className = 'small';
      clear(status, h('p', null, '完成：', counts.length ? counts.map(([k, n]) => `${(OUTCOMES[k] || [REINDEX[k] || k])[0]} ${n}`).join('，') : '没有变化'),
        (r.failures || []).length ? h('ul', { class: 'uploads' }, r.failures.map(f => h('li', { class: 'upload', dataset: { state: 'fail' } },
          h('span', { class: 'name' }, f.path || ''), h('span', { class: 'badge fail' }, (OUTCOMES[f.outcome] || ['失败'])[0]),
          h('span', { class: 'message' }, details(f.message || ''))))) : null);
    } catch (e) {
      showError(status, e, '重新索引失败：');
    } finally {
      button.disabled = false;
    }
  });
  return h('section', { class: 'reindex' }, h('h3', null, '重新索引'),
    h('p', { class: 'small muted' }, '把语料库文件夹中新增、修改、删除的文件同步到索引。'), button, status);
}
const REINDEX = { REMOVED: '已移除' };

function send({ file, row, bar, result }) {
  return new Promise(resolve => {
    const xhr = new XMLHttpRequest();
    const form = new FormData();
    form.append('files', file, file.name);
    row.dataset.state = 'uploading';
    result.textContent = '上传中';
    xhr.upload.addEventListener('progress', e => { if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total); });
    xhr.upload.addEventListener('load', () => { bar.value = 100; result.textContent = '解析与索引中…'; });
    xhr.addEventListener('load', () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      const list = body && body.files;
      const r = Array.isArray(list) ? list[0] : null;
      if (xhr.status >= 200 && xhr.status < 300 && r) show(row, result, r);
      else show(row, result, { outcome: 'FAILED', message: (body && body.message) || ('HTTP ' + xhr.status),
        status: xhr.status, code: body && (body.code || body.error) });
      resolve();
    });
    xhr.addEventListener('error', () => { show(row, result, { outcome: 'FAILED', message: '网络错误，上传中断' }); resolve(); });
    xhr.open('POST', '/api/upload');
    xhr.setRequestHeader('Accept', 'application/json');
    const token = sessionStorage.getItem('pm-token');
    if (token) xhr.setRequestHeader('Authorization', 'Bearer ' + token);
    xhr.send(form);
  });
}

function show(row, result, r) {
  const [label, cls] = OUTCOMES[r.outcome] || [String(r.outcome || '').startsWith('FAILED') ? '失败' : r.outcome, 
    String(r.outcome || '').startsWith('FAILED') ? 'fail' : 'warn'];
  row.dataset.state = cls;
  row.dataset.outcome = r.outcome || '';
  clear(result, h('span', { class: 'badge ' + cls }, label),
    r.message && cls !== 'ok' ? h('span', { class: 'message' }, ' ', uploadMessage(r), ' ', details(r.message)) : null,
    r.warning ? h('span', { class: 'message warning', title: r.warning }, ' 注意：解析结果可能丢失了文本（' + r.warning.replace(/^suspect_loss: /, '') + '）') : null,
    r.docId ? [' ', h('a', { href: link('doc', r.docId) }, '查看文档 ›')] : null);
  result.className = 'result';
}
