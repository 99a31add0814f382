// Staff console: the token is entered once per browser tab (sessionStorage, gone when the tab
// closes), then each button is one POST to /api/queue/counters/:id/<action>. The "Hồ sơ" tab
// moves an application through its statuses: POST /api/staff/applications/:code/status.
import { currentLang, t } from './i18n.js';

const TOKEN_KEY = 'dvc-staff-token';
const COUNTER_KEY = 'dvc-staff-counter';
const $ = (id) => document.getElementById(id);
const form = $('token-form');
const consoleBox = $('console');
const select = $('counter');
const result = $('result');
const waiting = $('waiting');
let snapshot = null;
/** The number each counter was serving, to name it after Done / No-show. */
const serving = new Map();

const session = {
  get: (k) => { try { return sessionStorage.getItem(k); } catch { return null; } },
  set: (k, v) => { try { sessionStorage.setItem(k, v); } catch { /* kept for this page only */ } },
  remove: (k) => { try { sessionStorage.removeItem(k); } catch { /* nothing stored */ } },
};
let token = session.get(TOKEN_KEY);

const text = (v) => (typeof v === 'string' ? v : v?.[currentLang()] ?? v?.vi ?? v?.en ?? '');

function show(message, isError = false) {
  result.textContent = message;
  result.classList.toggle('error', isError);
}

function renderSnapshot() {
  if (!snapshot) return;
  const chosen = select.value || session.get(COUNTER_KEY);
  select.replaceChildren(
    ...snapshot.counters.map((c) => new Option(`${text(c.name)} (${c.letters.join(', ')})`, c.id, false, c.id === chosen)),
  );
  waiting.textContent = `${t('waiting')}: ${snapshot.services.map((s) => `${s.letter} ${text(s.name)}: ${s.waiting}`).join(' · ')}`;
}

async function refresh() {
  try {
    const r = await fetch('/api/queue');
    if (r.ok) snapshot = await r.json();
  } catch {
    /* the next action retries */
  }
  renderSnapshot();
}

function signedOut() {
  token = null;
  session.remove(TOKEN_KEY);
  showConsole();
  show(t('unauthorized'), true);
}

function showConsole() {
  form.hidden = Boolean(token);
  consoleBox.hidden = !token;
  if (token) refresh();
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  token = $('token').value.trim();
  $('token').value = '';
  if (token) session.set(TOKEN_KEY, token);
  show('');
  showConsole();
});

$('forget').addEventListener('click', () => {
  token = null;
  session.remove(TOKEN_KEY);
  show('');
  showConsole();
});

select.addEventListener('change', () => session.set(COUNTER_KEY, select.value));

for (const button of document.querySelectorAll('button[data-action]')) {
  button.addEventListener('click', async () => {
    const counter = select.value;
    if (!counter) return;
    let response;
    try {
      response = await fetch(`/api/queue/counters/${encodeURIComponent(counter)}/${button.dataset.action}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
      });
    } catch {
      show(t('failed'), true);
      return;
    }
    if (response.status === 401) {
      signedOut();
      return;
    }
    if (response.status === 409) show(t('noCurrent'), true);
    else if (!response.ok) show(t('failed'), true);
    else {
      const state = await response.json();
      const action = button.dataset.action;
      const finished = serving.get(counter);
      if (state.current) show(`${text(state.name)} — ${t('serving')} ${state.current.number}`);
      else if ((action === 'done' || action === 'no-show') && finished) show(`${finished}: ${t(action === 'done' ? 'done' : 'noShow')}`);
      else show(t('idle'));
      serving.set(counter, state.current?.number);
    }
    refresh();
  });
}

// ── tabs ──────────────────────────────────────────────────────────────────────
const tabs = [...document.querySelectorAll('[role="tab"]')];
function selectTab(tab) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    $(other.getAttribute('aria-controls')).hidden = !selected;
  }
  if (tab.id === 'tab-applications') loadApplications();
}
tabs.forEach((tab, i) => {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (e) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(i + step + tabs.length) % tabs.length];
    next.focus();
    selectTab(next);
  });
});

// ── applications ──────────────────────────────────────────────────────────────
const appSelect = $('application');
const nextSelect = $('app-next');
const note = $('app-note');
let applications = [];

const statusName = (key) => t(`status.${key}`);

function renderApplication() {
  const chosen = applications.find((a) => a.code === appSelect.value);
  $('app-current').textContent = chosen
    ? `${statusName(chosen.status)}${chosen.due ? ` · ${t('appDue')} ${chosen.due}` : ''}`
    : t('appNone');
  nextSelect.replaceChildren(...(chosen?.next ?? []).map((key) => new Option(statusName(key), key)));
  nextSelect.disabled = !chosen?.next.length;
  if (chosen && !chosen.next.length) $('app-current').textContent += ` · ${t('appFinal')}`;
}

function renderApplications() {
  const chosen = appSelect.value;
  appSelect.replaceChildren(
    ...applications.map((a) => new Option(`${a.code} — ${statusName(a.status)}`, a.code, false, a.code === chosen)),
  );
  renderApplication();
}

async function loadApplications() {
  try {
    const r = await fetch('/api/staff/applications', { headers: { Authorization: `Bearer ${token}` } });
    if (r.status === 401) return signedOut();
    if (r.ok) applications = await r.json();
  } catch {
    /* the next reload retries */
  }
  renderApplications();
}

/** The change for the chosen status: the note's lines are the missing documents, or the reason. */
function changeFor(status, text) {
  if (status === 'needs-documents') {
    const items = text.split('\n').map((line) => line.trim()).filter(Boolean).map((name) => ({ name }));
    return items.length ? { status, missing: { items } } : null;
  }
  if (status === 'rejected') return text ? { status, reason: text } : null;
  return text ? { status, note: text } : { status };
}

$('app-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const code = appSelect.value;
  const change = code && nextSelect.value ? changeFor(nextSelect.value, note.value.trim()) : null;
  if (!change) {
    show(t('appNeedsText'), true);
    return;
  }
  let response;
  try {
    response = await fetch(`/api/staff/applications/${encodeURIComponent(code)}/status`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(change),
    });
  } catch {
    show(t('failed'), true);
    return;
  }
  if (response.status === 401) return signedOut();
  if (response.status === 409) show(t('appConflict'), true);
  else if (!response.ok) show(t(response.status === 400 ? 'appNeedsText' : 'failed'), true);
  else {
    note.value = '';
    show(`${code}: ${statusName(change.status)}`);
  }
  loadApplications();
});
$('app-refresh').addEventListener('click', loadApplications);
appSelect.addEventListener('change', renderApplication);

document.addEventListener('demo-lang-change', () => {
  renderSnapshot();
  renderApplications();
});
showConsole();
