// Lists the sample procedures until the procedure wizard lands in this section.
import { currentLang } from './i18n.js';

const list = document.getElementById('procedures');
let procedures = [];

function text(value) {
  if (typeof value === 'string') return value;
  return value?.[currentLang()] ?? value?.vi ?? value?.en ?? '';
}

function render() {
  list.replaceChildren(
    ...procedures.map((p) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = p.url;
      a.textContent = `${text(p.name)} (${p.code})`;
      li.append(a, ` — ${text(p.field)}`);
      return li;
    }),
  );
}

document.addEventListener('demo-lang-change', render);
fetch('/api/procedures')
  .then((r) => (r.ok ? r.json() : []))
  .then((data) => {
    procedures = data;
    render();
  })
  .catch(() => {
    /* the list is a convenience; the section's text still explains what comes here */
  });
