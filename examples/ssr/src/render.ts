// The page, rendered on the server (Node) by the bundle `vite build --ssr` makes of this file.
// Importing dvc-widgets here (the whole package, as code shared by server and browser would) is
// safe: on a server no entry defines anything or touches a document. The tags go out as written;
// the browser upgrades them when src/client.ts loads.
import { LOCALES } from 'dvc-widgets'
import { queueSnapshot } from './data.ts'
// The procedure every example shows, offered at /procedure.json for the wizard's `src` attribute.
import procedure from '../../shared/procedure.json'

export { procedure }

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
/** JSON inside <script type="application/json">: nothing in it may close the element. */
const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

/** The body of the page; `received`: the fields of a submitted form, shown back. */
export function render(received?: Record<string, string>): string {
  return `
<main>
  <h1>Trang do máy chủ tạo</h1>
  <p>
    ${LOCALES.filter((l) => l !== 'de')
      .map((l) => `<button type="button" data-locale="${l}" aria-pressed="${l === 'vi'}">${l === 'vi' ? 'Tiếng Việt' : 'English'}</button>`)
      .join('\n    ')}
  </p>
  <dvc-procedure-wizard src="/procedure.json" history="none"></dvc-procedure-wizard>
  <p data-testid="step"></p>

  <form method="post" action="/">
    <label>Họ và tên <input name="fullName" autocomplete="name"></label>
    <dvc-feedback-form name="feedback" hide-contact></dvc-feedback-form>
    <button>Gửi</button>
  </form>
  ${received ? `<pre data-testid="submitted">${escape(JSON.stringify(received, null, 2))}</pre>` : ''}

  <dvc-queue-board heading="Đang gọi"></dvc-queue-board>
  <dvc-queue-ticket></dvc-queue-ticket>
  <script type="application/json" id="queue-data">${json(queueSnapshot(new Date()))}</script>
  <dvc-vneid-guide history="none" no-persist></dvc-vneid-guide>
</main>`
}
