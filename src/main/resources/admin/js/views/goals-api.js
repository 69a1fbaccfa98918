// The goals API as the Goals screen uses it (docs/goals.md): objectives with their scored key results, key results
// with their drivers, check-ins, and the choices a live key result can follow.
import { del, get, post, put, query } from '../api.js';

export const goalsApi = {
  async objectives(period) {
    return (await get(`/api/goals/objectives${query({ period })}`)).objectives ?? [];
  },
  async createObjective(body) {
    return (await post('/api/goals/objectives', body)).objective;
  },
  async updateObjective(id, body) {
    return (await put(`/api/goals/objectives/${id}`, body)).objective;
  },
  removeObjective(id) {
    return del(`/api/goals/objectives/${id}`);
  },
  async addKeyResult(objectiveId, body) {
    return (await post(`/api/goals/objectives/${objectiveId}/key_results`, body)).key_result;
  },
  removeKeyResult(id) {
    return del(`/api/goals/key_results/${id}`);
  },
  async checkIn(id, body) {
    return (await post(`/api/goals/key_results/${id}/check_ins`, body)).key_result;
  },
  async checkIns(id) {
    return (await get(`/api/goals/key_results/${id}/check_ins`)).check_ins ?? [];
  },
  async metrics() {
    return get('/api/goals/metrics');
  },
  async people() {
    return (await get('/api/people')).people ?? [];
  },
  async stories(spaceId) {
    return (await get(`/api/spaces/${spaceId}/stories?per_page=100`)).stories ?? [];
  },
  async experiments(spaceId) {
    return (await get(`/api/spaces/${spaceId}/experiments`)).experiments ?? [];
  },
};

/** The quarter a date falls in, e.g. "2026-Q4". */
export function quarterOf(date = new Date()) {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The quarter before and after, and the three around `quarter`, for the period picker. */
export function quartersAround(quarter) {
  const [year, q] = quarter.split('-Q').map(Number);
  const index = year * 4 + (q - 1);
  return [-2, -1, 0, 1, 2].map((step) => {
    const at = index + step;
    return `${Math.floor(at / 4)}-Q${(at % 4) + 1}`;
  });
}

export const BAND_LABELS = { on_track: 'On track', progressing: 'Progressing', off_track: 'Off track' };
export const TEAM_LABELS = { marketing: 'Marketing', it: 'IT' };
export const DRIVER_LABELS = { manual: 'Checked in by hand', insights: 'Live from Insights', operational: 'Live Duet metric' };
export const DIRECTION_LABELS = {
  increase_to: 'Increase to', decrease_to: 'Decrease to', stay_above: 'Stay at or above', stay_below: 'Stay at or below',
};
export const INSIGHTS_LABELS = {
  views: 'Page views', unique_visitors: 'Unique visitors', clicks: 'Clicks', conversions: 'Conversions',
  conversion_rate: 'Conversion rate (%)', experiment_goal: 'Experiment variant goal (%)',
};
export const WINDOW_LABELS = {
  last_7_days: 'Last 7 days', last_28_days: 'Last 28 days', last_90_days: 'Last 90 days', period: 'The objective’s period',
};

/** A key result's value as people read it: "4.2 %", "€1,200", "Yes", "1,530". */
export function formatValue(value, keyResult) {
  if (value === null || value === undefined) return '—';
  if (keyResult.type === 'boolean') return value >= 1 ? 'Yes' : 'No';
  if (keyResult.type === 'currency') {
    try {
      return new Intl.NumberFormat(undefined, { style: 'currency', currency: keyResult.currency, maximumFractionDigits: 2 }).format(value);
    } catch {
      return `${value} ${keyResult.currency}`;
    }
  }
  const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: Math.abs(value) < 10 ? 2 : 1 }).format(value);
  return keyResult.type === 'percent' ? `${number} %` : number;
}

/** A 0–1 score as a whole percentage. */
export function percent(score) {
  return score === null || score === undefined ? '—' : `${Math.round(score * 100)} %`;
}
