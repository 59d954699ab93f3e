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

  async function api(path, accept) {
    const headers = { Accept: accept || 'application/json', 'Accept-Language': 'nl' };
    if (apiKey()) headers.Authorization = 'Bearer ' + apiKey();
    const response = await fetch(path, { headers });
    if (!response.ok) {
      let message = response.status + ' ' + response.statusText;
      try {
        const problem = await response.json();
        message = response.status + ': ' + (problem.title || '') + (problem.detail ? ' ' + problem.detail : '');
      } catch { /* not problem+json */ }
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return response;
  }

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

  function download(label, path, accept, fileName) {
    const button = element('button', { type: 'button' }, label);
    button.addEventListener('click', async () => {
      const blob = await (await api(path, accept)).blob();
      const link = element('a', { href: URL.createObjectURL(blob), download: fileName });
      link.click();
      URL.revokeObjectURL(link.href);
    });
    return button;
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

  function findingsList(findings) {
    if (findings.length === 0) return element('p', { class: 'none' }, 'Geen bevindingen: de begroting sluit.');
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

  async function scenario(summary) {
    const article = element('article', { class: 'scenario', 'data-scenario-id': summary.id });
    article.append(element('h3', {}, summary.organisation + ': ' + summary.name));
    article.append(element('p', { class: 'meta' }, 'versie ' + summary.version + ' · ' + summary.id));
    const figure = element('figure', { class: 'chart' });
    article.append(figure);
    const downloads = element('div', { class: 'downloads' });
    downloads.append(download('Reconciliatie als CSV', '/v1/scenarios/' + summary.id + '/reconciliation', 'text/csv', 'reconciliation-' + summary.id + '.csv'));
    downloads.append(download('Scenario als JSON', '/v1/scenarios/' + summary.id + '/export', 'application/json', summary.id + '.json'));
    article.append(downloads);
    const balances = element('div', { class: 'table-scroll' });
    article.append(balances);
    article.append(element('h4', {}, 'Bevindingen'));
    $('scenario-list').append(article);
    const [reconciliation] = await Promise.all([
      api('/v1/scenarios/' + summary.id + '/reconciliation').then((r) => r.json()),
      chart('/v1/scenarios/' + summary.id + '/reconciliation.svg', figure),
    ]);
    balances.append(balanceTable(reconciliation));
    article.append(findingsList(reconciliation.findings));
  }

  async function breakdown(centrumgemeente, year, article) {
    const base = '/v1/centrumgemeenten/' + encodeURIComponent(centrumgemeente.code) + '/duvo/' + year + '/breakdown';
    const section = element('section', { class: 'duvo-year', 'data-year': String(year) });
    section.append(element('h4', {}, String(year)));
    const figure = element('figure', { class: 'chart' });
    section.append(figure);
    const downloads = element('div', { class: 'downloads' });
    downloads.append(download('Besteding als CSV', base, 'text/csv', 'duvo-' + centrumgemeente.code + '-' + year + '.csv'));
    section.append(downloads);
    article.append(section);
    try {
      const [json] = await Promise.all([api(base).then((r) => r.json()), chart(base + '.svg', figure)]);
      section.append(findingsList(json.findings));
    } catch (error) {
      // A year whose payment is not known yet (409) is shown as such; the rest of the page still loads.
      figure.remove();
      section.append(element('p', { class: 'meta' }, error.message));
    }
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
    $('status').className = '';
    $('status').textContent = 'Laden…';
    $('scenario-list').replaceChildren();
    $('key-state').textContent = apiKey() ? 'sleutel in gebruik (alleen dit tabblad)' : 'geen sleutel';
    try {
      const page = await (await api('/v1/scenarios?pageSize=100')).json();
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
    load();
  });
})();
