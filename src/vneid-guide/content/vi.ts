import type { GuideContent } from '../model/types.js';
import { stores } from './stores.js';

/**
 * Hướng dẫn có sẵn, tiếng Việt, theo Nghị định 69/2024/NĐ-CP về định danh và xác thực điện tử và
 * các hướng dẫn công khai năm 2025 (tổng đài 1900 0368, mã xác nhận gửi về ứng dụng trên máy cũ,
 * nút "Gửi yêu cầu", kích hoạt trên trang web, SIM chính chủ, cảnh báo lừa đảo); cùng nội dung
 * với en.ts và de.ts (test/vneid-guide/model.test.ts so sánh cấu trúc).
 * UNVERIFIED (chưa đối chiếu với phiên bản ứng dụng và cửa hàng hiện hành): tên các nút, địa chỉ
 * trang web vneid.gov.vn, tên nhà phát triển trên cửa hàng, liên kết cửa hàng (stores.ts).
 */
export const content: GuideContent = {
  version: 1,
  stores,
  help: 'Ông/Bà có thể nhờ tình nguyện viên tại Trung tâm Phục vụ hành chính công hướng dẫn, hoặc hỏi Công an xã, phường nơi mình cư trú.',
  needs: [
    { id: 'need-card', title: 'Thẻ căn cước (hoặc thẻ căn cước công dân) gắn chip', lines: ['Trên thẻ có một con chip nhỏ và số định danh cá nhân 12 chữ số.'] },
    {
      id: 'need-number',
      title: 'Số điện thoại đứng tên Ông/Bà (SIM chính chủ)',
      lines: ['Số điện thoại phải đứng tên chính Ông/Bà, nhận được tin nhắn SMS và lắp trong điện thoại Ông/Bà sẽ dùng.'],
    },
    {
      id: 'need-nfc',
      title: 'Điện thoại thông minh đọc được chip (có NFC)',
      lines: [
        'iPhone: từ iPhone 7 trở lên, và iPhone SE (2020) trở lên đều đọc được.',
        'Android: mở Cài đặt, tìm chữ “NFC”. Nếu có, hãy bật lên.',
        'Điện thoại không có NFC? Ứng dụng có thể quét mã QR trên thẻ thay cho chip.',
        'Nên dùng phiên bản Android hoặc iOS mới.',
      ],
    },
    { id: 'need-place', title: 'Một chỗ yên tĩnh, đủ ánh sáng', lines: ['Ánh sáng chiếu vào mặt, không ngồi quay lưng ra cửa sổ sáng.'] },
  ],
  tasks: [
    {
      id: 'get-card',
      title: 'Làm thẻ căn cước gắn chip trước',
      summary: 'Cần có thẻ gắn chip mới dùng được VNeID.',
      when: { chipCard: ['no'] },
      steps: [
        {
          id: 'card-apply',
          title: 'Hỏi Công an xã, phường',
          illustration: 'police',
          lines: [
            'Ông/Bà đến Công an xã, phường nơi mình cư trú.',
            'Hỏi nơi làm và cách làm thẻ căn cước gắn chip.',
            'Khi làm thẻ, Ông/Bà có thể đề nghị đăng ký luôn tài khoản định danh điện tử mức độ 2: mang theo điện thoại có SIM chính chủ.',
            'Khi đã có thẻ, Ông/Bà quay lại hướng dẫn này.',
          ],
        },
      ],
    },
    {
      id: 'install',
      title: 'Cài ứng dụng VNeID',
      steps: [
        {
          id: 'install-safe',
          title: 'Cẩn thận kẻ lừa đảo',
          illustration: 'store',
          safety: true,
          lines: [
            'Chỉ cài VNeID từ CH Play (điện thoại Android) hoặc App Store (iPhone). Nhà phát triển ghi: Trung tâm dữ liệu quốc gia về dân cư.',
            'Không cài tệp .apk, không bấm vào đường link do người khác gửi qua tin nhắn, Zalo hay mạng xã hội.',
            'Công an không bao giờ gọi điện bảo Ông/Bà cài ứng dụng. Ai gọi như vậy là kẻ lừa đảo: Ông/Bà hãy tắt máy.',
          ],
        },
        {
          id: 'install-android',
          title: 'Cài từ CH Play',
          platforms: ['android'],
          illustration: 'store',
          lines: [
            'Mở ứng dụng CH Play trên điện thoại.',
            'Chạm vào ô tìm kiếm, gõ VNeID.',
            'Xem kỹ tên: VNeID. Ứng dụng có tên na ná là ứng dụng giả.',
            { text: 'Bấm nút {button}.', button: 'Cài đặt' },
          ],
        },
        {
          id: 'install-ios',
          title: 'Cài từ App Store',
          platforms: ['ios'],
          illustration: 'store',
          lines: [
            'Mở App Store trên iPhone.',
            'Chạm vào Tìm kiếm, gõ VNeID.',
            'Xem kỹ tên: VNeID. Ứng dụng có tên na ná là ứng dụng giả.',
            { text: 'Bấm nút {button}, rồi xác nhận theo yêu cầu của iPhone.', button: 'Nhận' },
          ],
        },
        {
          id: 'install-desktop',
          title: 'Cài vào điện thoại',
          platforms: ['desktop'],
          qr: true,
          illustration: 'qr-phone',
          lines: [
            'Ứng dụng VNeID chỉ cài được trên điện thoại. Riêng việc kích hoạt tài khoản thì cũng làm được trên máy tính, tại trang web VNeID.',
            'Mở máy ảnh (camera) của điện thoại, hướng vào mã QR đúng loại điện thoại ở dưới.',
            'Trang cài đặt hiện ra trên điện thoại. Ông/Bà cài VNeID ở đó.',
            'Sau đó làm tiếp hướng dẫn này trên điện thoại, hoặc để trang này mở bên cạnh.',
          ],
        },
        {
          id: 'install-open',
          title: 'Mở ứng dụng',
          illustration: 'app-open',
          lines: ['Chạm vào biểu tượng VNeID trên điện thoại.', 'Nếu ứng dụng xin dùng máy ảnh hoặc gửi thông báo, hãy bấm cho phép.'],
        },
      ],
    },
    {
      id: 'level1',
      title: 'Đăng ký tài khoản mức độ 1 trên ứng dụng (không bắt buộc)',
      summary: 'Ông/Bà tự làm trên điện thoại. Không bắt buộc: Ông/Bà có thể đến thẳng Công an xã, phường để đăng ký mức độ 2.',
      when: { chipCard: ['yes'], level2: ['no', 'unsure'] },
      steps: [
        {
          id: 'level1-start',
          title: 'Bắt đầu đăng ký',
          illustration: 'app-open',
          lines: [
            { text: 'Bấm {button}.', button: 'Đăng ký tài khoản mức 1' },
            { text: 'Bấm {button}.', button: 'Bắt đầu' },
          ],
        },
        {
          id: 'level1-nfc',
          title: 'Quét chip trên thẻ',
          illustration: 'nfc',
          trouble: ['nfc', 'hotlines'],
          lines: [
            'Tháo ốp lưng điện thoại ra.',
            'Đặt thẻ nằm phẳng trên bàn.',
            'Áp điện thoại lên thẻ: iPhone áp phần mép trên, phần lớn điện thoại Android áp phần giữa mặt lưng.',
            'Giữ yên vài giây, đến khi điện thoại báo đã đọc được thẻ.',
            'Không có NFC? Chọn quét mã QR trên thẻ.',
          ],
        },
        {
          id: 'level1-check',
          title: 'Kiểm tra thông tin',
          illustration: 'card',
          lines: ['Đọc kỹ số định danh, họ tên, ngày sinh, giới tính mà ứng dụng hiện ra.', 'Nếu có gì sai, dừng lại và hỏi Công an xã, phường.'],
        },
        {
          id: 'level1-portrait',
          title: 'Chụp ảnh chân dung',
          illustration: 'portrait',
          trouble: ['face', 'hotlines'],
          lines: [
            'Ngồi chỗ sáng, quay mặt về phía ánh sáng.',
            'Bỏ kính, mũ và khẩu trang.',
            'Mở mắt, để khuôn mặt ở giữa khung hình.',
            'Cầm điện thoại thật yên, ngang tầm mắt.',
          ],
        },
        {
          id: 'level1-confirm',
          title: 'Gửi đăng ký',
          illustration: 'sms',
          trouble: ['otp', 'hotlines'],
          lines: [
            'Ông/Bà có thể nhập địa chỉ thư điện tử (email), hoặc để trống.',
            { text: 'Bấm {button}.', button: 'Xác nhận thông tin đăng ký' },
            'Chờ tin nhắn SMS báo tài khoản đã được duyệt.',
          ],
        },
      ],
    },
    {
      id: 'level2',
      title: 'Đăng ký tài khoản mức độ 2 tại Công an xã, phường',
      summary: 'Đến trực tiếp, mang theo thẻ căn cước gắn chip. Không cần có tài khoản mức độ 1 trước.',
      when: { level2: ['no', 'unsure'] },
      steps: [
        {
          id: 'level2-bring',
          title: 'Cần mang theo',
          illustration: 'card',
          lines: ['Thẻ căn cước (hoặc thẻ căn cước công dân) gắn chip.', 'Điện thoại có lắp SIM đứng tên Ông/Bà (SIM chính chủ), số Ông/Bà dùng hằng ngày.'],
        },
        {
          id: 'level2-go',
          title: 'Đi đến đâu',
          illustration: 'police',
          lines: ['Đến Công an xã, phường nơi Ông/Bà cư trú.', 'Nói với cán bộ: tôi muốn đăng ký tài khoản định danh điện tử mức độ 2.'],
        },
        {
          id: 'level2-there',
          title: 'Tại đó sẽ làm gì',
          illustration: 'fingerprint',
          safety: true,
          lines: ['Cán bộ nhập thông tin của Ông/Bà.', 'Cán bộ chụp ảnh và lấy vân tay.', 'Xem lại số điện thoại cán bộ nhập có đúng số của mình không.'],
        },
        {
          id: 'level2-sms',
          title: 'Chờ tin nhắn',
          illustration: 'sms',
          trouble: ['otp', 'hotlines'],
          lines: ['Kết quả gửi qua tin nhắn SMS hoặc trên ứng dụng VNeID.', 'Khi tài khoản đã được duyệt, Ông/Bà làm tiếp phần “Kích hoạt tài khoản”.'],
        },
      ],
    },
    {
      id: 'activate',
      title: 'Kích hoạt tài khoản',
      summary: 'Sau khi nhận tin nhắn tài khoản đã được duyệt.',
      steps: [
        {
          id: 'activate-web',
          title: 'Trên máy tính: kích hoạt tại trang web VNeID',
          platforms: ['desktop'],
          illustration: 'portal',
          safety: true,
          lines: [
            'Ông/Bà có thể kích hoạt ngay trên máy tính, tại trang web vneid.gov.vn, hoặc làm trên điện thoại theo các bước dưới đây.',
            { text: 'Trên trang web: nhập số định danh cá nhân và số điện thoại, bấm {button}, rồi nhập mã OTP trong tin nhắn.', button: 'Gửi yêu cầu' },
          ],
        },
        {
          id: 'activate-open',
          title: 'Mở phần kích hoạt',
          illustration: 'app-open',
          safety: true,
          lines: ['Mở ứng dụng VNeID.', { text: 'Bấm {button}.', button: 'Kích hoạt tài khoản định danh điện tử' }],
        },
        {
          id: 'activate-id',
          title: 'Nhập số định danh và số điện thoại',
          illustration: 'card',
          safety: true,
          lines: ['Nhập số định danh cá nhân 12 chữ số in trên thẻ.', 'Nhập số điện thoại đứng tên Ông/Bà.', { text: 'Bấm {button}.', button: 'Gửi yêu cầu' }],
        },
        {
          id: 'activate-otp',
          title: 'Nhập mã trong tin nhắn',
          illustration: 'sms',
          safety: true,
          trouble: ['otp', 'phone', 'hotlines'],
          lines: ['Điện thoại nhận tin nhắn SMS có mã xác thực (OTP).', 'Nhập mã đó vào ứng dụng. Mã này chỉ Ông/Bà được biết.'],
        },
        {
          id: 'activate-password',
          title: 'Đặt mật khẩu',
          illustration: 'lock',
          safety: true,
          trouble: ['password', 'hotlines'],
          lines: [
            'Nếu Ông/Bà đã có tài khoản mức độ 1, ứng dụng bỏ qua bước này: Ông/Bà dùng mật khẩu đã đặt khi đăng ký.',
            'Dài từ 8 đến 20 ký tự.',
            'Có ít nhất một chữ in hoa, một chữ thường, một chữ số và một ký tự đặc biệt như @ hoặc #.',
            'Chọn mật khẩu Ông/Bà nhớ được. Nhập hai lần.',
          ],
        },
        {
          id: 'activate-passcode',
          title: 'Đặt mã passcode 6 số',
          illustration: 'passcode',
          safety: true,
          trouble: ['passcode', 'hotlines'],
          lines: ['Ứng dụng yêu cầu 6 chữ số: đó là passcode.', 'Nhập hai lần. Không cho ai biết.'],
        },
        {
          id: 'activate-questions',
          title: 'Trả lời hai câu hỏi bảo mật',
          illustration: 'questions',
          safety: true,
          lines: ['Chọn hai câu hỏi.', 'Trả lời bằng điều Ông/Bà chắc chắn nhớ được.'],
        },
      ],
    },
    {
      id: 'login',
      title: 'Đăng nhập Cổng Dịch vụ công quốc gia',
      steps: [
        {
          id: 'login-open',
          title: 'Mở Cổng Dịch vụ công quốc gia',
          illustration: 'portal',
          lines: ['Mở trang dichvucong.gov.vn trên trình duyệt.', { text: 'Bấm {button}.', button: 'Đăng nhập' }],
        },
        {
          id: 'login-vneid',
          title: 'Đăng nhập bằng VNeID',
          illustration: 'qr-phone',
          safety: true,
          lines: [
            'Chọn đăng nhập bằng tài khoản định danh điện tử VNeID.',
            'Làm theo hướng dẫn trên màn hình, rồi xác nhận trên ứng dụng VNeID ở điện thoại.',
            'Từ nay Ông/Bà có thể nộp hồ sơ dịch vụ công trực tuyến.',
          ],
        },
      ],
    },
  ],
  trouble: [
    {
      id: 'otp',
      title: 'Không nhận được tin nhắn có mã OTP',
      lines: ['Xem lại số điện thoại đã nhập có đúng không: phải là số đứng tên Ông/Bà.', 'Xem điện thoại có sóng không.', 'Chờ vài phút, rồi bấm gửi lại mã.'],
    },
    {
      id: 'nfc',
      title: 'Điện thoại không đọc được thẻ',
      lines: [
        'Tháo ốp lưng điện thoại.',
        'Di chuyển thẻ thật chậm trên mặt lưng điện thoại để tìm chỗ đọc.',
        'Khi điện thoại có phản hồi, giữ yên thẻ vài giây.',
        'Không có NFC? Quét mã QR trên thẻ.',
      ],
    },
    { id: 'face', title: 'Không nhận diện được khuôn mặt', lines: ['Bỏ kính, mũ và khẩu trang.', 'Mở mắt.', 'Quay mặt về phía ánh sáng, tránh bị lóa hoặc ngồi quay lưng ra cửa sổ sáng.', 'Cầm điện thoại thật yên, để khuôn mặt ở giữa.'] },
    { id: 'passcode', title: 'Quên passcode', lines: [{ text: 'Bấm {button}.', button: 'Quên passcode' }, 'Xác nhận bằng mã OTP gửi qua tin nhắn SMS.'] },
    {
      id: 'password',
      title: 'Quên mật khẩu',
      lines: [
        { text: 'Bấm {button}.', button: 'Quên mật khẩu' },
        { text: 'Nhập số định danh cá nhân và số điện thoại, rồi bấm {button}.', button: 'Gửi yêu cầu' },
        'Xác minh bằng họ tên, ngày sinh và ngày cấp thẻ căn cước, hoặc quét chip trên thẻ (NFC).',
        'Nhập mã OTP trong tin nhắn, rồi đặt mật khẩu mới.',
      ],
    },
    {
      id: 'phone',
      title: 'Đổi điện thoại mới hoặc bị mất điện thoại',
      lines: [
        'Tài khoản gắn với một điện thoại. Khi Ông/Bà đăng nhập trên điện thoại mới, mã xác nhận được gửi đến ứng dụng VNeID trên điện thoại cũ, không gửi qua tin nhắn.',
        'Còn điện thoại cũ: mở VNeID trên máy cũ để xem mã, rồi nhập vào máy mới.',
        { text: 'Không còn điện thoại cũ: trên máy mới, chọn {button} rồi quét thẻ.', button: 'Xác thực NFC bằng thẻ CCCD gắn chip' },
        'Bị mất điện thoại: gọi ngay tổng đài VNeID 1900 0368 để khóa tài khoản.',
      ],
    },
    {
      id: 'hotlines',
      title: 'Tổng đài hỗ trợ',
      lines: [
        'Tổng đài VNeID của Bộ Công an: 1900 0368 — hỏi về tài khoản định danh điện tử, và khóa tài khoản khi bị mất điện thoại.',
        'Tổng đài Cổng Dịch vụ công quốc gia: 1800 1096 (miễn phí) — hỏi về nộp hồ sơ trực tuyến trên Cổng.',
      ],
    },
  ],
};
