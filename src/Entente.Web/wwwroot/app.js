/* Entente dashboard: a small single-page app over the Entente HTTP API (/api). Plain JavaScript; charts by
   ECharts, the network by Cytoscape.js, both served from lib/ (copied from npm by scripts/build-web.sh). */
(function () {
  'use strict';

  const FILTERS = ['since', 'until', 'actor', 'type', 'mode', 'text'];
  const COLORS = { coop: '#2e9d6a', hostile: '#d64545', neutral: '#8a94a3', accent: '#2f6fb3' };
  const BLOC_COLORS = ['#2f6fb3', '#d9822b', '#7b4fc2', '#1f9bb0', '#c2417a', '#8c6d1f', '#5a6b7d', '#3d4fa8', '#a0522d', '#6b8e23'];
  const view = document.getElementById('view');
  const filterForm = document.getElementById('filters');
  let charts = [];
  let graph = null;
  let renderToken = 0;

  // ---- helpers ------------------------------------------------------------------------------------------------

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function qs(params) {
    const p = new URLSearchParams();
    Object.entries(params).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') p.set(k, v); });
    const s = p.toString();
    return s ? '?' + s : '';
  }

  async function api(path, params) {
    const res = await fetch('api/' + path + qs(params || {}), { headers: { Accept: 'application/json' } });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error((body.title || res.statusText) + (body.detail ? ': ' + body.detail : ''));
    return body;
  }

  function route() {
    const hash = location.hash.replace(/^#/, '') || '/';
    const [path, query] = hash.split('?');
    const parts = path.split('/').filter(Boolean);
    return { name: parts[0] || 'overview', arg: parts.length > 1 ? decodeURIComponent(parts.slice(1).join('/')) : null, params: new URLSearchParams(query || '') };
  }

  function filtersOf(params) {
    const f = {};
    FILTERS.forEach(k => { const v = params.get(k); if (v) f[k] = v; });
    if (f.actor) f.actor = f.actor.toUpperCase();
    return f;
  }

  function go(name, arg, params) {
    location.hash = '#/' + (name === 'overview' ? '' : name) + (arg ? '/' + encodeURIComponent(arg) : '') + qs(params || {});
  }

  function fmt(n, digits) {
    if (n === null || n === undefined) return '–';
    return Number(n).toLocaleString('en-US', { maximumFractionDigits: digits === undefined ? 1 : digits });
  }

  function signed(n, digits) {
    if (n === null || n === undefined) return '–';
    return (n > 0 ? '+' : '') + fmt(n, digits);
  }

  function quadBadge(e) { return `<span class="badge q${e.quadClass || 1}">${esc(e.type)}</span>`; }
  function modeBadge(e) { return e.mode && e.mode !== 'happened' ? `<span class="badge mode ${esc(e.mode)}">${esc(e.mode)}</span>` : ''; }
  function actorLink(a) {
    if (!a) return '<span class="note">–</span>';
    return `<a class="actor-link" href="#/actor/${encodeURIComponent(a.code)}" title="${esc(a.name)}${a.person ? ' · ' + esc(a.person) : ''}"><span class="code">${esc(a.code)}</span></a>${a.sector ? ' <span class="note">' + esc(a.sector) + '</span>' : ''}`;
  }
  function eventDate(e) { return e.date || e.effectiveDate || e.published || ''; }

  function disposeCharts() {
    charts.forEach(c => c.dispose());
    charts = [];
    if (graph) { graph.destroy(); graph = null; }
  }

  function chart(el, option) {
    const c = echarts.init(el, null, { renderer: 'canvas' });
    c.setOption(Object.assign({ animation: false, textStyle: { fontFamily: 'DejaVu Sans, sans-serif' } }, option));
    charts.push(c);
    return c;
  }

  function changeChip(label, value, better) {
    if (value === null || value === undefined) return `<span class="chip">${esc(label)} <b class="flat">–</b></span>`;
    const cls = value === 0 ? 'flat' : (better === undefined ? (value > 0 ? 'up' : 'down') : ((value > 0) === better ? 'better' : 'worse'));
    return `<span class="chip">${esc(label)} <b class="${cls}">${signed(value)}</b></span>`;
  }

  function comparisonChips(cmp) {
    if (!cmp) return '<div class="note">No earlier period to compare with.</div>';
    const cur = cmp.current, prev = cmp.previous;
    const period = cur.since === cur.until ? esc(cur.since) : `${esc(cur.since)} – ${esc(cur.until)}`;
    const prevPeriod = prev.since === prev.until ? esc(prev.since) : `${esc(prev.since)} – ${esc(prev.until)}`;
    return `<div class="note">${period} against ${prevPeriod}</div><div class="chips" data-testid="comparison">
      <span class="chip">events <b>${fmt(cur.events, 0)}</b> <span class="note">vs ${fmt(prev.events, 0)}</span></span>
      ${changeChip('change', cmp.eventsChangePercent === null ? cmp.eventsChange : cmp.eventsChangePercent, undefined).replace('</b>', cmp.eventsChangePercent === null ? '</b>' : '%</b>')}
      ${changeChip('hostile', cmp.hostileChange, false)}
      ${changeChip('mean Goldstein', cmp.meanGoldsteinChange, true)}
    </div>`;
  }

  function showError(err) {
    view.innerHTML = `<div class="error" data-testid="error">${esc(err.message || err)}</div>`;
  }

  // ---- filters ------------------------------------------------------------------------------------------------

  function syncFilterForm(params) {
    FILTERS.forEach(k => { const el = filterForm.elements[k]; if (el) el.value = params.get(k) || ''; });
    const active = FILTERS.filter(k => params.get(k));
    filterForm.classList.toggle('active', active.length > 0);
    document.getElementById('filters-toggle').textContent = active.length ? `Filters (${active.length})` : 'Filters';
  }

  document.getElementById('filters-toggle').addEventListener('click', () => {
    const open = filterForm.classList.toggle('open');
    document.getElementById('filters-toggle').setAttribute('aria-expanded', String(open));
  });

  filterForm.addEventListener('submit', ev => {
    ev.preventDefault();
    const r = route();
    const f = {};
    FILTERS.forEach(k => { const v = filterForm.elements[k].value.trim(); if (v) f[k] = k === 'actor' ? v.toUpperCase() : v; });
    const target = ['overview', 'events', 'actors'].includes(r.name) ? r.name : 'events';
    filterForm.classList.remove('open');
    go(target, null, f);
  });
  document.getElementById('filter-reset').addEventListener('click', () => {
    const r = route();
    go(['overview', 'events', 'actors'].includes(r.name) ? r.name : 'overview', null, {});
  });
  document.getElementById('search-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const q = document.getElementById('search-input').value.trim();
    if (q) go('search', null, { q });
  });

  async function loadLookups() {
    try {
      const health = await api('health');
      const type = filterForm.elements.type;
      health.types.filter(t => t.count > 0).forEach(t => {
        const o = document.createElement('option'); o.value = t.value; o.textContent = `${t.value} (${t.count})`; type.appendChild(o);
      });
      syncFilterForm(route().params);
      const actors = await api('actors', { limit: 200 });
      const list = document.getElementById('actor-codes');
      actors.items.forEach(a => { const o = document.createElement('option'); o.value = a.code; o.label = a.name || ''; list.appendChild(o); });
    } catch (e) { /* the views show errors themselves */ }
  }

  // ---- overview -----------------------------------------------------------------------------------------------

  async function renderOverview(r, token) {
    const f = filtersOf(r.params);
    const interval = ['day', 'month', 'year'].includes(r.params.get('interval')) ? r.params.get('interval') : 'month';
    const [timeline, events, actors, network, relations, health] = await Promise.all([
      api('timeline', Object.assign({ interval }, f)),
      api('events', Object.assign({ limit: 1 }, f)),
      api('actors', { limit: 1, since: f.since, until: f.until, type: f.type, mode: f.mode }),
      api('network', { since: f.since, until: f.until, type: f.type, mode: f.mode, actor: f.actor, limit: 40 }),
      api('relations', { since: f.since, until: f.until, type: f.type, mode: f.mode, actor: f.actor, limit: 12 }),
      api('health'),
    ]);
    if (token !== renderToken) return;
    const t = timeline.totals;
    const share = n => t.events ? Math.round(100 * n / t.events) + '%' : '–';
    view.innerHTML = `
      <div class="kpis" data-testid="kpis">
        <div class="kpi"><div class="v" data-testid="kpi-events">${fmt(events.total, 0)}</div><div class="l">events</div></div>
        <div class="kpi"><div class="v">${fmt(health.articles, 0)}</div><div class="l">articles stored</div></div>
        <div class="kpi"><div class="v">${fmt(actors.total, 0)}</div><div class="l">actors</div></div>
        <div class="kpi"><div class="v" style="color:${COLORS.coop}">${share(t.cooperative)}</div><div class="l">cooperative</div></div>
        <div class="kpi"><div class="v" style="color:${COLORS.hostile}">${share(t.hostile)}</div><div class="l">hostile</div></div>
      </div>
      <div class="grid" style="margin-top:14px">
        <section class="card span-7" data-testid="network-card">
          <div class="card-head"><h2>Who is aligned with whom</h2>
            <div class="legend"><span><i style="background:${COLORS.coop}"></i>cooperation</span><span><i style="background:${COLORS.hostile}"></i>hostility</span><span>node colour: bloc · width: events</span></div></div>
          <div id="network" class="chart tall" data-testid="network"></div>
          <div class="note" id="blocs"></div>
        </section>
        <section class="card span-5" data-testid="timeline-card">
          <div class="card-head"><h2>Timeline</h2>
            <select id="interval-select" data-testid="interval-select" aria-label="interval">
              ${['day', 'month', 'year'].map(i => `<option value="${i}" ${i === interval ? 'selected' : ''}>per ${i}</option>`).join('')}</select></div>
          <div id="timeline" class="chart" data-testid="timeline"></div>
          ${comparisonChips(timeline.comparison)}
        </section>
        <section class="card span-7" data-testid="tension-card">
          <div class="card-head"><h2>Pair tension</h2>
            <select id="pair-select" data-testid="pair-select" aria-label="pair"></select></div>
          <div id="tension" class="chart short" data-testid="tension"></div>
          <div id="tension-cmp"></div>
        </section>
        <section class="card span-5" data-testid="relations-card">
          <div class="card-head"><h2>Strongest relations</h2><span class="note">${f.since && f.until ? 'change against the previous period' : 'set From and To to compare periods'}</span></div>
          ${relationsTable(relations)}
        </section>
      </div>`;
    drawNetwork(document.getElementById('network'), network);
    drawTimeline(document.getElementById('timeline'), timeline);
    document.getElementById('interval-select').addEventListener('change', ev => go('overview', null, Object.assign({}, f, { interval: ev.target.value === 'month' ? undefined : ev.target.value })));
    const select = document.getElementById('pair-select');
    relations.forEach((p, i) => {
      const o = document.createElement('option');
      o.value = p.a + ',' + p.b; o.textContent = `${p.a} – ${p.b} (${p.events})`;
      if (i === 0) o.selected = true;
      select.appendChild(o);
    });
    const drawPair = async () => {
      if (!select.value) { document.getElementById('tension').innerHTML = '<div class="empty">No pair of actors in these events.</div>'; return; }
      const [a, b] = select.value.split(',');
      const rel = await api(`relations/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { since: f.since, until: f.until, type: f.type, mode: f.mode, interval });
      if (token !== renderToken) return;
      drawTension(document.getElementById('tension'), rel);
      document.getElementById('tension-cmp').innerHTML = comparisonChips(rel.comparison) + actsTension(rel.acts);
    };
    select.addEventListener('change', drawPair);
    await drawPair();
  }

  // The alliance model's view of the pair: reports of one act merged across articles, and its tension (0 to 1).
  function actsTension(acts) {
    const dated = (acts || []).filter(p => /^[0-9]/.test(p.period));
    if (!dated.length) return '';
    const last = dated[dated.length - 1], prev = dated.length > 1 ? dated[dated.length - 2] : null;
    const change = prev ? last.tension - prev.tension : null;
    return `<div class="chips" data-testid="acts-tension"><span class="chip">tension ${esc(last.period)} <b class="${last.tension > 0.5 ? 'worse' : 'better'}">${fmt(last.tension, 2)}</b></span>
      <span class="chip">acts <b>${last.acts}</b> <span class="note">from ${last.reports} reports</span></span>
      ${change === null ? '' : changeChip('vs ' + prev.period, Math.round(change * 100) / 100, false)}</div>
      <div class="note">Tension: the hostile share of the Goldstein mass of the acts (reports merged across articles), 0 to 1.</div>`;
  }

  function relationsTable(pairs) {
    if (!pairs.length) return '<div class="empty">No relations in these events.</div>';
    return `<table data-testid="relations"><thead><tr><th>Pair</th><th class="num">Events</th><th class="num hide-sm">Coop</th><th class="num hide-sm">Hostile</th><th class="num">Goldstein</th><th class="num">Change</th></tr></thead><tbody>
      ${pairs.map(p => `<tr class="clickable" data-pair="${esc(p.a)},${esc(p.b)}">
        <td><a href="#/actor/${encodeURIComponent(p.a)}" class="code">${esc(p.a)}</a> – <a href="#/actor/${encodeURIComponent(p.b)}" class="code">${esc(p.b)}</a></td>
        <td class="num">${p.events}</td><td class="num hide-sm" style="color:${COLORS.coop}">${p.cooperative}</td><td class="num hide-sm" style="color:${COLORS.hostile}">${p.hostile}</td>
        <td class="num">${fmt(p.goldstein)}</td>
        <td class="num">${p.comparison ? `<span class="${p.comparison.eventsChange > 0 ? 'up' : p.comparison.eventsChange < 0 ? 'down' : 'flat'}">${signed(p.comparison.eventsChange, 0)}</span>` : '–'}</td></tr>`).join('')}
      </tbody></table>`;
  }

  function drawNetwork(el, net) {
    if (!net.nodes.length) { el.innerHTML = '<div class="empty">No actors in these events.</div>'; return; }
    const blocIndex = {};
    net.blocs.forEach((b, i) => { blocIndex[b.id] = i; });
    const maxEvents = Math.max(...net.nodes.map(n => n.events), 1);
    const maxEdge = Math.max(...net.edges.map(e => e.events), 1);
    const n = net.nodes.length;
    const elements = net.nodes.map((node, i) => ({
      data: { id: node.code, label: node.code, name: node.name || node.code, size: 18 + 34 * Math.sqrt(node.events / maxEvents),
        color: blocIndex[node.bloc] !== undefined ? BLOC_COLORS[blocIndex[node.bloc] % BLOC_COLORS.length] : '#9aa5b1' },
      position: { x: 200 * Math.cos(2 * Math.PI * i / n), y: 200 * Math.sin(2 * Math.PI * i / n) },
    })).concat(net.edges.map(e => ({
      data: { id: e.a + '-' + e.b, source: e.a, target: e.b, width: 1 + 7 * Math.sqrt(e.events / maxEdge),
        color: e.tone === 'cooperative' ? COLORS.coop : e.tone === 'hostile' ? COLORS.hostile : COLORS.neutral, events: e.events },
    })));
    graph = cytoscape({
      container: el,
      elements,
      minZoom: 0.3, maxZoom: 3, wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { 'background-color': 'data(color)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
          'font-size': 11, 'font-weight': 700, color: '#1d2733', 'text-valign': 'bottom', 'text-margin-y': 3, 'font-family': 'DejaVu Sans, sans-serif',
          'border-width': 2, 'border-color': '#fff' } },
        { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', opacity: 0.7, 'curve-style': 'haystack' } },
        { selector: 'node:selected', style: { 'border-color': '#13202f', 'border-width': 3 } },
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 20, fit: true },
    });
    graph.on('tap', 'node', evt => go('actor', evt.target.id()));
    const blocs = net.blocs.filter(b => b.members.length > 1).slice(0, 4)
      .map((b, i) => `<span style="color:${BLOC_COLORS[i % BLOC_COLORS.length]};font-weight:600">●</span> ${b.members.map(esc).join(', ')}`);
    document.getElementById('blocs').innerHTML = blocs.length ? 'Blocs (Louvain on cooperative ties): ' + blocs.join(' · ') : '';
  }

  function drawTimeline(el, timeline) {
    const b = timeline.buckets;
    if (!b.length) { el.innerHTML = '<div class="empty">No dated events.</div>'; return; }
    chart(el, {
      grid: { left: 40, right: 44, top: 34, bottom: b.length > 24 ? 72 : 48 },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, textStyle: { fontSize: 11 }, itemWidth: 14, itemHeight: 9 },
      dataZoom: b.length > 24 ? [{ type: 'slider', height: 14, bottom: 24, start: Math.max(0, 100 - 100 * 24 / b.length) }] : [],
      xAxis: { type: 'category', data: b.map(x => x.period), axisLabel: { fontSize: 10 } },
      yAxis: [{ type: 'value', name: 'events', nameTextStyle: { fontSize: 10 }, minInterval: 1 }, { type: 'value', name: 'Goldstein', nameTextStyle: { fontSize: 10 }, splitLine: { show: false } }],
      series: [
        { name: 'cooperative', type: 'bar', stack: 'e', data: b.map(x => x.cooperative), itemStyle: { color: COLORS.coop } },
        { name: 'hostile', type: 'bar', stack: 'e', data: b.map(x => x.hostile), itemStyle: { color: COLORS.hostile } },
        { name: 'other', type: 'bar', stack: 'e', data: b.map(x => x.events - x.cooperative - x.hostile), itemStyle: { color: COLORS.neutral } },
        { name: 'mean Goldstein', type: 'line', yAxisIndex: 1, data: b.map(x => x.meanGoldstein), itemStyle: { color: '#13202f' }, symbolSize: 5 },
      ],
    });
  }

  function drawTension(el, rel) {
    const b = rel.buckets;
    el.innerHTML = '';
    if (!b.length) { el.innerHTML = '<div class="empty">No dated events between these two.</div>'; return; }
    chart(el, {
      grid: { left: 40, right: 44, top: 34, bottom: 48 },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, textStyle: { fontSize: 11 }, itemWidth: 14, itemHeight: 9 },
      xAxis: { type: 'category', data: b.map(x => x.period), axisLabel: { fontSize: 10 } },
      yAxis: [{ type: 'value', name: 'Goldstein', nameTextStyle: { fontSize: 10 } }, { type: 'value', name: 'events', minInterval: 1, nameTextStyle: { fontSize: 10 }, splitLine: { show: false } }],
      series: [
        { name: 'events', type: 'bar', yAxisIndex: 1, data: b.map(x => x.events), itemStyle: { color: '#c9d6e6' }, barMaxWidth: 26 },
        { name: `${rel.a}–${rel.b} Goldstein`, type: 'line', data: b.map(x => ({ value: x.goldstein, itemStyle: { color: x.goldstein < 0 ? COLORS.hostile : COLORS.coop } })),
          lineStyle: { color: '#13202f' }, symbolSize: 8, markLine: { silent: true, symbol: 'none', data: [{ yAxis: 0 }], lineStyle: { color: '#aab4c0' } } },
      ],
    });
  }

  // ---- events -------------------------------------------------------------------------------------------------

  function eventsTable(items, opts) {
    if (!items.length) return '<div class="empty" data-testid="no-events">No events match.</div>';
    const compact = opts && opts.compact;
    return `<table class="responsive${compact ? ' compact' : ''}" data-testid="events-table"><thead><tr><th>Date</th><th>Source</th><th>Type</th><th>Target</th><th class="hide-sm">Mode</th><th class="num hide-sm">Goldstein</th><th>Sentence</th></tr></thead><tbody>
      ${items.map(e => `<tr class="clickable" data-event="${e.id}" data-article="${esc(e.article)}" data-testid="event-row">
        <td>${esc(eventDate(e)) || '<span class="note">undated</span>'}</td>
        <td>${actorLink(e.source)}</td><td>${quadBadge(e)}</td><td>${actorLink(e.target)}</td>
        <td class="hide-sm">${modeBadge(e) || '<span class="note">happened</span>'}${e.claimant ? ` <span class="note">claimed by ${esc(e.claimant.code)}</span>` : ''}</td>
        <td class="num hide-sm">${fmt(e.goldstein)}</td>
        <td class="sentence">${esc(e.sentence.length > 180 ? e.sentence.slice(0, 177) + '…' : e.sentence)}</td></tr>`).join('')}
      </tbody></table>`;
  }

  function bindEventRows(root) {
    root.querySelectorAll('tr[data-event]').forEach(tr => tr.addEventListener('click', ev => {
      if (ev.target.closest('a')) return;
      go('article', tr.dataset.article, { event: tr.dataset.event });
    }));
  }

  async function renderEvents(r, token) {
    const f = filtersOf(r.params);
    const offset = Number(r.params.get('offset') || 0);
    const limit = 50;
    const page = await api('events', Object.assign({ offset, limit, order: 'newest' }, f));
    if (token !== renderToken) return;
    const from = page.total ? offset + 1 : 0, to = Math.min(offset + limit, page.total);
    view.innerHTML = `<section class="card">
      <div class="card-head"><h2>Events</h2><span class="note" data-testid="events-count">${from}–${to} of ${page.total}</span></div>
      ${eventsTable(page.items)}
      <div class="pager"><button id="prev" ${offset === 0 ? 'disabled' : ''} data-testid="prev">← Newer</button>
        <span>newest first · click a row to read its sentence in the article</span>
        <button id="next" ${page.next ? '' : 'disabled'} data-testid="next">Older →</button></div></section>`;
    bindEventRows(view);
    const nav = o => go('events', null, Object.assign({}, f, { offset: o || undefined }));
    document.getElementById('prev').addEventListener('click', () => nav(Math.max(0, offset - limit)));
    document.getElementById('next').addEventListener('click', () => nav(offset + limit));
  }

  // ---- article ------------------------------------------------------------------------------------------------

  async function renderArticle(r, token) {
    const a = await api('articles/' + encodeURIComponent(r.arg));
    if (token !== renderToken) return;
    const wanted = Number(r.params.get('event'));
    const wantedSentence = r.params.get('sentence');
    let selected = a.events.find(e => e.id === wanted) || (wantedSentence === null ? a.events[0] : null) || null;
    const sentenceIndex = () => selected ? selected.sentenceIndex : (wantedSentence !== null ? Number(wantedSentence) : -1);

    view.innerHTML = `
      <div class="article-layout">
        <section class="card" data-testid="article">
          <h1 data-testid="article-title">${esc(a.title || a.id)}</h1>
          <div class="meta">${a.source ? `<span>${esc(a.source)}</span>` : ''}${a.published ? `<span>published ${esc(a.published)}</span>` : ''}
            ${/^https?:\/\//i.test(a.url || '') ? `<a href="${esc(a.url)}" rel="noopener noreferrer" target="_blank">source ↗</a>` : ''}<span>${a.events.length} events · ${a.quotes.length} quotations · ${a.people.length} people</span></div>
          <div class="key"><span class="s-sel" style="background:var(--mark)">evidence sentence</span><span style="font-weight:700;text-decoration:underline">trigger</span>
            <span style="background:#dbe9fb">source</span><span style="background:#fbe1dc">target</span><span style="background:#efe4fb">claimant</span>
            <span style="border-bottom:2px solid #b9c8da">actor</span><span style="font-style:italic">quotation</span></div>
          <div class="text" id="article-text" data-testid="article-text"></div>
        </section>
        <aside class="card side" data-testid="article-events">
          <h2>Events in this article</h2>
          <div id="ev-list"></div>
          ${a.people.length ? `<h3>People</h3><div class="pills">${a.people.map(p => `<span class="pill" title="${esc(p.role || '')}">${esc(p.name)}${p.country ? ' · ' + esc(p.country) : ''}</span>`).join('')}</div>` : ''}
        </aside>
      </div>`;

    const drawText = () => {
      const spans = [];
      a.sentences.forEach(s => spans.push({ start: s.start, end: s.end, cls: s.index === sentenceIndex() ? 's-sel' : '', sentence: s.index }));
      a.quotes.forEach(q => spans.push({ start: q.start, end: q.end, cls: 'quote', title: (q.direct ? 'quoted: ' : 'reported: ') + (q.speaker || 'unknown speaker') }));
      a.actors.forEach(m => spans.push({ start: m.start, end: m.end, cls: 'act', title: `${m.code}${m.sector ? ' ' + m.sector : ''}${m.person ? ' · ' + m.person : ''}` }));
      a.events.forEach(e => spans.push({ start: e.trigger.start, end: e.trigger.end, cls: 'ev', event: e.id }));
      if (selected) {
        spans.push({ start: selected.trigger.start, end: selected.trigger.end, cls: 'trig' });
        if (selected.source.span) spans.push({ start: selected.source.span.start, end: selected.source.span.end, cls: 'src' });
        if (selected.target && selected.target.span) spans.push({ start: selected.target.span.start, end: selected.target.span.end, cls: 'tgt' });
        if (selected.claimant && selected.claimant.span) spans.push({ start: selected.claimant.span.start, end: selected.claimant.span.end, cls: 'clm' });
      }
      const cuts = new Set([0, a.text.length]);
      spans.forEach(s => { if (s.end > s.start) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(a.text.length, s.end)); } });
      const points = [...cuts].sort((x, y) => x - y);
      let html = '';
      for (let i = 0; i + 1 < points.length; i++) {
        const from = points[i], to = points[i + 1];
        const cover = spans.filter(s => s.start <= from && s.end >= to && s.end > s.start);
        const cls = [...new Set(cover.map(s => s.cls).filter(Boolean))];
        const sentence = cover.find(s => s.sentence !== undefined);
        const ev = cover.find(s => s.event !== undefined);
        const title = cover.filter(s => s.title).map(s => s.title).join(' / ');
        const attrs = (cls.length ? ` class="${cls.join(' ')}"` : '') + (sentence ? ` data-sentence="${sentence.sentence}"` : '') +
          (ev ? ` data-event="${ev.event}"` : '') + (title ? ` title="${esc(title)}"` : '');
        html += attrs ? `<span${attrs}>${esc(a.text.slice(from, to))}</span>` : esc(a.text.slice(from, to));
      }
      const box = document.getElementById('article-text');
      box.innerHTML = html;
      box.querySelectorAll('span[data-event]').forEach(s => s.addEventListener('click', () => select(Number(s.dataset.event))));
      const first = box.querySelector('.s-sel');
      if (first && first.scrollIntoView) first.scrollIntoView({ block: 'center' });
    };

    const drawList = () => {
      const list = document.getElementById('ev-list');
      if (!a.events.length) { list.innerHTML = '<div class="empty">No events coded from this article.</div>'; return; }
      list.innerHTML = a.events.map(e => `<div class="ev-card ${selected && e.id === selected.id ? 'sel' : ''}" data-event="${e.id}" data-testid="event-card">
        <div class="line">${actorLink(e.source)} ${quadBadge(e)} ${actorLink(e.target)} ${modeBadge(e)}</div>
        <div class="small">“${esc(e.triggerText)}” · ${esc(eventDate(e)) || 'undated'} · Goldstein ${fmt(e.goldstein)}</div>
        ${selected && e.id === selected.id ? `<div class="detail" data-testid="event-detail">
          <span>source</span><b>${esc(e.source.name)}${e.source.person ? ' (' + esc(e.source.person) + ')' : ''}</b>
          <span>target</span><b>${e.target ? esc(e.target.name) + (e.target.person ? ' (' + esc(e.target.person) + ')' : '') : '–'}</b>
          <span>mode</span><b data-testid="event-mode">${esc(e.mode)}</b>
          <span>claimant</span><b data-testid="event-claimant">${e.claimant ? esc(e.claimant.code) + ' · ' + esc(e.claimant.name) : '– (the source itself)'}</b>
          <span>CAMEO</span><b>${esc(e.cameo)}</b><span>lexicon</span><b>${esc(e.lexicon)}</b></div>` : ''}
      </div>`).join('');
      list.querySelectorAll('.ev-card').forEach(c => c.addEventListener('click', ev => { if (!ev.target.closest('a')) select(Number(c.dataset.event)); }));
    };

    const select = id => {
      selected = a.events.find(e => e.id === id) || selected;
      history.replaceState(null, '', '#/article/' + encodeURIComponent(a.id) + qs({ event: selected ? selected.id : undefined }));
      drawText();
      drawList();
    };
    drawText();
    drawList();
  }

  // ---- actors -------------------------------------------------------------------------------------------------

  async function renderActors(r, token) {
    const f = filtersOf(r.params);
    const page = await api('actors', { since: f.since, until: f.until, type: f.type, mode: f.mode, q: f.actor, limit: 200 });
    if (token !== renderToken) return;
    view.innerHTML = `<section class="card"><div class="card-head"><h2>Actors</h2><span class="note">${page.total} actors · most active first</span></div>
      <table class="responsive" data-testid="actors-table"><thead><tr><th>Code</th><th>Name</th><th class="num">Events</th><th class="num">As source</th><th class="num">As target</th><th class="num">Goldstein</th><th>Active</th></tr></thead><tbody>
      ${page.items.map(a => `<tr class="clickable" data-code="${esc(a.code)}"><td><a class="code" href="#/actor/${encodeURIComponent(a.code)}">${esc(a.code)}</a></td>
        <td>${esc(a.name || '')} <span class="note">${a.kind === 'unknown' ? '' : esc(a.kind)}</span></td><td class="num">${a.events}</td>
        <td class="num hide-sm">${a.asSource}</td><td class="num hide-sm">${a.asTarget}</td><td class="num">${fmt(a.goldstein)}</td>
        <td class="hide-sm">${esc(a.first || '')}${a.last && a.last !== a.first ? ' – ' + esc(a.last) : ''}</td></tr>`).join('')}
      </tbody></table></section>`;
    view.querySelectorAll('tr[data-code]').forEach(tr => tr.addEventListener('click', ev => { if (!ev.target.closest('a')) go('actor', tr.dataset.code); }));
  }

  function partnerList(items, hostile) {
    if (!items.length) return '<div class="note">None in these events.</div>';
    const max = Math.max(...items.map(p => Math.abs(p.goldstein)), 1);
    return `<ul class="list">${items.map(p => `<li><div style="flex:1"><a href="#/actor/${encodeURIComponent(p.code)}"><span class="code">${esc(p.code)}</span> ${esc(p.name || '')}</a>
      <div class="bar ${hostile ? 'hostile' : ''}" style="width:${Math.max(4, 100 * Math.abs(p.goldstein) / max)}%"></div></div>
      <span class="note">${p.events} events · ${fmt(p.goldstein)}</span></li>`).join('')}</ul>`;
  }

  async function renderActor(r, token) {
    const f = filtersOf(r.params);
    const a = await api('actors/' + encodeURIComponent(r.arg), { since: f.since, until: f.until });
    if (token !== renderToken) return;
    view.innerHTML = `
      <div class="grid">
        <section class="card span-12" data-testid="actor-page">
          <div class="actor-head"><span class="actor-code" data-testid="actor-code">${esc(a.code)}</span>
            <div><h1 data-testid="actor-name">${esc(a.name || a.code)}</h1><div class="note">${esc(a.kind)} · ${a.events} events (${a.asSource} as source, ${a.asTarget} as target) · active ${esc(a.first || '?')} – ${esc(a.last || '?')} · Goldstein sum ${fmt(a.goldstein)}</div></div>
            <div style="margin-left:auto"><a href="#/events${qs({ actor: a.code })}">all its events →</a></div></div>
          <h3>Named as</h3><div class="pills">${a.names.map(n => `<span class="pill">${esc(n.value)} <span class="note">${n.count}</span></span>`).join('')}</div>
          ${a.sectors.length ? `<h3>Sectors</h3><div class="pills">${a.sectors.map(n => `<span class="pill">${esc(n.value)} <span class="note">${n.count}</span></span>`).join('')}</div>` : ''}
        </section>
        <section class="card span-4"><h2>People and offices</h2>
          ${a.people.length ? `<ul class="list" data-testid="actor-people">${a.people.map(p => `<li><div><b>${esc(p.name)}</b>${p.offices.length ? p.offices.map(o => `<div class="note">${esc(o.title)} ${o.start ? esc(o.start.slice(0, 4)) : ''}–${o.end ? esc(o.end.slice(0, 4)) : ''}</div>`).join('') : `<div class="note">${esc(p.sector || '')}</div>`}</div><span class="note">${p.events} events</span></li>`).join('')}</ul>` : '<div class="note">No named people in these events.</div>'}
          <h3>Memberships</h3>
          ${!a.allianceModel ? '<div class="note">Not available: no alliance knowledge base (data/alliances) beside the program.</div>'
            : a.memberships.length ? `<ul class="list" data-testid="actor-memberships">${a.memberships.map(m => {
                const other = m.organisation === a.code ? m.member : m.organisation;
                return `<li><span><a href="#/actor/${encodeURIComponent(other)}" class="code">${esc(other)}</a> <span class="note">${m.organisation === a.code ? 'member' : esc(m.kind)}</span></span><span class="note">${esc(m.since)}–${esc(m.until || '')}</span></li>`;
              }).join('')}</ul>` : '<div class="note">None recorded.</div>'}
          ${a.allianceModel ? `<h3>Treaties</h3>${a.treaties.length ? `<ul class="list" data-testid="actor-treaties">${a.treaties.map(t => `<li><span>${esc(t.name)}<div class="note">${t.parties.length > 8 ? t.parties.length + ' parties' : t.parties.map(esc).join(', ')}${t.obligations.length ? ' · ' + t.obligations.map(esc).join(', ') : ''}</div></span><span class="note">${esc(t.signed)}${t.ended ? '–' + esc(t.ended) : ''}</span></li>`).join('')}</ul>` : '<div class="note">None recorded.</div>'}` : ''}
        </section>
        <section class="card span-4" data-testid="actor-partners"><h2>Top partners</h2>${partnerList(a.partners, false)}</section>
        <section class="card span-4" data-testid="actor-adversaries"><h2>Top adversaries</h2>${partnerList(a.adversaries, true)}</section>
        <section class="card span-4"><h2>What it does</h2><div id="actor-types" class="chart" style="height:${Math.max(160, 26 * a.types.length + 30)}px"></div></section>
        <section class="card span-8"><h2>Recent events</h2>${eventsTable(a.recent, { compact: true })}</section>
      </div>`;
    bindEventRows(view);
    if (a.types.length) {
      chart(document.getElementById('actor-types'), {
        grid: { left: 90, right: 20, top: 6, bottom: 20 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: a.types.map(t => t.value).reverse(), axisLabel: { fontSize: 10 } },
        tooltip: {},
        series: [{ type: 'bar', data: a.types.map(t => t.count).reverse(), itemStyle: { color: COLORS.accent }, barMaxWidth: 16 }],
      });
    }
  }

  // ---- articles and search ------------------------------------------------------------------------------------

  async function renderArticles(r, token) {
    const f = filtersOf(r.params);
    const offset = Number(r.params.get('offset') || 0);
    const page = await api('articles', { q: f.text, offset, limit: 50 });
    if (token !== renderToken) return;
    view.innerHTML = `<section class="card"><div class="card-head"><h2>Articles</h2><span class="note">${page.total} stored · newest first</span></div>
      <table class="responsive" data-testid="articles-table"><thead><tr><th>Published</th><th>Title</th><th class="num">Events</th><th>Source</th></tr></thead><tbody>
      ${page.items.map(a => `<tr class="clickable" data-article="${esc(a.id)}"><td>${esc(a.published || '')}</td><td><a href="#/article/${encodeURIComponent(a.id)}">${esc(a.title || a.id)}</a></td>
        <td class="num">${a.events}</td><td class="hide-sm">${esc(a.source || '')}</td></tr>`).join('')}</tbody></table>
      <div class="pager"><button id="prev" ${offset === 0 ? 'disabled' : ''}>← Previous</button><span></span><button id="next" ${page.next ? '' : 'disabled'}>Next →</button></div></section>`;
    view.querySelectorAll('tr[data-article]').forEach(tr => tr.addEventListener('click', ev => { if (!ev.target.closest('a')) go('article', tr.dataset.article); }));
    document.getElementById('prev').addEventListener('click', () => go('articles', null, Object.assign({}, f, { offset: Math.max(0, offset - 50) || undefined })));
    document.getElementById('next').addEventListener('click', () => go('articles', null, Object.assign({}, f, { offset: offset + 50 })));
  }

  async function renderSearch(r, token) {
    const q = r.params.get('q') || '';
    document.getElementById('search-input').value = q;
    const page = await api('search', { q, limit: 50 });
    if (token !== renderToken) return;
    view.innerHTML = `<section class="card" data-testid="search-results"><div class="card-head"><h2>Sentences matching “${esc(q)}”</h2><span class="note">${page.total} found</span></div>
      ${page.items.length ? page.items.map(h => {
        let text = '', at = 0;
        h.matches.forEach(m => { text += esc(h.text.slice(at, m.start)) + '<mark>' + esc(h.text.slice(m.start, m.end)) + '</mark>'; at = m.end; });
        text += esc(h.text.slice(at));
        return `<div class="hit" data-article="${esc(h.article)}" data-sentence="${h.sentenceIndex}" data-testid="search-hit">
          <div>${text}</div><div class="note">${esc(h.title || h.article)} · sentence ${h.sentenceIndex + 1}${h.events ? ' · ' + h.events + ' events' : ''}</div></div>`;
      }).join('') : '<div class="empty">Nothing found.</div>'}</section>`;
    view.querySelectorAll('.hit').forEach(d => d.addEventListener('click', () => go('article', d.dataset.article, { sentence: d.dataset.sentence })));
  }

  // ---- router -------------------------------------------------------------------------------------------------

  const VIEWS = { overview: renderOverview, events: renderEvents, article: renderArticle, actors: renderActors, actor: renderActor, articles: renderArticles, search: renderSearch };

  async function render() {
    const r = route();
    const token = ++renderToken;
    disposeCharts();
    syncFilterForm(r.params);
    document.querySelectorAll('.tabs a').forEach(a => a.classList.toggle('active', a.dataset.route === r.name || (r.name === 'actor' && a.dataset.route === 'actors') || (r.name === 'article' && a.dataset.route === 'articles')));
    view.innerHTML = '<div class="loading">Loading…</div>';
    document.body.dataset.ready = 'false';
    try {
      await (VIEWS[r.name] || renderOverview)(r, token);
    } catch (e) {
      if (token === renderToken) showError(e);
    }
    if (token === renderToken) document.body.dataset.ready = 'true';
  }

  window.addEventListener('hashchange', render);
  window.addEventListener('resize', () => { charts.forEach(c => c.resize()); if (graph) graph.resize(); });
  loadLookups();
  render();
})();
