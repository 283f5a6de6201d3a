/*
 * Terpadu: the Cockpit plugin "SLA" (docs/adr/0011-cockpit-sla-plugin.md).
 * Plugin points: a menu entry (cockpit.navigation), the page #/sla (cockpit.route) and a short summary on the
 * Cockpit start page (cockpit.dashboard). Data: GET <cockpitApi>/plugin/sla/<engine>/dashboard, already scoped
 * to the logged-in user's regions by the server. Every text here is Bahasa Indonesia; values are inserted as
 * text nodes, never as HTML.
 */

const ROUTE = '/sla';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== false) {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat().forEach((child) => {
    if (child === undefined || child === null || child === false) {
      return;
    }
    node.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  });
  return node;
}

function dataUrl(api) {
  return `${api.cockpitApi}/plugin/sla/${api.engine}/dashboard`;
}

async function loadDashboard(api) {
  const response = await fetch(dataUrl(api), {
    credentials: 'same-origin',
    headers: {Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken || ''}
  });
  if (response.status === 401) {
    throw new Error('Sesi Anda telah berakhir. Silakan masuk kembali.');
  }
  if (response.status === 403) {
    throw new Error('Dasbor SLA hanya tersedia untuk supervisor, kepala unit dan administrator.');
  }
  if (!response.ok) {
    throw new Error(`Data SLA tidak dapat dimuat (kode ${response.status}).`);
  }
  return response.json();
}

function formatDate(iso, timeZone, zone) {
  if (!iso) {
    return '–';
  }
  const options = {day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit'};
  try {
    return `${new Intl.DateTimeFormat('id-ID', {...options, timeZone}).format(new Date(iso))} ${zone || ''}`.trim();
  } catch (e) {
    return new Date(iso).toLocaleString('id-ID');
  }
}

/** How long past due at the server's time: "3 hari 4 jam", "5 jam 10 menit", "12 menit". */
function overdue(iso, now) {
  if (!iso) {
    return '–';
  }
  let minutes = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60000));
  const days = Math.floor(minutes / 1440);
  minutes -= days * 1440;
  const hours = Math.floor(minutes / 60);
  minutes -= hours * 60;
  if (days > 0) {
    return hours > 0 ? `${days} hari ${hours} jam` : `${days} hari`;
  }
  if (hours > 0) {
    return minutes > 0 ? `${hours} jam ${minutes} menit` : `${hours} jam`;
  }
  return `${minutes} menit`;
}

function percent(part, total) {
  return total > 0 ? `${Math.round((part * 100) / total)}%` : '–';
}

function regionsText(data) {
  if (data.allRegions) {
    return 'Semua wilayah';
  }
  if (!data.regions || data.regions.length === 0) {
    return 'Tidak ada wilayah unit pada akun Anda';
  }
  return data.regions.map((r) => `${r.name} (${r.code})`).join(', ');
}

function statCard(label, value, note, modifier) {
  return el('div', {class: `terpadu-sla-stat ${modifier || ''}`.trim()},
    el('div', {class: 'terpadu-sla-stat-value'}, String(value)),
    el('div', {class: 'terpadu-sla-stat-label'}, label),
    note ? el('div', {class: 'terpadu-sla-stat-note'}, note) : null);
}

function stats(data) {
  const done = data.lastThirtyDays;
  return el('div', {class: 'terpadu-sla-stats'},
    statCard('Tenggat terlewati, masih terbuka', data.breaches.length, 'tugas', data.breaches.length ? 'is-alert' : ''),
    statCard('Selesai tepat waktu', done.onTime, `30 hari terakhir · ${percent(done.onTime, done.total)}`, 'is-good'),
    statCard('Selesai terlambat', done.late, `30 hari terakhir · ${percent(done.late, done.total)}`,
      done.late ? 'is-warn' : ''),
    statCard('Tugas selesai', done.total, '30 hari terakhir'));
}

function breachTable(breaches, now) {
  const head = el('thead', {}, el('tr', {},
    ['No. kasus', 'Tugas', 'Tahap', 'Tenggat', 'Lewat tenggat', 'Level', 'Pelaksana', 'Mitra layanan', '']
      .map((h) => el('th', {}, h))));
  const rows = breaches.map((b) => el('tr', {'data-case-number': b.caseNumber || '', 'data-task-id': b.taskId},
    el('td', {class: 'terpadu-sla-case'}, b.caseNumber || '–'),
    el('td', {}, b.taskName || '–'),
    el('td', {}, b.stageLabel || b.stage),
    el('td', {}, formatDate(b.dueAt, b.timeZone, b.zone)),
    el('td', {title: `Tercatat ${formatDate(b.breachedAt, b.timeZone, b.zone)}`}, overdue(b.dueAt, now)),
    el('td', {}, el('span', {class: `terpadu-sla-level level-${b.level}`}, `Level ${b.level}`)),
    el('td', {}, b.assignee ? b.assigneeName : el('em', {}, 'belum diambil')),
    el('td', {}, b.agencyCode ? b.agencyName : '–'),
    el('td', {}, el('a', {href: b.link, title: 'Buka instans proses di Cockpit'}, 'Buka proses'))));
  return el('table', {class: 'table table-condensed terpadu-sla-table'}, head, el('tbody', {}, rows));
}

