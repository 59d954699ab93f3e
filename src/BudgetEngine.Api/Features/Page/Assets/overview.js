// BudgetEngine overview: reads the API with the API key kept in sessionStorage (never in localStorage or a cookie).
// A key may also be handed over in the URL fragment (#key=...), which is removed from the address bar at once.
// Text from the API is only ever set with textContent; the charts are SVG documents the API drew itself.
(() => {
  'use strict';
  const storageKey = 'budgetengine.apiKey';
  const $ = (id) => document.getElementById(id);

  function takeKeyFromFragment() {
    const fragment = new URLSearchParams(location.hash.slice(1));
    const key = fragment.get('key');
    if (key) {
      sessionStorage.setItem(storageKey, key);
      history.replaceState(null, '', location.pathname + location.search);
    }
  }

  function apiKey() { return sessionStorage.getItem(storageKey) || ''; }

  // Every call asks for Dutch texts (findings, errors); a problem becomes an Error carrying the problem itself.
  async function api(path, accept, init) {
    const headers = Object.assign({ Accept: accept || 'application/json', 'Accept-Language': 'nl' }, (init && init.headers) || {});
    if (apiKey()) headers.Authorization = 'Bearer ' + apiKey();
    const response = await fetch(path, Object.assign({}, init || {}, { headers }));
    if (!response.ok) {
      let message = response.status + ' ' + response.statusText;
      let problem = null;
      try {
        problem = await response.json();
        message = response.status + ': ' + (problem.title || '') + (problem.detail ? ' ' + problem.detail : '');
      } catch { /* not problem+json */ }
      const error = new Error(message);
      error.status = response.status;
      error.problem = problem;
      throw error;
    }
    return response;
  }

  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const scenarios = new Map(); // id -> summary (with its etag), as last read

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  async function chart(path, container) {
    const text = await (await api(path, 'image/svg+xml')).text();
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    if (svg.nodeName !== 'svg') throw new Error('The chart is not an SVG image.');
    container.replaceChildren(document.importNode(svg, true));
  }

  // A button that downloads path as accept; path may be a function (the current toggles' query).
  function download(label, path, accept, fileName) {
    const button = element('button', { type: 'button', 'data-download': fileName }, label);
    button.addEventListener('click', async () => {
      const blob = await (await api(typeof path === 'function' ? path() : path, accept)).blob();
      const link = element('a', { href: URL.createObjectURL(blob), download: fileName });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    });
    return button;
  }

  // "2020", "2020 en 2021", "2019, 2020 en 2021".
  function dutchList(items) {
    return items.length <= 1 ? items.join('') : items.slice(0, -1).join(', ') + ' en ' + items[items.length - 1];
  }

  // A year does not close when the budget or a source ends it below zero, or part of the costs has no money (Ongedekt).
  function openYears(reconciliation) {
    return reconciliation.years
      .filter((y) => y.closingBalance < 0 || y.unfunded.closingBalance < 0 || y.bySource.some((s) => s.shortfall > 0 || s.closingBalance < 0))
      .map((y) => String(y.year));
  }

  function verdict(reconciliation) {
    const open = openYears(reconciliation);
    return open.length === 0
      ? element('p', { class: 'verdict closes' }, 'Sluit')
      : element('p', { class: 'verdict open' }, 'Sluit niet in ' + dutchList(open));
  }

  const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });

  function amountCell(amount) {
    return element('td', { class: amount < 0 ? 'amount negative' : 'amount' }, euros.format(amount));
  }

  // Per year: each source, "Ongedekt" (what belongs to no source) and the budget as a whole; the sources plus Ongedekt
  // add up to the budget in every column.
  function balanceTable(reconciliation) {
    const table = element('table', { class: 'balances' });
    table.append(element('caption', {}, 'Per jaar en bron'));
    const head = element('tr');
    for (const title of ['Jaar', 'Bron', 'Beginsaldo', 'Baten', 'Lasten', 'Vervallen', 'Resultaat']) head.append(element('th', { scope: 'col' }, title));
    const thead = element('thead');
    thead.append(head);
    table.append(thead);
    const body = element('tbody');
    for (const year of reconciliation.years) {
      const rows = year.bySource.map((s) => ({ label: s.source, kind: 'source', opening: s.openingBalance, income: s.income, costs: s.costs - s.deficitToUnfunded, lapsed: s.lapsed, closing: s.closingBalance }));
      const u = year.unfunded;
      rows.push({ label: 'Ongedekt', kind: 'unfunded', opening: u.openingBalance, income: u.income, costs: u.costs + u.deficitsFromSources, lapsed: 0, closing: u.closingBalance });
      rows.push({ label: 'Totaal', kind: 'total', opening: year.openingBalance, income: year.income, costs: year.costs, lapsed: year.lapsed, closing: year.closingBalance });
      for (const row of rows) {
        const tr = element('tr', { class: row.kind, 'data-year': String(year.year), 'data-source': row.label });
        tr.append(element('th', { scope: 'row' }, String(year.year)), element('td', {}, row.label));
        for (const amount of [row.opening, row.income, row.costs, row.lapsed, row.closing]) tr.append(amountCell(amount));
        body.append(tr);
      }
    }
    table.append(body);
    return table;
  }

  // When the scenario gives actuals: per year, the budget as a whole and each source, begroting, realisatie and verschil
  // (realisatie minus begroting) of baten, lasten and resultaat side by side.
  function realisatieTable(reconciliation) {
    if (!reconciliation.years.some((y) => y.realisatie)) return null;
    const table = element('table', { class: 'balances realisatie' });
    table.append(element('caption', {}, 'Begroting en realisatie'));
    const groups = element('tr');
    groups.append(element('th', { scope: 'col', colspan: '2' }, ''));
    for (const title of ['Baten', 'Lasten', 'Resultaat']) groups.append(element('th', { scope: 'colgroup', colspan: '3' }, title));
    const head = element('tr');
    for (const title of ['Jaar', 'Bron']) head.append(element('th', { scope: 'col' }, title));
    for (let i = 0; i < 3; i++) for (const title of ['begroting', 'realisatie', 'verschil']) head.append(element('th', { scope: 'col' }, title));
    const thead = element('thead');
    thead.append(groups, head);
    table.append(thead);
    const body = element('tbody');
    for (const year of reconciliation.years) {
      if (!year.realisatie) continue;
      const rows = year.realisatie.bySource.map((s) => ({ label: s.source, kind: 'source', figures: s }));
      rows.push({ label: 'Totaal', kind: 'total', figures: year.realisatie });
      for (const row of rows) {
        const tr = element('tr', { class: row.kind, 'data-year': String(year.year), 'data-source': row.label });
        tr.append(element('th', { scope: 'row' }, String(year.year)), element('td', {}, row.label));
        const f = row.figures;
        for (const field of ['income', 'costs', 'closingBalance']) {
          for (const amount of [f.budgeted[field], f.actual[field], f.difference[field]]) tr.append(amountCell(amount));
        }
        body.append(tr);
      }
    }
    table.append(body);
    return table;
  }

  function findingsList(findings, none) {
    if (findings.length === 0) return element('p', { class: 'none' }, none || 'Geen bevindingen.');
    const list = element('ul', { class: 'findings' });
    for (const finding of findings) {
      const item = element('li', { class: finding.severity, 'data-code': finding.code });
      item.append(element('span', { class: 'code' }, finding.code));
      const where = [finding.year, finding.source, finding.line].filter((part) => part !== null && part !== undefined).join(' · ');
      if (where) item.append(element('span', { class: 'where' }, where + ': '));
      item.append(element('span', { class: 'message' }, finding.message));
      list.append(item);
    }
    return list;
  }

  function query(toggles) {
    const parts = [];
    if (toggles.withoutConditional.checked) parts.push('includeConditional=false');
    if (toggles.proRata.checked) parts.push('recognition=pro-rata');
    if (toggles.actuals.checked) parts.push('basis=actuals');
    return parts.length ? '?' + parts.join('&') : '';
  }

  function toggle(id, label) {
    const input = element('input', { type: 'checkbox', id });
    const wrapper = element('label', { for: id });
    wrapper.append(input, ' ' + label);
    return { input, wrapper };
  }

  async function scenario(summary) {
    scenarios.set(summary.id, summary);
    const base = '/v1/scenarios/' + summary.id;
    const article = element('article', { class: 'scenario', 'data-scenario-id': summary.id });
    article.append(element('h3', {}, summary.organisation + ': ' + summary.name));
    article.append(element('p', { class: 'meta' }, 'versie ' + summary.version + ' · ' + summary.id));
    const verdictSlot = element('div', { class: 'verdict-slot', 'aria-live': 'polite' });
    article.append(verdictSlot);
    const withoutConditional = toggle('wc-' + summary.id, 'zonder geld onder voorbehoud');
    const proRata = toggle('pr-' + summary.id, 'baten naar rato (per maand)');
    const toggles = element('fieldset', { class: 'toggles' });
    const actuals = toggle('ac-' + summary.id, 'op de realisatie (waar bekend)');
    toggles.append(element('legend', {}, 'Wat als'), withoutConditional.wrapper, proRata.wrapper, actuals.wrapper);
    article.append(toggles);
    const state = { withoutConditional: withoutConditional.input, proRata: proRata.input, actuals: actuals.input };
    const balances = element('div', { class: 'table-scroll' });
    article.append(balances);
    const realisatie = element('div', { class: 'table-scroll realisatie-slot' });
    article.append(realisatie);
    const figure = element('figure', { class: 'chart' });
    article.append(figure);
    const downloads = element('div', { class: 'downloads' });
    downloads.append(download('Reconciliatie als Excel', () => base + '/reconciliation' + query(state), xlsx, 'reconciliatie-' + summary.id + '.xlsx'));
    downloads.append(download('Reconciliatie als CSV', () => base + '/reconciliation' + query(state), 'text/csv', 'reconciliatie-' + summary.id + '.csv'));
    downloads.append(download('Begroting als Excel', base + '/export', xlsx, 'begroting-' + summary.id + '.xlsx'));
    downloads.append(download('Scenario als JSON', base + '/export', 'application/json', summary.id + '.json'));
    article.append(downloads);
    article.append(element('h4', {}, 'Bevindingen'));
    const findings = element('div', { class: 'findings-slot' });
    article.append(findings);
    $('scenario-list').append(article);

    async function show() {
      const q = query(state);
      article.dataset.query = q;
      const [reconciliation] = await Promise.all([
        api(base + '/reconciliation' + q).then((r) => r.json()),
        chart(base + '/reconciliation.svg' + q, figure),
      ]);
      verdictSlot.replaceChildren(verdict(reconciliation));
      balances.replaceChildren(balanceTable(reconciliation));
      const comparison = realisatieTable(reconciliation);
      realisatie.replaceChildren(...(comparison ? [comparison] : []));
      findings.replaceChildren(findingsList(reconciliation.findings));
      article.dataset.shown = q || 'standaard';
    }
    for (const input of [state.withoutConditional, state.proRata, state.actuals]) input.addEventListener('change', () => show().catch((error) => { verdictSlot.textContent = error.message; }));
    await show();
  }

  function options(select, selected) {
    select.replaceChildren();
    for (const summary of scenarios.values()) {
      select.append(element('option', { value: summary.id }, summary.organisation + ': ' + summary.name + ' (versie ' + summary.version + ')'));
    }
    if (selected) select.value = selected;
  }

  function fillForms() {
    const target = $('upload-target');
    const chosen = target.value;
    target.replaceChildren(element('option', { value: '' }, 'nieuw scenario'));
    for (const summary of scenarios.values()) {
      target.append(element('option', { value: summary.id }, 'nieuwe versie van ' + summary.organisation + ': ' + summary.name + ' (nu versie ' + summary.version + ')'));
    }
    target.value = scenarios.has(chosen) ? chosen : '';
    const ids = [...scenarios.keys()];
    options($('compare-base'), $('compare-base').value || ids[0]);
    options($('compare-other'), $('compare-other').value || ids[1] || ids[0]);
  }

  async function upload(event) {
    event.preventDefault();
    const state = $('upload-state');
    const file = $('upload-file').files[0];
    if (!file) { state.textContent = 'Kies eerst een bestand.'; return; }
    const isXlsx = /\.xlsx$/i.test(file.name) || file.type === xlsx;
    const target = $('upload-target').value;
    const organisation = $('upload-organisation').value.trim();
    const path = (target ? '/v1/scenarios/' + encodeURIComponent(target) + '/import' : '/v1/scenarios/import') + (organisation ? '?organisation=' + encodeURIComponent(organisation) : '');
    const headers = { 'Content-Type': isXlsx ? xlsx : 'text/csv' };
    if (target) headers['If-Match'] = scenarios.get(target).etag;
    state.className = '';
    state.textContent = 'Inlezen…';
    try {
      const stored = await (await api(path, 'application/json', { method: target ? 'PUT' : 'POST', headers, body: await file.arrayBuffer() })).json();
      state.className = 'state-ok';
      state.textContent = 'Ingelezen: ' + stored.scenario.organisation + ': ' + stored.scenario.name + ', versie ' + stored.version + '.';
      await load();
    } catch (error) {
      state.className = 'state-error';
      state.replaceChildren();
      if (error.status === 412) {
        state.append(element('p', {}, 'Niet ingelezen: het scenario is gewijzigd nadat deze pagina het las (nu ' + ((error.problem && error.problem.currentETag) || 'een nieuwere versie') + '). '
          + 'De pagina toont nu de nieuwste versie; kijk wat er veranderd is en lees uw begroting daarna opnieuw in.'));
        await load();
      } else {
        state.append(element('p', {}, 'Niet ingelezen: ' + error.message));
      }
      const errors = error.problem && error.problem.errors;
      if (errors) {
        const list = element('ul', { class: 'upload-errors' });
        for (const [where, messages] of Object.entries(errors)) list.append(element('li', {}, where + ': ' + messages.join(' ')));
        state.append(list);
      }
    }
  }

  function comparisonTable(comparison) {
    const table = element('table', { class: 'balances comparison' });
    table.append(element('caption', {}, 'Verschil per jaar en bron (andere min basis)'));
    const head = element('tr');
    for (const title of ['Jaar', 'Bron', 'Baten', 'Lasten', 'Resultaat basis', 'Resultaat andere', 'Verschil resultaat']) head.append(element('th', { scope: 'col' }, title));
    const thead = element('thead');
    thead.append(head);
    table.append(thead);
    const body = element('tbody');
    for (const year of comparison.years) {
      const rows = [{ label: 'Begroting', kind: 'total', figures: year }].concat(year.bySource.map((s) => ({ label: s.source, kind: 'source', figures: s })));
      for (const row of rows) {
        const f = row.figures;
        const changed = f.difference.income !== 0 || f.difference.costs !== 0 || f.difference.closingBalance !== 0;
        const tr = element('tr', { class: row.kind + (changed ? ' changed' : ''), 'data-year': String(year.year), 'data-source': row.label });
        tr.append(element('th', { scope: 'row' }, String(year.year)), element('td', {}, row.label));
        for (const amount of [f.difference.income, f.difference.costs, f.baseline.closingBalance, f.alternative.closingBalance, f.difference.closingBalance]) tr.append(amountCell(amount));
        body.append(tr);
      }
    }
    table.append(body);
    return table;
  }

  // What the other adds, removes or changes, line by line and year by year, and grant by grant (as a begrotingswijziging).
  const changeWords = { added: 'toegevoegd', removed: 'vervallen', changed: 'gewijzigd' };
  const statusWords = { awarded: 'toegekend', conditional: 'onder voorbehoud', rejected: 'afgewezen' };

  function changesTable(caption, headers, rows) {
    if (rows.length === 0) return element('p', { class: 'none' }, caption + ': geen.');
    const table = element('table', { class: 'balances changes' });
    table.append(element('caption', {}, caption));
    const head = element('tr');
    for (const title of headers) head.append(element('th', { scope: 'col' }, title));
    const thead = element('thead');
    thead.append(head);
    table.append(thead);
    const body = element('tbody');
    for (const row of rows) {
      const tr = element('tr', { class: row.change });
      tr.append(element('th', { scope: 'row' }, row.what));
      for (const text of row.texts) tr.append(element('td', {}, text));
      for (const amount of [row.before, row.after, row.difference]) tr.append(amountCell(amount));
      body.append(tr);
    }
    table.append(body);
    return table;
  }

  function lineChanges(lines) {
    return changesTable('Wijzigingen per regel', ['Regel', 'Jaar', 'Wijziging', 'Was', 'Wordt', 'Verschil'],
      lines.map((c) => ({ what: c.line, change: c.change, texts: [String(c.year), changeWords[c.change]], before: c.before, after: c.after, difference: c.difference })));
  }

  function grantChanges(grants) {
    return changesTable('Wijzigingen in baten', ['Bron', 'Periode', 'Wijziging', 'Status', 'Was', 'Wordt', 'Verschil'],
      grants.map((g) => ({
        what: g.source,
        change: g.change,
        texts: [(g.period.kind === 'project-year' ? 'projectjaar ' : '') + g.period.year, changeWords[g.change],
          [g.statusBefore, g.statusAfter].filter((s) => s).map((s) => statusWords[s]).join(' → ')],
        before: g.before, after: g.after, difference: g.difference,
      })));
  }

  async function compare(event) {
    event.preventDefault();
    const result = $('compare-result');
    const base = $('compare-base').value;
    const other = $('compare-other').value;
    const parts = [];
    if ($('compare-base-version').value) parts.push('version=' + encodeURIComponent($('compare-base-version').value));
    if ($('compare-other-version').value) parts.push('otherVersion=' + encodeURIComponent($('compare-other-version').value));
    const path = '/v1/scenarios/' + encodeURIComponent(base) + '/comparison/' + encodeURIComponent(other) + (parts.length ? '?' + parts.join('&') : '');
    result.textContent = 'Vergelijken…';
    try {
      const comparison = await (await api(path)).json();
      const scroll = element('div', { class: 'table-scroll' });
      scroll.append(comparisonTable(comparison), lineChanges(comparison.lines), grantChanges(comparison.grants));
      const findings = comparison.findings;
      const lists = element('div', { class: 'comparison-findings' });
      for (const [title, list] of [['Nieuw in de andere', findings.appeared], ['Verdwenen in de andere', findings.disappeared], ['Ander bedrag', findings.changed.map((c) => c.alternative)]]) {
        lists.append(element('h4', {}, title + ' (' + list.length + ')'), findingsList(list, 'Geen.'));
      }
      const downloads = element('div', { class: 'downloads' });
      downloads.append(download('Vergelijking als Excel', path, xlsx, 'vergelijking-' + base + '-' + other + '.xlsx'));
      downloads.append(download('Vergelijking als CSV', path, 'text/csv', 'vergelijking-' + base + '-' + other + '.csv'));
      result.replaceChildren(scroll, lists, downloads);
      result.dataset.state = 'ready';
    } catch (error) {
      result.textContent = 'Niet vergeleken: ' + error.message;
    }
  }

  async function breakdown(centrumgemeente, year, article) {
    const base = '/v1/centrumgemeenten/' + encodeURIComponent(centrumgemeente.code) + '/duvo/' + year + '/breakdown';
    const section = element('section', { class: 'duvo-year', 'data-year': String(year) });
    section.append(element('h4', {}, String(year)));
    const figure = element('figure', { class: 'chart' });
    section.append(figure);
    const downloads = element('div', { class: 'downloads' });
    downloads.append(download('Besteding als Excel', base, xlsx, 'duvo-' + centrumgemeente.code + '-' + year + '.xlsx'));
    downloads.append(download('Besteding als CSV', base, 'text/csv', 'duvo-' + centrumgemeente.code + '-' + year + '.csv'));
    section.append(downloads);
    article.append(section);
    try {
      const [json] = await Promise.all([api(base).then((r) => r.json()), chart(base + '.svg', figure)]);
      if (json.cofinancing.length > 0) {
        const scroll = element('div', { class: 'table-scroll' });
        scroll.append(cofinancingTable(json.cofinancing));
        section.append(scroll);
      }
      section.append(findingsList(json.findings));
    } catch (error) {
      // A year whose payment is not known yet (409) is shown as such; the rest of the page still loads.
      figure.remove();
      section.append(element('p', { class: 'meta' }, error.message));
    }
  }

  function cofinancingTable(parts) {
    const table = element('table', { class: 'balances cofinancing' });
    table.append(element('caption', {}, 'Cofinanciering per regiogemeente'));
    const head = element('tr');
    for (const title of ['CBS-code', 'Gemeente', 'Grondslag', 'Bedrag']) head.append(element('th', { scope: 'col' }, title));
    const thead = element('thead');
    thead.append(head);
    table.append(thead);
    const body = element('tbody');
    for (const part of parts) {
      const tr = element('tr', { 'data-code': part.code });
      tr.append(element('th', { scope: 'row' }, part.code), element('td', {}, part.name),
        element('td', {}, part.basis === 'inhabitants' ? (part.inhabitants || 0).toLocaleString('nl-NL') + ' inwoners' : 'vast aandeel ' + String(part.fixedShare).replace('.', ',') + '%'),
        amountCell(part.amount));
      body.append(tr);
    }
    const total = element('tr', { class: 'total' });
    total.append(element('th', { scope: 'row' }, 'Totaal'), element('td', {}, ''), element('td', {}, ''), amountCell(parts.reduce((sum, p) => sum + p.amount, 0)));
    body.append(total);
    table.append(body);
    return table;
  }

  async function centrumgemeenten() {
    const list = await (await api('/v1/centrumgemeenten')).json();
    const withPlans = list.filter((c) => c.planYears.length > 0);
    $('duvo').hidden = withPlans.length === 0;
    $('duvo-list').replaceChildren();
    await Promise.all(withPlans.map(async (centrumgemeente) => {
      const article = element('article', { class: 'breakdown', 'data-centrumgemeente': centrumgemeente.code });
      article.append(element('h3', {}, (centrumgemeente.name || centrumgemeente.code) + ' (' + centrumgemeente.code + ')'));
      article.append(element('p', { class: 'meta' }, centrumgemeente.regiogemeenten.length + ' regiogemeenten'));
      $('duvo-list').append(article);
      for (const year of centrumgemeente.planYears) await breakdown(centrumgemeente, year, article);
    }));
  }

  async function load() {
    document.body.dataset.state = 'loading';
    scenarios.clear();
    $('status').className = '';
    $('status').textContent = 'Laden…';
    $('scenario-list').replaceChildren();
    $('key-state').textContent = apiKey() ? 'sleutel in gebruik (alleen dit tabblad)' : 'geen sleutel';
    try {
      const page = await (await api('/v1/scenarios?pageSize=100')).json();
      for (const summary of page.items) scenarios.set(summary.id, summary);
      fillForms();
      await Promise.all([...page.items.map(scenario), centrumgemeenten()]);
      $('status').textContent = page.totalCount === 0 ? 'Nog geen scenario\'s.' : page.totalCount + ' scenario\'s.';
      document.body.dataset.state = 'ready';
    } catch (error) {
      $('status').className = 'error';
      $('status').textContent = error.status === 401 || error.status === 403
        ? 'De API vraagt een geldige sleutel: plak uw API-sleutel hierboven. (' + error.message + ')'
        : 'Het overzicht kon niet geladen worden: ' + error.message;
      document.body.dataset.state = 'error';
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    takeKeyFromFragment();
    $('key-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const key = $('api-key').value.trim();
      if (key) sessionStorage.setItem(storageKey, key);
      $('api-key').value = '';
      load();
    });
    $('forget-key').addEventListener('click', () => { sessionStorage.removeItem(storageKey); load(); });
    $('upload-form').addEventListener('submit', upload);
    $('compare-form').addEventListener('submit', compare);
    load();
  });
})();
