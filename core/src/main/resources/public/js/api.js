// The JSON API: one fetch helper, errors turned into ApiError with the server's message.

export class ApiError extends Error {
  constructor(status, message, code) {
    super(message);
    this.status = status;
    this.code = code || ''; // the server's stable error code (not_found, render_timeout …)
  }
}

/** Query string from an object; empty values are left out, arrays repeat the key. */
export function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (Array.isArray(v)) v.filter(x => x !== '' && x != null).forEach(x => p.append(k, x));
    else if (v !== '' && v !== null && v !== undefined) p.append(k, v);
  }
  const s = p.toString();
  return s ? '?' + s : '';
}

export async function getJson(path, params, signal) {
  let res;
  try {
    res = await fetch(path + qs(params), { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, e.message, 'network');
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    body = null;
  }
  if (!res.ok) {
    throw new ApiError(res.status, (body && body.message) || ('HTTP ' + res.status), body && (body.code || body.error));
  }
  return body;
}

export const enc = encodeURIComponent;

/**
 * A write (DELETE, POST, PUT with a JSON body): with the access token typed on the upload page (kept for this tab only) when
 * the server has one. Errors as ApiError, like getJson.
 */
export async function writeJson(method, path, params, json) {
  const headers = { Accept: 'application/json' };
  const token = sessionStorage.getItem('pm-token');
  if (token) headers.Authorization = 'Bearer ' + token;
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  let res;
  try {
    res = await fetch(path + qs(params), { method, headers, body: json === undefined ? undefined : JSON.stringify(json) });
  } catch (e) {
    throw new ApiError(0, e.message, 'network');
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    body = null;
  }
  if (!res.ok) throw new ApiError(res.status, (body && body.message) || ('HTTP ' + res.status), body && (body.code || body.error));
  return body;
}
