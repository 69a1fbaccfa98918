// filter_query, sort_by, paging and getAll: the list features sites build navigation and archives with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyblok, slugsOf } from './support.js';
import { blogByPosition, demoPublished, demoUnpublished, teamPublished, uuids } from './fixture.js';

const client = storyblok();
const blog = (params) => client.getStories({ starts_with: 'blog/', ...params });
const sorted = (stories) => slugsOf(stories).sort();

test('filter_query in matches any of the listed values', async () => {
  const one = await blog({ filter_query: { category: { in: 'engineering' } } });
  const two = await blog({ filter_query: { category: { in: 'engineering,customers' } } });

  assert.deepEqual(sorted(one.data.stories), ['blog/cutting-cold-start-latency', 'blog/zero-trust-networking']);
  assert.deepEqual(sorted(two.data.stories),
    ['blog/cutting-cold-start-latency', 'blog/northwind-logistics-migration', 'blog/zero-trust-networking']);
});

test('filter_query not_in excludes the listed values', async () => {
  const { data } = await blog({ filter_query: { component: { in: 'blog_post' }, category: { not_in: 'product,company' } } });

  assert.deepEqual(sorted(data.stories),
    ['blog/cutting-cold-start-latency', 'blog/northwind-logistics-migration', 'blog/zero-trust-networking']);
});

test('filter_query like matches with a * wildcard', async () => {
  const { data } = await blog({ filter_query: { title: { like: 'How we*' } } });

  assert.deepEqual(slugsOf(data.stories), ['blog/cutting-cold-start-latency']);
});

test('filter_query any_in_array matches an options field holding any of the values', async () => {
  const { data } = await blog({ filter_query: { author: { any_in_array: uuids.jonasWeber } } });

  assert.deepEqual(sorted(data.stories), ['blog/acme-cloud-4-2-release-notes', 'blog/cutting-cold-start-latency',
    'blog/zero-trust-networking']);
});

test('filter_query gt_int and lt_int compare numbers stored as text', async () => {
  const { data } = await blog({ filter_query: { reading_time: { gt_int: '4', lt_int: '8' } } });

  assert.deepEqual(sorted(data.stories), ['blog/lessons-from-scaling-support', 'blog/northwind-logistics-migration']);
});

test('filter_query is not_empty keeps stories whose field has a value', async () => {
  const { data } = await blog({ filter_query: { category: { is: 'not_empty' } } });

  assert.deepEqual(sorted(data.stories), blogByPosition.filter((slug) => slug !== 'blog/').sort());
});

test('filter_query gt_date keeps stories after a datetime field value', async () => {
  const { data } = await blog({ filter_query: { published_on: { gt_date: '2026-02-01 00:00' } } });

  assert.deepEqual(sorted(data.stories), ['blog/cutting-cold-start-latency', 'blog/introducing-acme-cloud-workflows',
    'blog/northwind-logistics-migration']);
});

test('filter_query __or keeps stories matching any group, ANDed with the other filters', async () => {
  const { data } = await client.getStories({
    starts_with: 'blog/',
    filter_query: {
      __or: [{ category: { in: 'engineering' } }, { reading_time: { gt_int: '6' } }],
      component: { in: 'blog_post' },
    },
  });

  assert.deepEqual(sorted(data.stories), ['blog/cutting-cold-start-latency', 'blog/lessons-from-scaling-support',
    'blog/zero-trust-networking']);
});

test('a filter matching nothing answers an empty list, not an error', async () => {
  const response = await blog({ filter_query: { category: { in: 'no-such-category' } } });

  assert.deepEqual(response.data.stories, []);
  assert.equal(response.total, 0);
});

test('sort_by a content field sorts as text, and with :int as numbers', async () => {
  const posts = { filter_query: { component: { in: 'blog_post' } } };

  const asNumbers = await client.getStories({ ...posts, sort_by: 'content.reading_time:desc:int', per_page: 3 });
  const asText = await client.getStories({ ...posts, sort_by: 'content.reading_time:desc', per_page: 100 });

  // team/roster reads for 12 minutes: first as a number, last as text ("12" < "2").
  assert.deepEqual(slugsOf(asNumbers.data.stories),
    ['team/roster', 'blog/cutting-cold-start-latency', 'blog/zero-trust-networking']);
  assert.equal(slugsOf(asText.data.stories).at(0), 'blog/cutting-cold-start-latency');
  assert.equal(slugsOf(asText.data.stories).at(-1), 'team/roster');
});

test('sort_by a content datetime orders posts newest first', async () => {
  const { data } = await blog({ filter_query: { component: { in: 'blog_post' } }, sort_by: 'content.published_on:desc' });

  assert.deepEqual(slugsOf(data.stories), [
    'blog/introducing-acme-cloud-workflows', 'blog/cutting-cold-start-latency', 'blog/northwind-logistics-migration',
    'blog/acme-cloud-4-2-release-notes', 'blog/zero-trust-networking', 'blog/soc-2-type-ii-certified',
    'blog/lessons-from-scaling-support',
  ]);
});

test('sort_by a story property orders by it', async () => {
  const byName = await client.getStories({ starts_with: 'authors/', sort_by: 'name:asc' });

  assert.deepEqual(byName.data.stories.map((story) => story.name), ['Jonas Weber', 'Mara Lindqvist', 'Priya Raman']);
});

test('per_page and page walk a list with total and per-page headers', async () => {
  const pages = [];
  for (const page of [1, 2, 3, 4]) {
    pages.push(await blog({ sort_by: 'position:asc', per_page: 3, page }));
  }

  assert.deepEqual(pages.map((response) => slugsOf(response.data.stories)), [
    blogByPosition.slice(0, 3), blogByPosition.slice(3, 6), blogByPosition.slice(6, 8), [],
  ]);
  for (const response of pages) {
    assert.equal(response.total, blogByPosition.length);
    assert.equal(response.perPage, 3);
  }
});

test('getAll pages through every published story once', async () => {
  const first = await client.getStories({ per_page: 1 });

  const all = await client.getAll('cdn/stories');

  const slugs = slugsOf(all);
  assert.equal(first.total, demoPublished.length + teamPublished);
  assert.equal(all.length, first.total);
  assert.equal(new Set(all.map((story) => story.uuid)).size, all.length, 'no story twice');
  for (const slug of demoPublished) assert.ok(slugs.includes(slug), `${slug} is listed`);
  for (const slug of demoUnpublished) assert.ok(!slugs.includes(slug), `${slug} is not published`);
});

test('getAll with starts_with and per_page 2 collects the folder over several pages', async () => {
  const all = await client.getAll('cdn/stories', { starts_with: 'blog/', per_page: 2 });

  assert.deepEqual(sorted(all), [...blogByPosition].sort());
});
