// The experiments API as the Experiments screen uses it (docs/experiments.md): the space's tests, one test's results,
// and the two writes, which send the story's current version (409 when someone saved meanwhile).
import { get, post, query } from '../api.js';

const base = (spaceId) => `/api/spaces/${spaceId}/experiments`;
const one = (spaceId, key) => `${base(spaceId)}/${encodeURIComponent(key)}`;

export const experimentsApi = {
  async list(spaceId, filters = {}) {
    return (await get(`${base(spaceId)}${query(filters)}`)).experiments ?? [];
  },

  async get(spaceId, key) {
    return (await get(one(spaceId, key))).experiment;
  },

  /**
   * The results by `method` = {engine, correction, prior_sd}: a correction (holm or bh) adjusts the p-values of the
   * frequentist and sequential engines, a prior tempers the Bayesian engine's lifts; empty values take the defaults.
   */
  async results(spaceId, key, method = {}) {
    return (await get(`${one(spaceId, key)}/results${query(method)}`)).results;
  },

  /** The results per value of a dimension (segment, channel, locale or device) at each visitor's first exposure. */
  async breakdown(spaceId, key, dimension, method = {}) {
    return (await get(`${one(spaceId, key)}/results/breakdown${query({ by: dimension, ...method })}`)).breakdown;
  },

  /** The version of the story holding the test, as the writes must name it. */
  async storyVersion(spaceId, storyId) {
    return (await get(`/api/spaces/${spaceId}/stories/${storyId}`)).story.version;
  },

  async ship(spaceId, experiment, variation) {
    const version = await this.storyVersion(spaceId, experiment.story_id);
    return post(`${one(spaceId, experiment.key)}/ship`, { variation, version });
  },

  async setStatus(spaceId, experiment, status) {
    const version = await this.storyVersion(spaceId, experiment.story_id);
    return post(`${one(spaceId, experiment.key)}/status`, { status, version });
  },
};
