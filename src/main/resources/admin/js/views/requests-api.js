// The requests API as the requests screen uses it, and the words it shows for types, priorities and states.
import { api, del, get, getPage, post, put, query } from '../api.js';

export const TYPES = {
  landing_page: 'Landing page', tracking: 'Tracking', integration: 'Integration', data_pull: 'Data pull',
  email_template: 'Email template', access: 'Access', other: 'Other',
};
export const PRIORITIES = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' };
export const TEAMS = { marketing: 'Marketing', it: 'IT' };
export const STATES = {
  new: 'New', rejected: 'Rejected', snoozed: 'Snoozed', duplicate: 'Duplicate', to_do: 'To do',
  in_progress: 'In progress', in_review: 'In review', blocked: 'Blocked', done: 'Done',
};
export const BRIEF = [
  ['problem', 'Problem', 'What is wrong or missing today?', true],
  ['objective', 'Objective', 'What should be true when this is done?', true],
  ['success_kpi', 'Success KPI', 'How will we know it worked? A number if you can.', false],
  ['audience', 'Audience', 'Who is it for?', false],
  ['deliverables', 'Deliverables', 'What exactly should be handed over?', false],
  ['systems_affected', 'Systems affected', 'CRM, website, analytics…', false],
  ['constraints', 'Constraints', 'Budget, legal, brand or technical limits.', false],
];

const base = '/api/requests';

export const requestsApi = {
  board: (team) => get(`${base}/board${query({ team })}`).then((body) => body.columns),
  list: (filters) => getPage(`${base}${query(filters)}`),
  get: (id) => get(`${base}/${id}`).then((body) => body.request),
  file: (request) => post(base, request).then((body) => body.request),
  edit: (id, request) => put(`${base}/${id}`, request).then((body) => body.request),
  accept: (id) => post(`${base}/${id}/accept`).then((body) => body.request),
  reject: (id, reason) => post(`${base}/${id}/reject`, { reason }).then((body) => body.request),
  snooze: (id, until, reason) => post(`${base}/${id}/snooze`, { until, reason }).then((body) => body.request),
  duplicate: (id, of) => post(`${base}/${id}/duplicate`, { of }).then((body) => body.request),
  reopen: (id) => post(`${base}/${id}/reopen`).then((body) => body.request),
  move: (id, state, position, version, reason) =>
    post(`${base}/${id}/move`, { state, position, version, reason }).then((body) => body.request),
  assign: (id, assigneeId) => put(`${base}/${id}/assignee`, { assignee_id: assigneeId }).then((body) => body.request),
  timeline: (id) => get(`${base}/${id}/timeline`).then((body) => body.events),
  comment: (id, text) => post(`${base}/${id}/comments`, { text }).then((body) => body.request),
  editComment: (id, commentId, text) => put(`${base}/${id}/comments/${commentId}`, { text }).then((body) => body.request),
  deleteComment: (id, commentId) => del(`${base}/${id}/comments/${commentId}`),
  watch: (id) => post(`${base}/${id}/watch`).then((body) => body.request),
  unwatch: (id) => api('DELETE', `${base}/${id}/watch`).then((body) => body.request),
  people: () => get('/api/people').then((body) => body.people),
};

/** The teams the signed-in person triages for, as Team.of(role) says on the server. */
export function teamsOf(role) {
  if (role === 'admin') return ['marketing', 'it'];
  if (role === 'developer') return ['it'];
  if (role === 'editor' || role === 'approver') return ['marketing'];
  return [];
}

/** Warnings a card and a row show: overdue, due soon, and its age. */
export function warnings(request) {
  const out = [];
  if (request.overdue) out.push({ kind: 'overdue', text: `Overdue since ${request.due_date}` });
  else if (request.due_soon) out.push({ kind: 'due-soon', text: `Due ${request.due_date}` });
  return out;
}

export function age(request) {
  const days = request.age_days;
  return days === 0 ? 'filed today' : days === 1 ? '1 day old' : `${days} days old`;
}
