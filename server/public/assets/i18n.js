// Language switch of the demo pages: sets <html lang> (which the widgets follow) and translates
// the pages' own text, marked with data-i18n. External file, because the CSP forbids inline scripts.
const TEXT = {
  // {unit}: the page's <meta name="dvc-unit">, the name the widgets use too.
  title: { vi: 'Cổng dịch vụ công {unit} (bản trình diễn)', en: 'Public-service portal of {unit} (demo)', de: 'Bürgerportal von {unit} (Demo)' },
  titleGeneric: { vi: 'Cổng dịch vụ công xã, phường (bản trình diễn)', en: 'Commune and ward public-service portal (demo)', de: 'Bürgerportal der Gemeinde (Demo)' },
  wizard: { vi: 'Thủ tục hành chính', en: 'Administrative procedures', de: 'Verwaltungsverfahren' },
  wizardHint: {
    vi: 'Trình hướng dẫn nộp hồ sơ sẽ xuất hiện ở đây. Hiện có các thủ tục mẫu sau:',
    en: 'The application wizard will appear here. Sample procedures available now:',
    de: 'Hier erscheint der Antragsassistent. Derzeit verfügbare Beispielverfahren:',
  },
  ticket: { vi: 'Lấy số thứ tự', en: 'Take a queue number', de: 'Wartenummer ziehen' },
  ticketHint: {
    vi: 'Phần lấy số và theo dõi lượt sẽ xuất hiện ở đây. Xem trang kiosk:',
    en: 'Taking and following a queue number will appear here. See the kiosk page:',
    de: 'Hier erscheinen Wartenummer und Verfolgung. Siehe die Kiosk-Seite:',
  },
  board: { vi: 'Bảng gọi số', en: 'Queue board', de: 'Aufrufanzeige' },
  boardHint: {
    vi: 'Bảng gọi số trực tiếp sẽ xuất hiện ở đây và trên trang màn hình TV:',
    en: 'The live calling board will appear here and on the TV page:',
    de: 'Die Live-Aufrufanzeige erscheint hier und auf der TV-Seite:',
  },
  vneid: { vi: 'Hướng dẫn VNeID', en: 'VNeID guide', de: 'VNeID-Anleitung' },
  vneidHint: {
    vi: 'Hướng dẫn từng bước cài đặt và kích hoạt tài khoản định danh điện tử mức 2 sẽ xuất hiện ở đây.',
    en: 'A step-by-step guide to installing VNeID and activating a level-2 electronic identity will appear here.',
    de: 'Hier erscheint eine Schritt-für-Schritt-Anleitung zu VNeID und zur elektronischen Identität der Stufe 2.',
  },
  feedback: { vi: 'Góp ý, đánh giá', en: 'Feedback', de: 'Rückmeldung' },
  feedbackHint: {
    vi: 'Phiếu đánh giá mức độ hài lòng sẽ xuất hiện ở đây.',
    en: 'The satisfaction survey will appear here.',
    de: 'Hier erscheint die Zufriedenheitsumfrage.',
  },
  staff: { vi: 'Cán bộ: trang gọi số tại quầy', en: 'Staff: counter console', de: 'Personal: Schalterkonsole' },
  boardTitle: { vi: 'Bảng gọi số', en: 'Queue board', de: 'Aufrufanzeige' },
  kioskTitle: { vi: 'Lấy số thứ tự', en: 'Take a queue number', de: 'Wartenummer ziehen' },
  counterTitle: { vi: 'Gọi số tại quầy', en: 'Counter console', de: 'Schalterkonsole' },
  tokenLabel: { vi: 'Mã cán bộ', en: 'Staff token', de: 'Personal-Token' },
  tokenSave: { vi: 'Lưu', en: 'Save', de: 'Speichern' },
  tokenForget: { vi: 'Đăng xuất', en: 'Sign out', de: 'Abmelden' },
  counterLabel: { vi: 'Quầy', en: 'Counter', de: 'Schalter' },
  next: { vi: 'Gọi số tiếp theo', en: 'Next', de: 'Nächste Nummer' },
  recall: { vi: 'Gọi lại', en: 'Recall', de: 'Erneut aufrufen' },
  done: { vi: 'Xong', en: 'Done', de: 'Erledigt' },
  noShow: { vi: 'Vắng mặt', en: 'No-show', de: 'Nicht erschienen' },
  serving: { vi: 'Đang phục vụ số', en: 'Now serving', de: 'Jetzt an der Reihe' },
  idle: { vi: 'Quầy đang trống: không có ai chờ', en: 'Nobody is waiting for this counter', de: 'Niemand wartet auf diesen Schalter' },
  noCurrent: { vi: 'Quầy chưa gọi số nào: bấm “Gọi số tiếp theo”', en: 'This counter is not serving anyone: press Next', de: 'Dieser Schalter bedient niemanden: „Nächste Nummer“ drücken' },
  unauthorized: { vi: 'Mã cán bộ không đúng', en: 'Wrong staff token', de: 'Falsches Personal-Token' },
  failed: { vi: 'Không thực hiện được, vui lòng thử lại', en: 'That did not work, please try again', de: 'Das hat nicht geklappt, bitte erneut versuchen' },
  waiting: { vi: 'Đang chờ', en: 'Waiting', de: 'Wartend' },
  tabQueue: { vi: 'Gọi số', en: 'Queue', de: 'Aufruf' },
  tabApplications: { vi: 'Hồ sơ', en: 'Applications', de: 'Anträge' },
  appLabel: { vi: 'Hồ sơ', en: 'Application', de: 'Antrag' },
  appNext: { vi: 'Chuyển sang', en: 'Move to', de: 'Weiter zu' },
  appNote: {
    vi: 'Ghi chú (cần bổ sung: mỗi giấy tờ một dòng; từ chối: lý do)',
    en: 'Note (documents needed: one per line; rejected: the reason)',
    de: 'Notiz (Unterlagen fehlen: eine je Zeile; abgelehnt: der Grund)',
  },
  appMove: { vi: 'Cập nhật trạng thái', en: 'Update status', de: 'Status ändern' },
  appRefresh: { vi: 'Tải lại', en: 'Reload', de: 'Neu laden' },
  appNone: { vi: 'Chưa có hồ sơ nào', en: 'No applications yet', de: 'Noch keine Anträge' },
  appFinal: { vi: 'Hồ sơ đã kết thúc', en: 'This application is closed', de: 'Dieser Antrag ist abgeschlossen' },
  appNeedsText: { vi: 'Cần ghi rõ giấy tờ còn thiếu hoặc lý do', en: 'Say what is missing, or why', de: 'Bitte angeben, was fehlt oder warum' },
  appConflict: { vi: 'Không thể chuyển sang trạng thái này', en: 'It cannot move to that status', de: 'Dieser Statuswechsel ist nicht möglich' },
  appDue: { vi: 'Hẹn trả', en: 'Due', de: 'Fällig' },
  'status.received': { vi: 'Đã tiếp nhận', en: 'Received', de: 'Eingegangen' },
  'status.processing': { vi: 'Đang giải quyết', en: 'Processing', de: 'In Bearbeitung' },
  'status.needs-documents': { vi: 'Cần bổ sung hồ sơ', en: 'Documents needed', de: 'Unterlagen fehlen' },
  'status.result-ready': { vi: 'Đã có kết quả', en: 'Result ready', de: 'Ergebnis liegt vor' },
  'status.collected': { vi: 'Đã trả kết quả', en: 'Collected', de: 'Abgeholt' },
  'status.rejected': { vi: 'Từ chối', en: 'Rejected', de: 'Abgelehnt' },
};

