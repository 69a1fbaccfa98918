// Single stories and simple lists, read with the official client exactly as a site reads them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyblok, rejection, slugsOf } from './support.js';
import { blogByPosition, uuids } from './fixture.js';

const client = storyblok();

test('getStory by full slug returns the published story in the Storyblok shape', async () => {
  const { data } = await client.getStory('blog/cutting-cold-start-latency');

  const story = data.story;
  assert.equal(story.uuid, uuids.coldStart);
  assert.equal(story.name, 'How we cut cold-start latency by 63%');
  assert.equal(story.slug, 'cutting-cold-start-latency');
  assert.equal(story.full_slug, 'blog/cutting-cold-start-latency');
  assert.equal(typeof story.id, 'number');
  assert.equal(story.is_startpage, false);
  assert.deepEqual(story.tag_list, ['engineering']);
  assert.equal(story.sort_by_date, '2026-02-24');
  assert.equal(story.lang, 'default');
  assert.match(story.published_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  assert.equal(story.content.component, 'blog_post');
  assert.equal(story.content.title, 'How we cut cold-start latency by 63%');
  assert.equal(story.content.reading_time, '9');
  assert.deepEqual(story.content.author, [uuids.jonasWeber]);
  assert.equal(typeof story.content._uid, 'string');
  assert.equal(typeof data.cv, 'number');
  assert.ok(Array.isArray(data.rels), 'rels is an array');
  assert.ok(Array.isArray(data.links), 'links is an array');
});

test('getStory by numeric id returns the same story', async () => {
  const bySlug = (await client.getStory('home')).data.story;

  const byId = (await client.getStory(String(bySlug.id))).data.story;

  assert.equal(byId.uuid, uuids.home);
  assert.equal(byId.full_slug, 'home');
  assert.deepEqual(byId.content, bySlug.content);
});

test('getStory by uuid with find_by=uuid returns the same story', async () => {
  const { data } = await client.getStory(uuids.coldStart, { find_by: 'uuid' });

  assert.equal(data.story.full_slug, 'blog/cutting-cold-start-latency');
});

test('a folder start page answers at the folder slug with a trailing slash', async () => {
  const { data } = await client.getStory('blog/');

  assert.equal(data.story.is_startpage, true);
  assert.equal(data.story.full_slug, 'blog/');
  assert.equal(data.story.name, 'Blog');
  assert.equal(data.story.content.component, 'page');
});

test('an unknown slug rejects with status 404 and a JSON body', async () => {
  await client.getStory('blog/cutting-cold-start-latency');

  const error = await rejection(client.getStory('blog/no-such-post'));

  assert.equal(error.status, 404);
  assert.ok(error.response.data !== undefined, 'the client could parse the error body as JSON');
});

test('getStories with starts_with lists the published stories of the folder', async () => {
  const response = await client.getStories({ starts_with: 'blog/' });

  assert.deepEqual(slugsOf(response.data.stories).sort(), [...blogByPosition].sort());
  assert.equal(response.total, blogByPosition.length);
  assert.equal(response.perPage, 25);
  assert.equal(typeof response.data.cv, 'number');
});

test('getStories answers the same at the trailing-slash URL the Storyblok docs use', async () => {
  const withSlash = await client.get('cdn/stories/', { starts_with: 'legal/' });

  assert.deepEqual(slugsOf(withSlash.data.stories).sort(), ['legal/imprint', 'legal/privacy']);
});

test('by_slugs with a wildcard and excluding_slugs select stories by full slug', async () => {
  const { data } = await client.getStories({
    by_slugs: 'legal/*,home',
    excluding_slugs: 'legal/imprint',
  });

  assert.deepEqual(slugsOf(data.stories).sort(), ['home', 'legal/privacy']);
});

test('by_uuids_ordered answers in the order asked', async () => {
  const { data } = await client.getStories({ by_uuids_ordered: `${uuids.coldStart},${uuids.home}` });

  assert.deepEqual(slugsOf(data.stories), ['blog/cutting-cold-start-latency', 'home']);
});

test('content_type and is_startpage narrow a list', async () => {
  const authors = await client.getStories({ starts_with: 'authors/', content_type: 'author' });
  const startPages = await client.getStories({ starts_with: 'blog/', is_startpage: 1 });
  const posts = await client.getStories({ starts_with: 'blog/', is_startpage: false });

  assert.deepEqual(slugsOf(authors.data.stories).sort(),
    ['authors/jonas-weber', 'authors/mara-lindqvist', 'authors/priya-raman']);
  assert.deepEqual(slugsOf(startPages.data.stories), ['blog/']);
  assert.equal(posts.data.stories.length, blogByPosition.length - 1);
  assert.ok(posts.data.stories.every((story) => !story.is_startpage));
});

test('excluding_fields drops the named content fields and keeps the rest', async () => {
  const { data } = await client.getStories({ starts_with: 'blog/', content_type: 'blog_post', excluding_fields: 'body,teaser' });

  assert.ok(data.stories.length > 0);
  for (const story of data.stories) {
    assert.equal(story.content.body, undefined, story.full_slug);
    assert.equal(story.content.teaser, undefined, story.full_slug);
    assert.equal(typeof story.content.title, 'string', story.full_slug);
  }
});

test('with_tag keeps stories carrying any of the tags', async () => {
  const { data } = await client.getStories({ with_tag: 'security' });

  assert.deepEqual(slugsOf(data.stories).sort(), ['blog/soc-2-type-ii-certified', 'blog/zero-trust-networking']);
});

test('unknown parameters are ignored', async () => {
  const { data } = await client.getStories({ starts_with: 'legal/', utm_source: 'newsletter' });

  assert.equal(data.stories.length, 2);
});
