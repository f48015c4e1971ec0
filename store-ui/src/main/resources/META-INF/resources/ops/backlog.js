// Backlog and sync lag over time (GET /api/v1/stores/metrics), fleet (backlog summed, lag the
// highest) or one store, drawn with the bundled uPlot (canvas). Refreshed every 15 s. The chart
// instance is exposed as window.reboundOps.chart (tests read its data).
import { h, show, empty, failure, api, age } from '/assets/rebound.js';
import { loadZones, knownStores, zoneOf } from './zones.js';

const ranges = [['900', 'Last 15 minutes'], ['3600', 'Last hour'], ['21600', 'Last 6 hours'],
  ['86400', 'Last 24 hours'], ['604800', 'Last 7 days']];
const state = { storeId: '', range: '3600' };

export async function render(container, { params }) {
  if (params.has('storeId')) state.storeId = params.get('storeId');
  await loadZones();
  const store = h('select', { id: 'chart-store', 'data-testid': 'chart-store' },
    h('option', { value: '' }, 'Fleet (backlog summed, lag max)'),
    ...knownStores().map((s) => h('option', { value: s, selected: s === state.storeId }, s)));
  const range = h('select', { id: 'chart-range', 'data-testid': 'chart-range' },
    ...ranges.map(([v, l]) => h('option', { value: v, selected: v === state.range }, l)));
  const status = h('p', { class: 'legend-note', 'data-testid': 'chart-status', 'aria-live': 'polite' });
  const area = h('div', { class: 'chart-wrap', 'data-testid': 'chart-area' });
  show(container, h('section', { class: 'card' },
    h('h1', {}, 'Backlog and sync lag'),
    h('form', { class: 'filters', onsubmit: (e) => e.preventDefault() },
      h('label', { for: 'chart-store' }, 'Store', store),
      h('label', { for: 'chart-range' }, 'Range', range)),
    status,
    area,
    h('p', { class: 'legend-note' },
      'Backlog: events a store has not had acknowledged by central (left axis). ',
      'Sync lag: age of the oldest of them (right axis). Times in the store\u2019s zone; the fleet uses UTC.')));

  let chart = null;
  let timer = null;
  let request = 0;

  async function load() {
    const mine = ++request;
    const since = new Date(Date.now() - Number(state.range) * 1000).toISOString();
    const query = new URLSearchParams({ since });
    if (state.storeId) query.set('storeId', state.storeId);
    let series;
    try {
      series = await api(`/api/v1/stores/metrics?${query}`);
    } catch (e) {
      if (mine === request) { destroy(); show(area, failure(e)); }
      return;
    }
    if (mine !== request) return;
    draw(series);
  }

  function destroy() {
    if (chart) { chart.destroy(); chart = null; }
    window.reboundOps.chart = null;
  }

  function draw(series) {
    destroy();
    const points = series.points || [];
    const who = series.storeId ? `store ${series.storeId}` : 'the fleet';
    if (points.length === 0) {
      status.textContent = '';
      show(area, empty(`No backlog samples for ${who} in this range yet (stores are sampled when their status arrives).`));
      return;
    }
    const last = points[points.length - 1];
    status.textContent = `${points.length} ${points.length === 1 ? 'point' : 'points'} for ${who}, one per ${age(series.bucketSeconds)}; latest backlog ${last.backlog}, lag ${age(last.lagSeconds)}.`;
    const data = [
      points.map((p) => Date.parse(p.at) / 1000),
      points.map((p) => p.backlog),
      points.map((p) => p.lagSeconds),
    ];
    const zone = series.storeId ? zoneOf(series.storeId) : 'UTC';
    const width = Math.max(280, area.clientWidth || container.clientWidth - 40);
    const target = h('div', { 'data-testid': 'chart', role: 'img', 'aria-label': `Backlog and sync lag of ${who}: ${status.textContent}` });
    show(area, target);
    chart = new window.uPlot({
      width,
      height: 280,
      tzDate: (ts) => window.uPlot.tzDate(new Date(ts * 1000), zone),
      scales: {
        // the whole requested range, so a few points are not stretched over years
        x: { time: true, range: () => [Date.parse(series.since) / 1000, Date.parse(series.until) / 1000] },
        events: { auto: true, range: (u, min, max) => [0, Math.max(1, max * 1.1)] },
        seconds: { auto: true, range: (u, min, max) => [0, Math.max(1, max * 1.1)] },
      },
      series: [
        {},
        { label: 'Backlog (events)', scale: 'events', stroke: '#1f5fbf', width: 2, points: { show: points.length < 60 } },
        { label: 'Sync lag (s)', scale: 'seconds', stroke: '#b3261e', width: 2, dash: [6, 4], points: { show: points.length < 60 } },
      ],
      axes: [
        {},
        { scale: 'events', label: 'events' },
        { scale: 'seconds', label: 'seconds', side: 1, grid: { show: false } },
      ],
    }, data, target);
    window.reboundOps.chart = chart;
  }

  store.addEventListener('change', () => { state.storeId = store.value; load(); });
  range.addEventListener('change', () => { state.range = range.value; load(); });
  await load();
  timer = setInterval(load, 15000);
  return () => { clearInterval(timer); request++; destroy(); };
}
