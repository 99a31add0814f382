import type { GuideContent } from '../model/types.js';
import { stores } from './stores.js';

/**
 * Built-in guide, English: the same content as vi.ts (see its note on sources; the structure is
 * compared in test/vneid-guide/model.test.ts). Button labels are the app's Vietnamese wording as
 * reported in public guides (UNVERIFIED against the current app version); `meaning` translates.
 */
export const content: GuideContent = {
  version: 1,
  stores,
  help: 'A volunteer at the public administration service centre can help you, or ask the police of your commune or ward (Công an xã, phường).',
  needs: [
    { id: 'need-card', title: 'Your chip-based ID card (thẻ căn cước gắn chip)', lines: ['The card has a small metal chip and your 12-digit personal ID number.'] },
    {
      id: 'need-number',
      title: 'A phone number in your own name (SIM chính chủ)',
      lines: ['The number must be registered in your own name, receive SMS, and be in the phone you will use.'],
    },
    {
      id: 'need-nfc',
      title: 'A smartphone that can read the chip (NFC)',
      lines: [
        'iPhone: iPhone 7 or newer, and iPhone SE (2020) or newer, can read it.',
        'Android: open Settings and search for “NFC”. If you find it, switch it on.',
        'No NFC? The app can scan the QR code on your card instead.',
        'A recent Android or iOS version is best.',
      ],
    },
    { id: 'need-place', title: 'A quiet, well-lit place', lines: ['Light on your face, no bright window behind you.'] },
  ],
  tasks: [
    {
      id: 'get-card',
      title: 'Get a chip ID card first',
      summary: 'VNeID needs a chip ID card.',
      when: { chipCard: ['no'] },
      steps: [
        {
          id: 'card-apply',
          title: 'Ask the commune or ward police',
          illustration: 'police',
          lines: [
            'Go to the police of your commune or ward (Công an xã, phường).',
            'Ask where and how to apply for a chip ID card.',
            'When you apply for the card, you can ask to register a level-2 electronic identity at the same time: bring a phone with a SIM in your own name.',
            'When you have the card, come back to this guide.',
          ],
        },
      ],
    },
    {
      id: 'install',
      title: 'Install the VNeID app',
      steps: [
        {
          id: 'install-safe',
          title: 'Beware of scams',
          illustration: 'store',
          safety: true,
          lines: [
            'Install VNeID only from CH Play (Android) or the App Store (iPhone). The publisher is “Trung tâm dữ liệu quốc gia về dân cư” (National Population Data Centre).',
            'Never install an .apk file, and never tap a link someone sends you by SMS, Zalo or social media.',
            'The police never phone you to ask you to install an app. Anyone who does is a scammer: hang up.',
          ],
        },
        {
          id: 'install-android',
          title: 'Install from CH Play',
          platforms: ['android'],
          illustration: 'store',
          lines: [
            'Open CH Play (Google Play) on your phone.',
            'Tap the search box and type VNeID.',
            'Check the name: VNeID. Apps with similar names are fakes.',
            { text: 'Tap {button}.', button: 'Cài đặt', meaning: 'Install' },
          ],
        },
        {
          id: 'install-ios',
          title: 'Install from the App Store',
          platforms: ['ios'],
          illustration: 'store',
          lines: [
            'Open the App Store on your iPhone.',
            'Tap Search and type VNeID.',
            'Check the name: VNeID. Apps with similar names are fakes.',
            { text: 'Tap {button}, then confirm the way your iPhone asks.', button: 'Nhận', meaning: 'Get' },
          ],
        },
        {
          id: 'install-desktop',
          title: 'Install it on your phone',
          platforms: ['desktop'],
          qr: true,
          illustration: 'qr-phone',
          lines: [
            'The VNeID app installs only on a phone. Activating your account also works on a computer, on the VNeID web site.',
            'Open the camera of your phone and point it at the code for your phone below.',
            'The store page opens on your phone. Install VNeID there.',
            'Then continue this guide on your phone, or keep this page open beside you.',
          ],
        },
        {
          id: 'install-open',
          title: 'Open the app',
          illustration: 'app-open',
          lines: ['Tap the VNeID icon on your phone.', 'If the app asks to use the camera or send notifications, allow it.'],
        },
      ],
    },
    {
      id: 'level1',
      title: 'Register level 1 in the app (optional)',
      summary: 'You do this yourself, on your phone. Optional: you can go straight to the police for level 2.',
      when: { chipCard: ['yes'], level2: ['no', 'unsure'] },
      steps: [
        {
          id: 'level1-start',
          title: 'Start the registration',
          illustration: 'app-open',
          lines: [
            { text: 'Tap {button}.', button: 'Đăng ký tài khoản mức 1', meaning: 'Register a level-1 account' },
            { text: 'Tap {button}.', button: 'Bắt đầu', meaning: 'Start' },
          ],
        },
        {
          id: 'level1-nfc',
          title: 'Scan the chip of your card',
          illustration: 'nfc',
          trouble: ['nfc', 'hotlines'],
          lines: [
            'Take the phone out of its case.',
            'Lay the card flat on a table.',
            'Put the phone on the card: an iPhone with its top edge, most Android phones with the middle of the back.',
            'Hold still for several seconds, until the phone says the card was read.',
            'No NFC? Choose to scan the QR code on the card instead.',
          ],
        },
        {
          id: 'level1-check',
          title: 'Check your details',
          illustration: 'card',
          lines: ['Read the ID number, name, date of birth and sex the app shows.', 'If something is wrong, stop and ask the commune or ward police.'],
        },
        {
          id: 'level1-portrait',
          title: 'Take your portrait',
          illustration: 'portrait',
          trouble: ['face', 'hotlines'],
          lines: [
            'Sit in a bright place, facing the light.',
            'Take off glasses, hat and mask.',
            'Keep your eyes open and your face in the middle of the frame.',
            'Hold the phone still, at the height of your eyes.',
          ],
        },
        {
          id: 'level1-confirm',
          title: 'Send the registration',
          illustration: 'sms',
          trouble: ['otp', 'hotlines'],
          lines: [
            'You may add an email address, or leave it empty.',
            { text: 'Tap {button}.', button: 'Xác nhận thông tin đăng ký', meaning: 'Confirm the registration details' },
            'Wait for an SMS: it tells you when the account is approved.',
          ],
        },
      ],
    },
    {
      id: 'level2',
      title: 'Register level 2 at the commune or ward police',
      summary: 'In person, with your chip ID card. You do not need a level-1 account first.',
      when: { level2: ['no', 'unsure'] },
      steps: [
        {
          id: 'level2-bring',
          title: 'What to bring',
          illustration: 'card',
          lines: ['Your chip ID card.', 'Your phone, with a SIM in your own name (chính chủ): the number you use every day.'],
        },
        {
          id: 'level2-go',
          title: 'Where to go',
          illustration: 'police',
          lines: [
            'Go to the police of your commune or ward (Công an xã, phường).',
            'Say that you want to register a level-2 electronic identity account (tài khoản định danh điện tử mức độ 2).',
          ],
        },
        {
          id: 'level2-there',
          title: 'What happens there',
          illustration: 'fingerprint',
          safety: true,
          lines: [
            'The officer enters your details.',
            'The officer takes your photo and your fingerprints.',
            'Check that the phone number they enter is yours.',
          ],
        },
        {
          id: 'level2-sms',
          title: 'Wait for the message',
          illustration: 'sms',
          trouble: ['otp', 'hotlines'],
          lines: ['The result comes by SMS, or in the VNeID app.', 'When your account is approved, go on with “Activate your account”.'],
        },
      ],
    },
    {
      id: 'activate',
      title: 'Activate your account',
      summary: 'After the approval message.',
      steps: [
        {
          id: 'activate-web',
          title: 'On a computer: activate on the VNeID web site',
          platforms: ['desktop'],
          illustration: 'portal',
          safety: true,
          lines: [
            'You can activate your account on this computer, at vneid.gov.vn, or on your phone with the steps below.',
            { text: 'On the web site: enter your personal ID number and phone number, click {button}, then enter the code (OTP) from the SMS.', button: 'Gửi yêu cầu', meaning: 'Send request' },
          ],
        },
        {
          id: 'activate-open',
          title: 'Open the activation',
          illustration: 'app-open',
          safety: true,
          lines: ['Open VNeID.', { text: 'Tap {button}.', button: 'Kích hoạt tài khoản định danh điện tử', meaning: 'Activate the electronic identity account' }],
        },
        {
          id: 'activate-id',
          title: 'Enter your ID number and phone number',
          illustration: 'card',
          safety: true,
          lines: [
            'Type the 12-digit personal ID number from your card.',
            'Type your phone number (in your own name).',
            { text: 'Tap {button}.', button: 'Gửi yêu cầu', meaning: 'Send request' },
          ],
        },
        {
          id: 'activate-otp',
          title: 'Enter the code from the SMS',
          illustration: 'sms',
          safety: true,
          trouble: ['otp', 'phone', 'hotlines'],
          lines: ['An SMS with a code (OTP) comes to your phone.', 'Type the code into the app. It is for you alone.'],
        },
        {
          id: 'activate-password',
          title: 'Choose a password',
          illustration: 'lock',
          safety: true,
          trouble: ['password', 'hotlines'],
          lines: [
            'If you already have a level-1 account, the app skips this step: you keep the password you chose then.',
            '8 to 20 characters.',
            'At least one capital letter, one small letter, one digit and one special character, such as @ or #.',
            'Choose one you can remember. Type it twice.',
          ],
        },
        {
          id: 'activate-passcode',
          title: 'Choose a 6-digit passcode',
          illustration: 'passcode',
          safety: true,
          trouble: ['passcode', 'hotlines'],
          lines: ['The app asks for 6 digits: your passcode.', 'Type them twice. Keep them to yourself.'],
        },
        {
          id: 'activate-questions',
          title: 'Answer two security questions',
          illustration: 'questions',
          safety: true,
          lines: ['Choose two questions.', 'Give answers you will remember.'],
        },
      ],
    },
    {
      id: 'login',
      title: 'Log in to the National Public Service Portal',
      steps: [
        {
          id: 'login-open',
          title: 'Open the portal',
          illustration: 'portal',
          lines: ['Open dichvucong.gov.vn in the browser.', { text: 'Tap or click {button}.', button: 'Đăng nhập', meaning: 'Log in' }],
        },
        {
          id: 'login-vneid',
          title: 'Log in with VNeID',
          illustration: 'qr-phone',
          safety: true,
          lines: [
            'Choose to log in with your VNeID electronic identity account.',
            'Do what the screen says, and confirm in the VNeID app on your phone.',
            'Now you can use public services online.',
          ],
        },
      ],
    },
  ],
  trouble: [
    {
      id: 'otp',
      title: 'The SMS code (OTP) does not arrive',
      lines: ['Check that the phone number is right: it must be in your own name.', 'Check that the phone has signal.', 'Wait a few minutes, then ask for a new code.'],
    },
    {
      id: 'nfc',
      title: 'The phone does not read the card',
      lines: [
        'Take the phone out of its case.',
        'Move the card slowly over the back of the phone to find the reader.',
        'When the phone reacts, hold the card still for several seconds.',
        'No NFC? Scan the QR code on the card instead.',
      ],
    },
    { id: 'face', title: 'The face check fails', lines: ['Take off glasses, hat and mask.', 'Keep your eyes open.', 'Face the light; avoid glare and a bright window behind you.', 'Hold the phone still, with your face in the middle.'] },
    {
      id: 'passcode',
      title: 'I forgot my passcode',
      lines: [{ text: 'Tap {button}.', button: 'Quên passcode', meaning: 'Forgot passcode' }, 'Confirm with the code (OTP) that comes by SMS.'],
    },
    {
      id: 'password',
      title: 'I forgot my password',
      lines: [
        { text: 'Tap {button}.', button: 'Quên mật khẩu', meaning: 'Forgot password' },
        { text: 'Enter your personal ID number and phone number, then tap {button}.', button: 'Gửi yêu cầu', meaning: 'Send request' },
        'Confirm with your name, date of birth and the date your ID card was issued, or by scanning the card’s chip (NFC).',
        'Enter the code (OTP) from the SMS, then choose a new password.',
      ],
    },
    {
      id: 'phone',
      title: 'I have a new phone, or lost my phone',
      lines: [
        'Your account lives on one phone. When you log in on a new phone, the confirmation code goes to the VNeID app on the old phone, not by SMS.',
        'You still have the old phone: open VNeID there to see the code, and type it on the new one.',
        { text: 'No old phone: on the new phone choose {button} and scan your card.', button: 'Xác thực NFC bằng thẻ CCCD gắn chip', meaning: 'Verify by NFC with the chip ID card' },
        'Lost your phone: call the VNeID hotline 1900 0368 at once to lock your account.',
      ],
    },
    {
      id: 'hotlines',
      title: 'Help lines',
      lines: [
        'VNeID hotline of the Ministry of Public Security: 1900 0368 — questions about your electronic identity account, and locking it when your phone is lost.',
        'National Public Service Portal hotline: 1800 1096 (free) — questions about filing applications online on the portal.',
      ],
    },
  ],
};