const GROUPINGS = [
  {key: 'byStage', label: 'Per tahap'},
  {key: 'byAgency', label: 'Per mitra layanan'},
  {key: 'byCaseworker', label: 'Per pelaksana'}
];

function groupsView(data, grouping, now) {
  const groups = data[grouping];
  if (!groups || groups.length === 0) {
    return el('p', {class: 'terpadu-sla-empty'}, 'Tidak ada tenggat terlewati yang masih terbuka di wilayah Anda.');
  }
  return el('div', {class: 'terpadu-sla-groups'}, groups.map((g) => el('section', {class: 'terpadu-sla-group'},
    el('h4', {}, `${g.label} `, el('span', {class: 'badge'}, String(g.count))),
    breachTable(g.breaches, now))));
}

function renderPage(root, data) {
  // The engine's clock decides what is overdue, not the browser's.
  const now = Date.parse(data.generatedAt) || Date.now();
  let grouping = 'byStage';
  const body = el('div', {class: 'terpadu-sla-body'});
  const buttons = GROUPINGS.map((g) => {
    const button = el('button', {type: 'button', class: 'btn btn-default', 'data-grouping': g.key}, g.label);
    button.addEventListener('click', () => {
      grouping = g.key;
      update();
    });
    return button;
  });
  function update() {
    buttons.forEach((b) => b.classList.toggle('active', b.getAttribute('data-grouping') === grouping));
    body.replaceChildren(groupsView(data, grouping, now));
  }
  root.replaceChildren(
    el('p', {class: 'terpadu-sla-scope'}, `Wilayah: ${regionsText(data)} · diperbarui ${
      formatDate(data.generatedAt, Intl.DateTimeFormat().resolvedOptions().timeZone, '')}`),
    stats(data),
    el('div', {class: 'btn-group terpadu-sla-grouping', role: 'group', 'aria-label': 'Kelompokkan'}, buttons),
    body);
  update();
}

function renderSlaPage(node, {api}) {
  const content = el('div', {class: 'terpadu-sla-content', 'aria-live': 'polite'},
    el('p', {class: 'terpadu-sla-loading'}, 'Memuat data SLA…'));
  const reload = el('button', {type: 'button', class: 'btn btn-default btn-sm terpadu-sla-reload'}, 'Muat ulang');
  const page = el('div', {class: 'terpadu-sla', 'data-sla-state': 'loading'},
    el('div', {class: 'terpadu-sla-header'},
      el('h1', {}, 'SLA: tenggat layanan terlewati'),
      reload),
    el('p', {class: 'terpadu-sla-intro'},
      'Tugas yang melewati tenggat dan belum selesai, dari yang paling lama menunggu. ',
      'Hanya nomor kasus yang ditampilkan, tanpa identitas anak.'),
    content);
  node.replaceChildren(page);
  async function load() {
    page.setAttribute('data-sla-state', 'loading');
    try {
      const data = await loadDashboard(api);
      renderPage(content, data);
      page.setAttribute('data-sla-state', 'loaded');
    } catch (e) {
      content.replaceChildren(el('div', {class: 'alert alert-danger'}, e.message));
      page.setAttribute('data-sla-state', 'error');
    }
  }
  reload.addEventListener('click', load);
  load();
}

function renderDashboardSummary(node, {api}) {
  const box = el('section', {class: 'terpadu-sla-summary', 'data-sla-state': 'loading'},
    el('h3', {}, 'SLA'), el('p', {}, 'Memuat data SLA…'));
  node.replaceChildren(box);
  loadDashboard(api).then((data) => {
    const done = data.lastThirtyDays;
    box.replaceChildren(
      el('h3', {}, 'SLA'),
      el('p', {},
        el('strong', {}, String(data.breaches.length)), ' tenggat terlewati masih terbuka · 30 hari terakhir: ',
        el('strong', {}, String(done.onTime)), ' tugas selesai tepat waktu, ',
        el('strong', {}, String(done.late)), ' terlambat. ',
        el('a', {href: `#${ROUTE}`}, 'Buka dasbor SLA')));
    box.setAttribute('data-sla-state', 'loaded');
  }).catch(() => {
    // Users without an SLA view (or a failed load) see no summary.
    node.replaceChildren();
  });
}

export default [
  {
    id: 'terpadu.sla.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    properties: {
      path: ROUTE,
      checkActive: (url) => url.indexOf(`#${ROUTE}`) > -1
    },
    render: (node) => {
      node.replaceChildren(el('a', {href: `#${ROUTE}`, class: 'terpadu-sla-nav', title: 'Tenggat layanan terlewati'},
        'SLA'));
    }
  },
  {
    id: 'terpadu.sla.route',
    pluginPoint: 'cockpit.route',
    properties: {
      path: ROUTE,
      label: 'SLA'
    },
    render: renderSlaPage
  },
  {
    id: 'terpadu.sla.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 10,
    label: 'SLA',
    render: renderDashboardSummary
  }
];
