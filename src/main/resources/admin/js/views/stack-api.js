// The martech stack's part of the management API, and the words the stack screens show for its values.
import { del, get, post, put, query } from '../api.js';

export const CATEGORIES = {
  analytics: 'Analytics', email: 'Email', crm: 'CRM', cms: 'CMS', ads: 'Ads', social: 'Social', seo: 'SEO',
  experimentation: 'Experimentation', automation: 'Automation', data: 'Data', support: 'Support',
  collaboration: 'Collaboration', other: 'Other',
};
export const TEAMS = { marketing: 'Marketing', it: 'IT' };
export const PERIODS = { monthly: 'per month', yearly: 'per year' };
export const VERDICTS = { keep: 'Keep', consolidate: 'Consolidate', retire: 'Retire', renegotiate: 'Renegotiate' };

export const stackApi = {
  tools: async (filter = {}) => (await get(`/api/stack/tools${query(filter)}`)).tools,
  tool: (id) => get(`/api/stack/tools/${id}`),
  create: async (tool) => (await post('/api/stack/tools', { tool })).tool,
  update: async (id, tool) => (await put(`/api/stack/tools/${id}`, { tool })).tool,
  remove: (id) => del(`/api/stack/tools/${id}`),
  decide: async (id, decision, rationale) => (await post(`/api/stack/tools/${id}/decisions`, { decision, rationale })).decision,
  audit: async (withinDays) => (await get(`/api/stack/audit${query({ within_days: withinDays })}`)).audit,
  importCsv: async (csv) => (await post('/api/stack/tools/import', { csv })).imported,
};

/** "1,200.00 EUR" in the reader's locale; amounts come as decimal strings. */
export function money(amount, currency) {
  if (amount === null || amount === undefined) return '–';
  const value = Number(amount);
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(value);
  } catch {
    return `${value.toFixed(2)} ${currency}`;
  }
}

/** A date as the reader writes it, e.g. 2 Dec 2026. */
export function day(iso) {
  if (!iso) return '–';
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A form's values as the API wants a tool: empty fields null, counts as numbers. */
export function toolFromForm(values) {
  const tool = {};
  for (const [key, value] of Object.entries(values)) {
    const text = String(value ?? '').trim();
    tool[key] = text === '' ? null : text;
  }
  for (const key of ['seats_paid', 'seats_active', 'notice_days', 'reminder_days']) {
    if (tool[key] !== null) tool[key] = Number.isInteger(Number(tool[key])) ? Number(tool[key]) : tool[key];
  }
  return tool;
}
