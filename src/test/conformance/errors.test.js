// What the client sees when Duet refuses: a rejection carrying the HTTP status and a JSON body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rejection, storyblok } from './support.js';

test('a bad token rejects with status 401 and a JSON body', async () => {
  const client = storyblok({ token: 'not-a-token' });

  const error = await rejection(client.getStory('home'));

  assert.equal(error.status, 401);
  assert.equal(typeof error.response.data, 'object', 'the body parsed as JSON');
});

test('a bad token on a list rejects with status 401 too', async () => {
  const error = await rejection(storyblok({ token: 'not-a-token' }).getStories({ starts_with: 'blog/' }));

  assert.equal(error.status, 401);
});
