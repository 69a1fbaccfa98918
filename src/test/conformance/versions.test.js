// Draft vs published, the _editable markers of the visual editor, and the cache version (cv): the client learns it
// from responses, sends it back, and after a publish a published read with its cache cleared sees the new content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duet, management, previewStoryblok, rejection, sent, slugsOf, storyblok } from './support.js';
import { blogByPosition } from './fixture.js';

const EDITABLE = /^<!--#storyblok#(.*)-->$/;

test('the preview token with version=draft reads a story that was never published, with _editable markers', async () => {
  const { data } = await previewStoryblok().getStory('landing-pages/enterprise');

  const content = data.story.content;
  assert.equal(content.component, 'landing_page');
  const marker = content._editable.match(EDITABLE);
  assert.ok(marker, `_editable looks like <!--#storyblok#{...}-->: ${content._editable}`);
  const editable = JSON.parse(marker[1]);
  assert.equal(editable.name, 'landing_page');
  assert.equal(editable.uid, content._uid);
  assert.equal(String(editable.id), String(data.story.id));
  assert.equal(String(editable.space), String(duet.spaceId));
  for (const blok of content.body) assert.match(blok._editable, EDITABLE, `nested ${blok.component} is editable`);
});

test('a published read does not see the never-published story and has no _editable markers', async () => {
  const published = storyblok();

  const error = await rejection(published.getStory('landing-pages/enterprise'));
  const { data } = await published.getStory('landing-pages/spring-campaign');

  assert.equal(error.status, 404);
  assert.ok(!JSON.stringify(data).includes('_editable'), 'published content carries no _editable');
});

test('a draft list includes unpublished drafts that the published list leaves out', async () => {
  const draft = await previewStoryblok().getStories({ starts_with: 'blog/' });
  const published = await storyblok().getStories({ starts_with: 'blog/' });

  assert.ok(slugsOf(draft.data.stories).includes('blog/previewing-edge-functions'));
  assert.equal(draft.total, blogByPosition.length + 1);
  assert.ok(!slugsOf(published.data.stories).includes('blog/previewing-edge-functions'));
});

test('the public token cannot read drafts', async () => {
  await previewStoryblok().getStory('landing-pages/enterprise');

  const error = await rejection(storyblok({ version: 'draft' }).getStory('landing-pages/enterprise'));

  assert.ok([401, 403, 404].includes(error.status), `refused with ${error.status}`);
});

test('the client stores the cv of a response, sends it with the next request and caches by it', async () => {
  const client = storyblok();
  await client.flushCache();
  const first = await client.getStory('legal/imprint');
  assert.equal(typeof first.data.cv, 'number');
  assert.equal(client.cacheVersion(), first.data.cv);

  const before = sent.length;
  const second = await client.getStory('legal/imprint');
  const third = await client.getStory('legal/imprint');

  const requests = sent.slice(before);
  assert.equal(requests.length, 1, 'the second read went out with the cv, the third came from the memory cache');
  assert.equal(requests[0].searchParams.get('cv'), String(first.data.cv));
  assert.equal(requests[0].searchParams.get('version'), 'published');
  assert.deepEqual(second.data.story, first.data.story);
  assert.deepEqual(third.data.story, first.data.story);
});

test('a draft change is visible to the preview only; after publishing, a published read with the cache cleared sees it', async () => {
  const published = storyblok();
  const preview = previewStoryblok();
  const before = await published.getStory('team/notice');
  const cvBefore = before.data.cv;
  const path = `/api/spaces/${duet.spaceId}/stories/${before.data.story.id}`;
  const { story } = await management('GET', path);
  const title = `Maintenance window ${Date.now()}`;

  const saved = await management('PUT', path, {
    story: { content: { ...story.content, seo_title: title } }, version: story.version,
  });
  const draft = await preview.getStory('team/notice');
  await published.flushCache();
  const stillPublished = await published.getStory('team/notice');

  assert.equal(draft.data.story.content.seo_title, title);
  assert.equal(stillPublished.data.story.content.seo_title, before.data.story.content.seo_title);

  await management('POST', `${path}/publish`, { version: saved.story.version });
  await published.flushCache();
  const after = await published.getStory('team/notice');

  assert.equal(after.data.story.content.seo_title, title);
  assert.ok(after.data.cv > cvBefore, `cv grew from ${cvBefore} to ${after.data.cv}`);
  assert.equal(published.cacheVersion(), after.data.cv);
  const me = await published.get('cdn/spaces/me');
  assert.equal(me.data.space.version, after.data.cv);
});
