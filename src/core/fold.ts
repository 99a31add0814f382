/**
 * Folds Vietnamese text for search: lower case, no diacritics, `đ` → `d`, single spaces — so
 * "dang ky khai sinh" and "Dang Ky" both find "Đăng ký khai sinh".
 */
export function fold(text: string): string {
  return text
    // NFD leaves đ/Đ whole: they are letters of their own, not d plus a mark.
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
