// A bar-and-point chart in plain SVG: one bar per category (its largest value), one dot per figure.
const NS = 'http://www.w3.org/2000/svg';

function el(tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function niceMax(v) {
  if (v <= 0) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/**
 * @param groups [{label, points:[{value, title, href}]}]
 * @param format number → axis label
 * @param width  drawing width in px (the SVG scales to its box; a phone gets a narrower drawing, so text stays legible)
 */
export function barChart(groups, format, caption, width = 720) {
  const W = Math.max(320, Math.min(960, width)), H = 300, L = 64, R = 12, T = 16, B = 70;
  const values = groups.flatMap(g => g.points.map(p => p.value));
  const min = Math.min(0, ...values);
  const max = niceMax(Math.max(...values, 0));
  const lo = min < 0 ? -niceMax(-min) : 0;
  const y = v => T + (H - T - B) * (1 - (v - lo) / (max - lo || 1));
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': caption || '图表' });
  svg.append(el('title', {}, caption || ''));
  for (let i = 0; i <= 4; i++) {
    const v = lo + (max - lo) * i / 4;
    svg.append(el('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid' }));
    svg.append(el('text', { x: L - 6, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, format(v)));
  }
  const band = (W - L - R) / Math.max(1, groups.length);
  groups.forEach((g, i) => {
    const x = L + band * i;
    const top = Math.max(...g.points.map(p => p.value));
    const bar = el('rect', {
      x: x + band * 0.15, width: Math.max(1, band * 0.7), y: Math.min(y(top), y(0)),
      height: Math.max(1, Math.abs(y(0) - y(top))), class: 'bar',
    });
    bar.append(el('title', {}, `${g.label}：${format(top)}`));
    svg.append(bar);
    for (const p of g.points) {
      const a = el('a', { href: p.href });
      const dot = el('circle', { cx: x + band / 2, cy: y(p.value), r: 4, class: 'dot' });
      dot.append(el('title', {}, p.title));
      a.append(dot);
      svg.append(a);
    }
    const label = g.label.length > 8 ? g.label.slice(0, 8) + '…' : g.label;
    const lx = x + band / 2, ly = H - B + 14;
    svg.append(el('text', {
      x: lx, y: ly, class: 'cat', 'text-anchor': groups.length > 8 ? 'end' : 'middle',
      transform: groups.length > 8 ? `rotate(-40 ${lx} ${ly})` : '',
    }, label));
  });
  svg.append(el('line', { x1: L, x2: W - R, y1: y(0), y2: y(0), class: 'axis' }));
  return svg;
}
