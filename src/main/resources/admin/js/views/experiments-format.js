// How the experiment screens write numbers: shares as percentages, lifts with their sign, and API values that may be
// null or missing as NaN (shown as a dash).
export const percent = (value, digits = 1) => (Number.isFinite(value) ? `${(value * 100).toFixed(digits)}%` : '–');
export const signed = (value, digits = 1) => (Number.isFinite(value) ? `${value > 0 ? '+' : ''}${(value * 100).toFixed(digits)}%` : '–');
export const number = (value) => (value === null || value === undefined || value === '' ? NaN : Number(value));
