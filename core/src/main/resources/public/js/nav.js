// Links between views. The hash holds the state: #/view/arg?params.

/** href for a view: link('region', '西安') → '#/region/%E8%A5%BF%E5%AE%89'. */
export function link(view, arg, params) {
  let s = '#/' + view;
  if (arg !== undefined && arg !== null && arg !== '') s += '/' + encodeURIComponent(arg);
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (Array.isArray(v)) v.forEach(x => x !== '' && x != null && p.append(k, x));
    else if (v !== '' && v !== null && v !== undefined) p.append(k, v);
  }
  const q = p.toString();
  return q ? s + '?' + q : s;
}

export function go(view, arg, params) {
  location.hash = link(view, arg, params);
}
