// How the insights screen words its numbers and periods, and the API paths it reads (JSON and CSV).

const counts = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const percents = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

export function count(value) {
  return value === null || value === undefined ? '–' : counts.format(value);
}

/** A rate (0.042) as a percentage ("4.2%"); "–" where there is nothing to divide by. */
export function percent(value) {
  return value === null || value === undefined ? '–' : percents.format(value);
}

/** A relative change as "+12%" / "−8%" with its direction, or null when there is nothing to compare with. */
export function change(value) {
  if (value === null || value === undefined) return null;
  const direction = value > 0.0005 ? 'up' : value < -0.0005 ? 'down' : 'flat';
  const text = `${value > 0 ? '+' : value < 0 ? '−' : '±'}${percents.format(Math.abs(value))}`;
  return { direction, text };
}

/** The choices of the period picker: the last n days up to today. */
export const PRESETS = [
  { days: 1, label: 'Today' },
  { days: 7, label: 'Last 7 days' },
  { days: 28, label: 'Last 28 days' },
  { days: 90, label: 'Last 90 days' },
  { days: 365, label: 'Last 365 days' },
];

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

/** The from/to dates (UTC) of the last `days` days, today included. */
export function lastDays(days) {
  const to = new Date();
  const from = new Date(to.getTime() - (days - 1) * 86400000);
  return { from: isoDay(from), to: isoDay(to) };
}

/** "the previous 28 days" for a period of that length. */
export function previousWords(period) {
  return period.days === 1 ? 'the day before' : `the previous ${period.days} days`;
}

/** The browser's current offset from UTC as the API takes it ("+01:00"). */
export function browserOffset() {
  const minutes = -new Date().getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

/** The path of an insights report with its parameters (empty ones left out), optionally as CSV. */
export function reportPath(spaceId, report, params, csv = false) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, format: csv ? 'csv' : '' })) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  return `/api/spaces/${spaceId}/insights/${report}?${search}`;
}

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const DIMENSIONS = [
  { id: 'channel', label: 'Channel', none: 'Direct or unknown' },
  { id: 'segment', label: 'Segment', none: 'No segment' },
  { id: 'device', label: 'Device', none: 'Unknown device' },
  { id: 'locale', label: 'Language', none: 'Unknown language' },
];
