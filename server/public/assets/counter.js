// Staff console: the token is entered once per browser tab (sessionStorage, gone when the tab
// closes), then each button is one POST to /api/queue/counters/:id/<action>.
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
      token = null;
      session.remove(TOKEN_KEY);
      showConsole();
      show(t('unauthorized'), true);
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

document.addEventListener('demo-lang-change', renderSnapshot);
showConsole();
