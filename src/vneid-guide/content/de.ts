import type { GuideContent } from '../model/types.js';
import { stores } from './stores.js';

/**
 * Eingebaute Anleitung, Deutsch: derselbe Inhalt wie vi.ts (Quellen dort; die Struktur vergleicht
 * test/vneid-guide/model.test.ts). Die Tastenbeschriftungen sind der vietnamesische Wortlaut der
 * App laut öffentlichen Anleitungen (UNVERIFIED: nicht mit der aktuellen App-Version
 * abgeglichen); `meaning` übersetzt sie. Verwaltungsebene Xã/Phường: „Gemeinde“.
 */
export const content: GuideContent = {
  version: 1,
  stores,
  help: 'Freiwillige im Bürgerservicezentrum der Gemeinde helfen Ihnen, oder fragen Sie bei der Polizei Ihrer Gemeinde (Công an xã, phường).',
  needs: [
    { id: 'need-card', title: 'Ihr Personalausweis mit Chip (thẻ căn cước gắn chip)', lines: ['Auf der Karte sind ein kleiner Metallchip und Ihre 12-stellige persönliche Identifikationsnummer.'] },
    {
      id: 'need-number',
      title: 'Eine Telefonnummer auf Ihren eigenen Namen (SIM chính chủ)',
      lines: ['Die Nummer muss auf Ihren Namen registriert sein, SMS empfangen und im Telefon stecken, das Sie benutzen werden.'],
    },
    {
      id: 'need-nfc',
      title: 'Ein Smartphone, das den Chip lesen kann (NFC)',
      lines: [
        'iPhone: ab iPhone 7 und ab iPhone SE (2020) geht es.',
        'Android: Öffnen Sie die Einstellungen und suchen Sie „NFC“. Wenn Sie es finden, schalten Sie es ein.',
        'Kein NFC? Die App kann stattdessen den QR-Code auf dem Ausweis lesen.',
        'Am besten mit einer aktuellen Android- oder iOS-Version.',
      ],
    },
    { id: 'need-place', title: 'Ein ruhiger, heller Ort', lines: ['Licht auf dem Gesicht, kein helles Fenster hinter Ihnen.'] },
  ],
  tasks: [
    {
      id: 'get-card',
      title: 'Zuerst einen Ausweis mit Chip beantragen',
      summary: 'VNeID braucht einen Ausweis mit Chip.',
      when: { chipCard: ['no'] },
      steps: [
        {
          id: 'card-apply',
          title: 'Bei der Polizei der Gemeinde fragen',
          illustration: 'police',
          lines: [
            'Gehen Sie zur Polizei Ihrer Gemeinde (Công an xã, phường).',
            'Fragen Sie, wo und wie Sie einen Ausweis mit Chip beantragen.',
            'Beim Antrag auf den Ausweis können Sie gleich eine elektronische Identität der Stufe 2 registrieren lassen: Bringen Sie ein Telefon mit einer SIM-Karte auf Ihren Namen mit.',
            'Wenn Sie den Ausweis haben, machen Sie hier weiter.',
          ],
        },
      ],
    },
    {
      id: 'install',
      title: 'Die App VNeID installieren',
      steps: [
        {
          id: 'install-safe',
          title: 'Vorsicht vor Betrug',
          illustration: 'store',
          safety: true,
          lines: [
            'Installieren Sie VNeID nur aus CH Play (Android) oder dem App Store (iPhone). Anbieter: „Trung tâm dữ liệu quốc gia về dân cư“ (Nationales Zentrum für Bevölkerungsdaten).',
            'Installieren Sie nie eine .apk-Datei und tippen Sie nie auf einen Link, den Ihnen jemand per SMS, Zalo oder in sozialen Netzen schickt.',
            'Die Polizei ruft nie an, um Sie eine App installieren zu lassen. Wer das tut, ist ein Betrüger: Legen Sie auf.',
          ],
        },
        {
          id: 'install-android',
          title: 'Aus CH Play installieren',
          platforms: ['android'],
          illustration: 'store',
          lines: [
            'Öffnen Sie CH Play (Google Play) auf Ihrem Telefon.',
            'Tippen Sie auf das Suchfeld und geben Sie VNeID ein.',
            'Prüfen Sie den Namen: VNeID. Apps mit ähnlichen Namen sind Fälschungen.',
            { text: 'Tippen Sie auf {button}.', button: 'Cài đặt', meaning: 'Installieren' },
          ],
        },
        {
          id: 'install-ios',
          title: 'Aus dem App Store installieren',
          platforms: ['ios'],
          illustration: 'store',
          lines: [
            'Öffnen Sie den App Store auf Ihrem iPhone.',
            'Tippen Sie auf Suchen und geben Sie VNeID ein.',
            'Prüfen Sie den Namen: VNeID. Apps mit ähnlichen Namen sind Fälschungen.',
            { text: 'Tippen Sie auf {button} und bestätigen Sie, wie Ihr iPhone es verlangt.', button: 'Nhận', meaning: 'Laden' },
          ],
        },
        {
          id: 'install-desktop',
          title: 'Auf dem Telefon installieren',
          platforms: ['desktop'],
          qr: true,
          illustration: 'qr-phone',
          lines: [
            'Die App VNeID lässt sich nur auf dem Telefon installieren. Das Konto aktivieren können Sie auch am Computer, auf der Website von VNeID.',
            'Öffnen Sie die Kamera Ihres Telefons und richten Sie sie auf den passenden Code unten.',
            'Die Seite des Stores öffnet sich auf dem Telefon. Installieren Sie VNeID dort.',
            'Machen Sie dann auf dem Telefon weiter, oder lassen Sie diese Seite daneben offen.',
          ],
        },
        {
          id: 'install-open',
          title: 'Die App öffnen',
          illustration: 'app-open',
          lines: ['Tippen Sie auf das Symbol von VNeID.', 'Wenn die App die Kamera oder Mitteilungen nutzen möchte, erlauben Sie es.'],
        },
      ],
    },
    {
      id: 'level1',
      title: 'Stufe 1 in der App registrieren (freiwillig)',
      summary: 'Das machen Sie selbst, auf dem Telefon. Freiwillig: Sie können direkt zur Polizei gehen und Stufe 2 registrieren.',
      when: { chipCard: ['yes'], level2: ['no', 'unsure'] },
      steps: [
        {
          id: 'level1-start',
          title: 'Die Registrierung beginnen',
          illustration: 'app-open',
          lines: [
            { text: 'Tippen Sie auf {button}.', button: 'Đăng ký tài khoản mức 1', meaning: 'Konto der Stufe 1 registrieren' },
            { text: 'Tippen Sie auf {button}.', button: 'Bắt đầu', meaning: 'Beginnen' },
          ],
        },
        {
          id: 'level1-nfc',
          title: 'Den Chip des Ausweises lesen',
          illustration: 'nfc',
          trouble: ['nfc', 'hotlines'],
          lines: [
            'Nehmen Sie das Telefon aus der Hülle.',
            'Legen Sie den Ausweis flach auf einen Tisch.',
            'Legen Sie das Telefon auf den Ausweis: ein iPhone mit der oberen Kante, die meisten Android-Telefone mit der Mitte der Rückseite.',
            'Halten Sie einige Sekunden still, bis das Telefon meldet, dass der Ausweis gelesen ist.',
            'Kein NFC? Wählen Sie stattdessen den QR-Code auf dem Ausweis.',
          ],
        },
        {
          id: 'level1-check',
          title: 'Ihre Angaben prüfen',
          illustration: 'card',
          lines: ['Lesen Sie Ausweisnummer, Name, Geburtsdatum und Geschlecht, die die App zeigt.', 'Wenn etwas falsch ist, hören Sie auf und fragen Sie bei der Polizei der Gemeinde.'],
        },
        {
          id: 'level1-portrait',
          title: 'Ihr Porträtfoto aufnehmen',
          illustration: 'portrait',
          trouble: ['face', 'hotlines'],
          lines: [
            'Setzen Sie sich an einen hellen Ort, mit dem Gesicht zum Licht.',
            'Nehmen Sie Brille, Hut und Maske ab.',
            'Halten Sie die Augen offen und das Gesicht in der Mitte des Rahmens.',
            'Halten Sie das Telefon ruhig, auf Augenhöhe.',
          ],
        },
        {
          id: 'level1-confirm',
          title: 'Die Registrierung absenden',
          illustration: 'sms',
          trouble: ['otp', 'hotlines'],
          lines: [
            'Sie können eine E-Mail-Adresse angeben oder das Feld leer lassen.',
            { text: 'Tippen Sie auf {button}.', button: 'Xác nhận thông tin đăng ký', meaning: 'Registrierungsangaben bestätigen' },
            'Warten Sie auf eine SMS: Sie meldet, wenn das Konto genehmigt ist.',
          ],
        },
      ],
    },
    {
      id: 'level2',
      title: 'Stufe 2 bei der Polizei der Gemeinde registrieren',
      summary: 'Persönlich, mit Ihrem Ausweis mit Chip. Ein Konto der Stufe 1 brauchen Sie dafür nicht.',
      when: { level2: ['no', 'unsure'] },
      steps: [
        {
          id: 'level2-bring',
          title: 'Was Sie mitbringen',
          illustration: 'card',
          lines: ['Ihren Ausweis mit Chip.', 'Ihr Telefon, mit einer SIM-Karte auf Ihren Namen (chính chủ): die Nummer, die Sie täglich benutzen.'],
        },
        {
          id: 'level2-go',
          title: 'Wohin Sie gehen',
          illustration: 'police',
          lines: [
            'Gehen Sie zur Polizei Ihrer Gemeinde (Công an xã, phường).',
            'Sagen Sie, dass Sie ein Konto der elektronischen Identität der Stufe 2 registrieren möchten (tài khoản định danh điện tử mức độ 2).',
          ],
        },
        {
          id: 'level2-there',
          title: 'Was dort geschieht',
          illustration: 'fingerprint',
          safety: true,
          lines: ['Der Beamte gibt Ihre Angaben ein.', 'Er macht ein Foto und nimmt Ihre Fingerabdrücke.', 'Prüfen Sie, dass die eingegebene Telefonnummer Ihre ist.'],
        },
        {
          id: 'level2-sms',
          title: 'Auf die Nachricht warten',
          illustration: 'sms',
          trouble: ['otp', 'hotlines'],
          lines: ['Das Ergebnis kommt per SMS oder in der App VNeID.', 'Wenn Ihr Konto genehmigt ist, machen Sie mit „Konto aktivieren“ weiter.'],
        },
      ],
    },
    {
      id: 'activate',
      title: 'Konto aktivieren',
      summary: 'Nach der Nachricht über die Genehmigung.',
      steps: [
        {
          id: 'activate-web',
          title: 'Am Computer: auf der Website von VNeID aktivieren',
          platforms: ['desktop'],
          illustration: 'portal',
          safety: true,
          lines: [
            'Sie können Ihr Konto an diesem Computer aktivieren, auf vneid.gov.vn, oder auf dem Telefon mit den Schritten unten.',
            { text: 'Auf der Website: Geben Sie Ihre persönliche Identifikationsnummer und Telefonnummer ein, klicken Sie auf {button} und geben Sie dann den Code (OTP) aus der SMS ein.', button: 'Gửi yêu cầu', meaning: 'Anfrage senden' },
          ],
        },
        {
          id: 'activate-open',
          title: 'Die Aktivierung öffnen',
          illustration: 'app-open',
          safety: true,
          lines: ['Öffnen Sie VNeID.', { text: 'Tippen Sie auf {button}.', button: 'Kích hoạt tài khoản định danh điện tử', meaning: 'Konto der elektronischen Identität aktivieren' }],
        },
        {
          id: 'activate-id',
          title: 'Ausweisnummer und Telefonnummer eingeben',
          illustration: 'card',
          safety: true,
          lines: [
            'Geben Sie die 12-stellige persönliche Identifikationsnummer vom Ausweis ein.',
            'Geben Sie Ihre Telefonnummer ein (auf Ihren Namen).',
            { text: 'Tippen Sie auf {button}.', button: 'Gửi yêu cầu', meaning: 'Anfrage senden' },
          ],
        },
        {
          id: 'activate-otp',
          title: 'Den Code aus der SMS eingeben',
          illustration: 'sms',
          safety: true,
          trouble: ['otp', 'phone', 'hotlines'],
          lines: ['Eine SMS mit einem Code (OTP) kommt auf Ihr Telefon.', 'Geben Sie den Code in der App ein. Er ist nur für Sie.'],
        },
        {
          id: 'activate-password',
          title: 'Ein Passwort wählen',
          illustration: 'lock',
          safety: true,
          trouble: ['password', 'hotlines'],
          lines: [
            'Wenn Sie schon ein Konto der Stufe 1 haben, überspringt die App diesen Schritt: Es gilt das Passwort von damals.',
            '8 bis 20 Zeichen.',
            'Mindestens ein Großbuchstabe, ein Kleinbuchstabe, eine Ziffer und ein Sonderzeichen wie @ oder #.',
            'Wählen Sie eines, das Sie sich merken können. Geben Sie es zweimal ein.',
          ],
        },
        {
          id: 'activate-passcode',
          title: 'Einen 6-stelligen Passcode wählen',
          illustration: 'passcode',
          safety: true,
          trouble: ['passcode', 'hotlines'],
          lines: ['Die App fragt nach 6 Ziffern: Ihr Passcode.', 'Geben Sie sie zweimal ein. Behalten Sie sie für sich.'],
        },
        {
          id: 'activate-questions',
          title: 'Zwei Sicherheitsfragen beantworten',
          illustration: 'questions',
          safety: true,
          lines: ['Wählen Sie zwei Fragen.', 'Geben Sie Antworten, die Sie sicher behalten.'],
        },
      ],
    },
    {
      id: 'login',
      title: 'Im Nationalen Portal für öffentliche Dienste anmelden',
      steps: [
        {
          id: 'login-open',
          title: 'Das Portal öffnen',
          illustration: 'portal',
          lines: ['Öffnen Sie dichvucong.gov.vn im Browser.', { text: 'Tippen oder klicken Sie auf {button}.', button: 'Đăng nhập', meaning: 'Anmelden' }],
        },
        {
          id: 'login-vneid',
          title: 'Mit VNeID anmelden',
          illustration: 'qr-phone',
          safety: true,
          lines: [
            'Wählen Sie die Anmeldung mit Ihrem Konto der elektronischen Identität VNeID.',
            'Folgen Sie dem Bildschirm und bestätigen Sie in der App VNeID auf Ihrem Telefon.',
            'Jetzt können Sie öffentliche Dienste online nutzen.',
          ],
        },
      ],
    },
  ],
  trouble: [
    {
      id: 'otp',
      title: 'Der SMS-Code (OTP) kommt nicht an',
      lines: ['Prüfen Sie, ob die Telefonnummer stimmt: Sie muss auf Ihren Namen laufen.', 'Prüfen Sie, ob das Telefon Empfang hat.', 'Warten Sie einige Minuten und fordern Sie dann einen neuen Code an.'],
    },
    {
      id: 'nfc',
      title: 'Das Telefon liest den Ausweis nicht',
      lines: [
        'Nehmen Sie das Telefon aus der Hülle.',
        'Bewegen Sie den Ausweis langsam über die Rückseite, um das Lesegerät zu finden.',
        'Wenn das Telefon reagiert, halten Sie den Ausweis einige Sekunden still.',
        'Kein NFC? Lesen Sie stattdessen den QR-Code auf dem Ausweis.',
      ],
    },
    { id: 'face', title: 'Die Gesichtsprüfung klappt nicht', lines: ['Nehmen Sie Brille, Hut und Maske ab.', 'Halten Sie die Augen offen.', 'Schauen Sie zum Licht; vermeiden Sie Spiegelungen und ein helles Fenster hinter Ihnen.', 'Halten Sie das Telefon ruhig, das Gesicht in der Mitte.'] },
    { id: 'passcode', title: 'Ich habe meinen Passcode vergessen', lines: [{ text: 'Tippen Sie auf {button}.', button: 'Quên passcode', meaning: 'Passcode vergessen' }, 'Bestätigen Sie mit dem Code (OTP), der per SMS kommt.'] },
    {
      id: 'password',
      title: 'Ich habe mein Passwort vergessen',
      lines: [
        { text: 'Tippen Sie auf {button}.', button: 'Quên mật khẩu', meaning: 'Passwort vergessen' },
        { text: 'Geben Sie Ihre persönliche Identifikationsnummer und Telefonnummer ein und tippen Sie auf {button}.', button: 'Gửi yêu cầu', meaning: 'Anfrage senden' },
        'Bestätigen Sie mit Name, Geburtsdatum und Ausstellungsdatum des Ausweises oder indem Sie den Chip des Ausweises lesen (NFC).',
        'Geben Sie den Code (OTP) aus der SMS ein und wählen Sie ein neues Passwort.',
      ],
    },
    {
      id: 'phone',
      title: 'Ich habe ein neues Telefon oder mein Telefon verloren',
      lines: [
        'Ihr Konto gehört zu einem Telefon. Wenn Sie sich auf einem neuen Telefon anmelden, geht der Bestätigungscode an die App VNeID auf dem alten Telefon, nicht per SMS.',
        'Sie haben das alte Telefon noch: Öffnen Sie dort VNeID, lesen Sie den Code ab und geben Sie ihn auf dem neuen ein.',
        { text: 'Kein altes Telefon mehr: Wählen Sie auf dem neuen {button} und lesen Sie den Ausweis.', button: 'Xác thực NFC bằng thẻ CCCD gắn chip', meaning: 'Mit NFC und dem Ausweis mit Chip bestätigen' },
        'Telefon verloren: Rufen Sie sofort die VNeID-Hotline 1900 0368 an, um Ihr Konto zu sperren.',
      ],
    },
    {
      id: 'hotlines',
      title: 'Hotlines',
      lines: [
        'VNeID-Hotline des Ministeriums für Öffentliche Sicherheit: 1900 0368 – Fragen zum Konto der elektronischen Identität, und Sperren des Kontos, wenn das Telefon verloren ist.',
        'Hotline des Nationalen Portals für öffentliche Dienste: 1800 1096 (kostenlos) – Fragen zum Online-Einreichen von Anträgen im Portal.',
      ],
    },
  ],
};
