/** Service days, ticket numbers restarting and dated references all follow Viet Nam's clock. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `YYYY-MM-DD` of the service day at instant `ms`. */
export function serviceDay(ms: number): string {
  return dayFormat.format(new Date(ms));
}

export const iso = (ms: number): string => new Date(ms).toISOString();
