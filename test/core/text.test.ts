import { expect } from '@open-wc/testing';
import { isLocalizedText, resolveText } from '../../src/core/localized-text.js';
import { fold } from '../../src/core/fold.js';
import { startLocalization } from '../../src/core/localization.js';

describe('LocalizedText', () => {
  before(() => startLocalization());
  const name = { vi: 'Đăng ký khai sinh', en: 'Birth registration', de: 'Geburtsanmeldung' };

  it('resolves the requested locale, then vi, then en, then the first', () => {
    expect(resolveText(name, 'de')).to.equal('Geburtsanmeldung');
    expect(resolveText({ vi: 'Hộ tịch', en: 'Civil status' }, 'de')).to.equal('Hộ tịch');
    expect(resolveText({ en: 'Civil status', fr: 'État civil' } as never, 'de')).to.equal('Civil status');
    expect(resolveText({ fr: 'État civil' } as never, 'vi')).to.equal('État civil');
  });

  it('uses the current locale by default and passes plain strings through', () => {
    expect(resolveText(name)).to.equal('Đăng ký khai sinh');
    expect(resolveText('Chứng thực')).to.equal('Chứng thực');
  });

  it('turns anything that is not text into an empty string', () => {
    for (const bad of [null, undefined, 42, [], {}, { vi: 3 }, ['a']]) {
      expect(resolveText(bad), JSON.stringify(bad)).to.equal('');
      expect(isLocalizedText(bad)).to.equal(false);
    }
    expect(isLocalizedText(name)).to.equal(true);
  });
});

describe('fold', () => {
  it('ignores case and diacritics, and matches đ with d', () => {
    const folded = fold('Đăng ký khai sinh');
    expect(folded).to.equal('dang ky khai sinh');
    for (const q of ['dang ky khai sinh', 'Dang Ky', 'khai sinh', 'ĐĂNG KÝ']) {
      expect(folded.includes(fold(q)), q).to.equal(true);
    }
  });

  it('folds every Vietnamese vowel with tone marks, in NFC and NFD input', () => {
    expect(fold('ẮẰẲẴẶ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ỳýỷỹỵ')).to.equal(
      'aaaaa aaaaa eeeee ooooo ooooo uuuuu yyyyy',
    );
    expect(fold('Chứng thực'.normalize('NFD'))).to.equal('chung thuc');
    expect(fold('  Cư   trú\t')).to.equal('cu tru');
  });
});
