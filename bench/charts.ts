/** SVG charts drawn from the measured figures (no dependency: plain SVG text). */

export interface Series {
  name: string;
  values: number[];
}

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (v: number) => (v >= 100 ? String(Math.round(v)) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function frame(title: string, yLabel: string, max: number, w: number, h: number, m: { l: number; t: number; b: number; r: number }): string[] {
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="sans-serif" font-size="12">`,
    `<rect width="${w}" height="${h}" fill="#fff"/>`,
    `<text x="${w / 2}" y="18" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>`,
    `<text transform="translate(14 ${m.t + (h - m.t - m.b) / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`,
  ];
  const ph = h - m.t - m.b;
  for (let i = 0; i <= 4; i++) {
    const y = m.t + ph - (ph * i) / 4;
    out.push(`<line x1="${m.l}" x2="${w - m.r}" y1="${y}" y2="${y}" stroke="#ddd"/>`, `<text x="${m.l - 4}" y="${y + 4}" text-anchor="end">${fmt((max * i) / 4)}</text>`);
  }
  return out;
}

/** Grouped bars: one group per category, one bar per series. */
export function barChart(title: string, yLabel: string, categories: string[], series: Series[], w = 640, h = 320): string {
  const m = { l: 60, t: 30, b: 60, r: 10 };
  const max = niceMax(Math.max(...series.flatMap((s) => s.values), 0));
  const out = frame(title, yLabel, max, w, h, m);
  const ph = h - m.t - m.b;
  const gw = (w - m.l - m.r) / Math.max(categories.length, 1);
  const bw = (gw * 0.8) / Math.max(series.length, 1);
  categories.forEach((c, ci) => {
    series.forEach((s, si) => {
      const v = s.values[ci] ?? 0;
      const bh = (ph * v) / max;
      const x = m.l + ci * gw + gw * 0.1 + si * bw;
      out.push(`<rect x="${x.toFixed(1)}" y="${(m.t + ph - bh).toFixed(1)}" width="${(bw - 1).toFixed(1)}" height="${bh.toFixed(1)}" fill="${COLORS[si % COLORS.length]}"><title>${esc(`${s.name} ${c}: ${fmt(v)}`)}</title></rect>`);
    });
    out.push(`<text x="${m.l + ci * gw + gw / 2}" y="${h - m.b + 16}" text-anchor="middle">${esc(c)}</text>`);
  });
  // Legend under the axis, wrapped onto a second line when the series do not fit on one.
  const perRow = Math.max(1, Math.floor((w - m.l - m.r) / 150));
  const rows = Math.ceil(series.length / perRow);
  series.forEach((s, si) => {
    const x = m.l + (si % perRow) * 150;
    const y = h - 22 - (rows - 1 - Math.floor(si / perRow)) * 16;
    out.push(`<rect x="${x}" y="${y}" width="10" height="10" fill="${COLORS[si % COLORS.length]}"/>`, `<text x="${x + 14}" y="${y + 9}">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** Lines through (x, y) points, x on a linear scale. */
export function lineChart(title: string, xLabel: string, yLabel: string, series: { name: string; points: [number, number][] }[], w = 640, h = 320): string {
  const m = { l: 60, t: 30, b: 60, r: 20 };
  const pts = series.flatMap((s) => s.points);
  const maxY = niceMax(Math.max(...pts.map((p) => p[1]), 0));
  const maxX = niceMax(Math.max(...pts.map((p) => p[0]), 0));
  const out = frame(title, yLabel, maxY, w, h, m);
  const pw = w - m.l - m.r;
  const ph = h - m.t - m.b;
  const X = (x: number) => m.l + (pw * x) / maxX;
  const Y = (y: number) => m.t + ph - (ph * y) / maxY;
  for (let i = 0; i <= 4; i++) out.push(`<text x="${X((maxX * i) / 4)}" y="${h - m.b + 16}" text-anchor="middle">${fmt((maxX * i) / 4)}</text>`);
  out.push(`<text x="${m.l + pw / 2}" y="${h - m.b + 32}" text-anchor="middle">${esc(xLabel)}</text>`);
  series.forEach((s, si) => {
    const c = COLORS[si % COLORS.length];
    const sorted = [...s.points].sort((a, b) => a[0] - b[0]);
    out.push(`<polyline fill="none" stroke="${c}" stroke-width="2" points="${sorted.map(([x, y]) => `${X(x).toFixed(1)},${Y(y).toFixed(1)}`).join(' ')}"/>`);
    for (const [x, y] of sorted) out.push(`<circle cx="${X(x).toFixed(1)}" cy="${Y(y).toFixed(1)}" r="3" fill="${c}"><title>${esc(`${s.name}: ${fmt(x)} → ${fmt(y)}`)}</title></circle>`);
    const lx = m.l + si * 170;
    out.push(`<rect x="${lx}" y="${h - 18}" width="10" height="10" fill="${c}"/>`, `<text x="${lx + 14}" y="${h - 9}">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