const SUPPORTED = ['vi', 'en', 'de'];
const KEY = 'dvc-demo-lang';

function stored() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage blocked (private mode, sandbox): fall back to the default
  }
}

export function currentLang() {
  return SUPPORTED.includes(document.documentElement.lang) ? document.documentElement.lang : 'vi';
}

/** The unit's name from the page's meta tags, as the widgets read it: this language's, else the one without lang. */
export function unitName(lang = currentLang()) {
  const metas = [...document.querySelectorAll('meta[name="dvc-unit"]')];
  const own = metas.find((m) => m.getAttribute('lang') === lang) ?? metas.find((m) => !m.hasAttribute('lang'));
  return own?.content.trim() ?? '';
}

/** Text for `key` in the current language, used by the other page scripts too. */
export function t(key) {
  if (key === 'title' && !unitName()) key = 'titleGeneric';
  const entry = TEXT[key];
  const text = entry ? entry[currentLang()] ?? entry.vi : key;
  return text.replace('{unit}', unitName());
}

export function setLang(lang) {
  if (!SUPPORTED.includes(lang)) lang = 'vi';
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    /* not persisted: the choice still applies to this page */
  }
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const b of document.querySelectorAll('button[data-set-lang]')) b.setAttribute('aria-pressed', String(b.dataset.setLang === lang));
  document.dispatchEvent(new CustomEvent('demo-lang-change'));
}

for (const b of document.querySelectorAll('button[data-set-lang]')) b.addEventListener('click', () => setLang(b.dataset.setLang));
setLang(new URLSearchParams(location.search).get('lang') ?? stored() ?? document.documentElement.lang);
