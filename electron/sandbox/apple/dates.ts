export const DAY_MS = 86_400_000;

/** Apple writes dates as ISO-8601 in UTC with a numeric offset: `2031-03-14T09:26:53+0000`. */
export const formatAppleDate = (date: Date): string =>
  date.toISOString().replace(/\.\d{3}Z$/, '+0000');
