// The decisions API as the admin app uses it, and the words the screens use for its rules.
import { del, get, post, put } from '../api.js';

const base = '/api/decisions';

export const decisionsApi = {
  list: async () => (await get(`${base}?per_page=100`)).decisions,
  get: async (id) => (await get(`${base}/${id}`)).decision,
  create: async (decision) => (await post(base, { decision })).decision,
  open: async (id) => (await post(`${base}/${id}/open`)).decision,
  close: async (id) => (await post(`${base}/${id}/close`)).decision,
  /** Drafts and closed decisions only: the server refuses (409) while the vote is open. */
  remove: (id) => del(`${base}/${id}`),
  vote: async (id, ranking) => (await put(`${base}/${id}/ballot`, { ranking })).ballot,
  result: async (id) => (await get(`${base}/${id}/result`)).result,
  people: async () => (await get('/api/people')).people,
  /** The caller's own ballot, or null when they have not voted. */
  ownBallot: async (id) => (await get(`${base}/${id}/ballot`)).ballot,
};

/** The tie-break chains offered when drafting, in words. */
export const TIE_BREAK_CHOICES = [
  { value: 'previous_rounds,random', label: 'Earlier rounds, then a random draw (recommended)' },
  { value: 'previous_rounds,fixed_order', label: 'Earlier rounds, then the order the options are listed in' },
  { value: 'random', label: 'A random draw' },
  { value: 'fixed_order', label: 'The order the options are listed in' },
];

const RULE_WORDS = {
  previous_rounds: 'earlier rounds (the one with fewer votes in the latest round where they differed goes)',
  random: 'a random draw',
  fixed_order: 'the listed order (the one listed last goes)',
};

export function ruleWords(rule) {
  return RULE_WORDS[rule] ?? rule;
}

export const STATUS_LABELS = { draft: 'Draft', open: 'Voting open', closed: 'Closed' };
export const TEAM_LABELS = { marketing: 'Marketing', it: 'IT' };

/** The teams a role belongs to, as the server records them for voters. */
export function teamsOfRole(role) {
  return { admin: ['marketing', 'it'], developer: ['it'], editor: ['marketing'], approver: ['marketing'] }[role] ?? [];
}
