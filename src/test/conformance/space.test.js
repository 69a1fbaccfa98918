// links, tags, datasources, datasource entries and spaces/me.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duet, storyblok } from './support.js';
import { demoFolders, demoPublished, demoUnpublished, teamPublished } from './fixture.js';

const client = storyblok();

test('getAll cdn/links returns every folder and published story once, keyed by uuid', async () => {
  const first = await client.get('cdn/links', { per_page: 1 });

  const links = await client.getAll('cdn/links');

  const bySlug = new Map(links.map((link) => [link.slug, link]));
  assert.equal(typeof first.data.links, 'object');
  assert.ok(!Array.isArray(first.data.links), 'links is a map keyed by uuid');
  const [uuid, one] = Object.entries(first.data.links)[0];
  assert.equal(one.uuid, uuid);
  assert.equal(links.length, first.total);
  assert.equal(new Set(links.map((link) => link.uuid)).size, links.length, 'no link twice');
  assert.equal(links.length, demoFolders.length + 1 + demoPublished.length + teamPublished);
  for (const slug of [...demoFolders, 'team']) assert.equal(bySlug.get(slug)?.is_folder, true, `folder ${slug}`);
  for (const slug of demoPublished) assert.equal(bySlug.get(slug)?.is_folder, false, `story ${slug}`);
  for (const slug of demoUnpublished) assert.ok(!bySlug.has(slug), `${slug} is not published`);
  const post = bySlug.get('blog/cutting-cold-start-latency');
  assert.equal(post.name, 'How we cut cold-start latency by 63%');
  assert.equal(post.parent_id, bySlug.get('blog').id);
  assert.equal(post.real_path, '/blog/cutting-cold-start-latency');
  assert.equal(post.published, true);
  assert.equal(bySlug.get('blog/').is_startpage, true);
});

test('links with starts_with and a single link by uuid', async () => {
  const legal = await client.get('cdn/links', { starts_with: 'legal/' });
  const imprint = Object.values(legal.data.links).find((link) => link.slug === 'legal/imprint');

  const single = await client.get(`cdn/links/${imprint.uuid}`);

  assert.deepEqual(Object.values(legal.data.links).map((link) => link.slug).sort(), ['legal/imprint', 'legal/privacy']);
  assert.equal(single.data.link.slug, 'legal/imprint');
  assert.equal(single.data.link.name, 'Imprint');
});

test('tags lists the tags of published stories with their counts', async () => {
  const { data } = await client.get('cdn/tags');

  const counts = Object.fromEntries(data.tags.map((tag) => [tag.name, tag.taggings_count]));
  assert.equal(counts.engineering, 2);
  assert.equal(counts.security, 2);
  assert.equal(counts.event, 1);
  assert.ok(counts.campaign >= 3);
  assert.equal(typeof data.cv, 'number');
});

test('datasources lists the space\'s datasources with their dimensions', async () => {
  const response = await client.get('cdn/datasources');

  const bySlug = Object.fromEntries(response.data.datasources.map((d) => [d.slug, d]));
  assert.deepEqual(Object.keys(bySlug).sort(), ['categories', 'icons']);
  assert.equal(bySlug.categories.name, 'Blog categories');
  assert.deepEqual(bySlug.categories.dimensions.map((d) => d.entry_value), ['de']);
  assert.equal(response.total, 2);
});

test('datasource_entries answers the entries with a null dimension_value', async () => {
  const entries = await client.getAll('cdn/datasource_entries', { datasource: 'categories' });

  assert.deepEqual(entries.map((entry) => [entry.name, entry.value, entry.dimension_value]), [
    ['Product', 'product', null], ['Engineering', 'engineering', null],
    ['Customers', 'customers', null], ['Company', 'company', null],
  ]);
});

test('datasource_entries with a dimension answers each entry\'s value in it', async () => {
  const response = await client.get('cdn/datasource_entries', { datasource: 'categories', dimension: 'de' });

  assert.deepEqual(response.data.datasource_entries.map((entry) => [entry.value, entry.dimension_value]), [
    ['product', 'Produkt'], ['engineering', 'Technik'], ['customers', 'Kunden'], ['company', 'Unternehmen'],
  ]);
  assert.equal(response.total, 4);
});

test('spaces/me tells the space, its languages and its current cache version', async () => {
  const stories = await client.getStories({ starts_with: 'legal/' });

  const { data } = await client.get('cdn/spaces/me');

  assert.equal(data.space.id, duet.spaceId);
  assert.equal(data.space.name, 'Acme Cloud (demo)');
  assert.deepEqual(data.space.language_codes, ['de']);
  // versions.test.js may publish meanwhile when node runs test files in parallel: the version never goes back.
  assert.ok(data.space.version >= stories.data.cv, `space version ${data.space.version}, stories cv ${stories.data.cv}`);
});
