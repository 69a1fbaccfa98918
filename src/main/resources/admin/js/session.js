// Who is signed in, what they may do, and which spaces they can open. One object, read by every screen.
import { get, post, setCsrfToken } from './api.js';

export const session = {
  user: null,
  permissions: [],
  spaces: [],

  /** True when the signed-in user's role grants `scope`, e.g. "story:publish". */
  may(scope) {
    return this.permissions.includes(scope);
  },

  space(id) {
    return this.spaces.find((space) => String(space.id) === String(id)) ?? null;
  },

  /** Loads the current user (resolves false when nobody is signed in). */
  async restore() {
    try {
      const me = await get('/api/auth/me');
      await this.adopt(me);
      return true;
    } catch (error) {
      if (error.status === 401) return false;
      throw error;
    }
  },

  async signIn(email, password) {
    const answer = await post('/api/auth/login', { email, password });
    await this.adopt(answer);
  },

  async signOut() {
    try {
      await post('/api/auth/logout');
    } finally {
      this.user = null;
      this.permissions = [];
      this.spaces = [];
      setCsrfToken(null);
    }
  },

  async adopt(answer) {
    setCsrfToken(answer.csrf_token ?? null);
    this.user = answer.user;
    this.permissions = answer.permissions ?? [];
    await this.reloadSpaces();
  },

  async reloadSpaces() {
    this.spaces = (await get('/api/spaces')).spaces;
  },
};
