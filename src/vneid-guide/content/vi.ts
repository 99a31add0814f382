import type { GuideContent } from '../model/types.js';
import { stores } from './stores.js';

/**
 * Hướng dẫn có sẵn, tiếng Việt. Thông tin: domain.md §2. Tên nút là chữ trên ứng dụng theo các
 * hướng dẫn công khai (UNVERIFIED: chưa đối chiếu với phiên bản ứng dụng hiện hành).
 */
export const content: GuideContent = {
  version: 1,
  stores,
  help: 'Ông/Bà hỏi bàn tình nguyện viên tại Trung tâm phục vụ hành chính công của phường, hoặc Công an xã/phường. Tổng đài Cổng Dịch vụ công quốc gia: 1800 1096 (miễn phí).',
  needs: [
    { id: 'need-card', title: 'Thẻ căn cước công dân gắn chip (CCCD gắn chip)', lines: ['Trên thẻ có một con chip nhỏ và số định danh cá nhân 12 chữ số.'] },
    { id: 'need-number', title: 'Số điện thoại của Ông/Bà', lines: ['Số nhận được tin nhắn SMS, lắp trong điện thoại Ông/Bà sẽ dùng.'] },
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
          title: 'Hỏi Công an xã/phường',
          illustration: 'police',
          lines: [
            'Ông/Bà đến Công an xã/phường nơi mình ở.',
            'Hỏi nơi làm và cách làm thẻ căn cước gắn chip.',
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
            'VNeID chỉ dùng trên điện thoại, không dùng trên máy tính.',
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
      title: 'Đăng ký tài khoản mức 1 trên ứng dụng',
      summary: 'Ông/Bà tự làm trên điện thoại.',
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
          trouble: ['nfc'],
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
          lines: ['Đọc kỹ số định danh, họ tên, ngày sinh, giới tính mà ứng dụng hiện ra.', 'Nếu có gì sai, dừng lại và hỏi Công an xã/phường.'],
        },
        {
          id: 'level1-portrait',
          title: 'Chụp ảnh chân dung',
          illustration: 'portrait',
          trouble: ['face'],
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
          trouble: ['otp'],
          lines: [
            'Ông/Bà có thể nhập địa chỉ email, hoặc để trống.',
            { text: 'Bấm {button}.', button: 'Xác nhận thông tin đăng ký' },
            'Chờ tin nhắn SMS báo tài khoản đã được duyệt.',
          ],
        },
      ],
    },
    {
      id: 'level2',
      title: 'Đăng ký mức 2 tại Công an xã/phường',
      summary: 'Đến trực tiếp, mang theo thẻ căn cước gắn chip.',
      when: { level2: ['no', 'unsure'] },
      steps: [
        {
          id: 'level2-bring',
          title: 'Cần mang theo',
          illustration: 'card',
          lines: ['Thẻ căn cước công dân gắn chip.', 'Điện thoại, có lắp SIM số Ông/Bà dùng hằng ngày.'],
        },
        {
          id: 'level2-go',
          title: 'Đi đến đâu',
          illustration: 'police',
          lines: ['Đến Công an xã/phường nơi Ông/Bà ở.', 'Nói với cán bộ: tôi muốn đăng ký tài khoản định danh điện tử mức 2.'],
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
          trouble: ['otp'],
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
          lines: ['Nhập số định danh cá nhân 12 chữ số in trên thẻ.', 'Nhập số điện thoại của Ông/Bà.'],
        },
        {
          id: 'activate-otp',
          title: 'Nhập mã trong tin nhắn',
          illustration: 'sms',
          safety: true,
          trouble: ['otp', 'phone'],
          lines: ['Điện thoại nhận tin nhắn SMS có mã xác thực (OTP).', 'Nhập mã đó vào ứng dụng. Mã này chỉ Ông/Bà được biết.'],
        },
        {
          id: 'activate-password',
          title: 'Đặt mật khẩu',
          illustration: 'lock',
          safety: true,
          trouble: ['password'],
          lines: [
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
          trouble: ['passcode'],
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
          title: 'Mở Cổng Dịch vụ công',
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
    { id: 'otp', title: 'Không nhận được tin nhắn có mã OTP', lines: ['Xem lại số điện thoại đã nhập có đúng không.', 'Xem điện thoại có sóng không.', 'Chờ vài phút, rồi bấm gửi lại mã.'] },
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
    { id: 'password', title: 'Quên mật khẩu', lines: [{ text: 'Bấm {button}.', button: 'Quên mật khẩu' }, 'Nhập họ tên, ngày sinh và ngày cấp thẻ căn cước.'] },
    {
      id: 'phone',
      title: 'Đổi điện thoại mới hoặc bị mất điện thoại',
      lines: [
        'Tài khoản gắn với một điện thoại, nên mã OTP gửi về máy cũ.',
        'Cài VNeID trên điện thoại mới và đăng nhập.',
        { text: 'Chọn {button}.', button: 'Xác thực NFC bằng thẻ CCCD gắn chip' },
        'Quét thẻ: từ đó mã OTP gửi về điện thoại mới.',
      ],
    },
  ],
};
