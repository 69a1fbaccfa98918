// resolve_relations and resolve_links: the client inlines what the API returns in rels / links, and fetches what
// the API only names in rel_uuids past its inline limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyblok, sent } from './support.js';
import { TEAM_SIZE, uuids } from './fixture.js';

const client = storyblok();

test('resolve_relations replaces a blog post\'s author uuid by the author story', async () => {
  const { data } = await client.getStory('blog/cutting-cold-start-latency', { resolve_relations: 'blog_post.author' });

  const [author] = data.story.content.author;
  assert.equal(author.uuid, uuids.jonasWeber);
  assert.equal(author.full_slug, 'authors/jonas-weber');
  assert.equal(author.content.component, 'author');
  assert.equal(author.content.name, 'Jonas Weber');
});

test('resolve_relations on a list resolves the author of every post', async () => {
  const { data } = await client.getStories({
    starts_with: 'blog/',
    filter_query: { component: { in: 'blog_post' } },
    resolve_relations: 'blog_post.author',
  });

  assert.equal(data.stories.length, 7);
  for (const story of data.stories) {
    const [author] = story.content.author;
    assert.equal(typeof author, 'object', `${story.full_slug} has its author inlined`);
    assert.equal(author.content.component, 'author');
    assert.ok(author.full_slug.startsWith('authors/'));
  }
});

test('past the inline limit the client fetches the relations named in rel_uuids', async () => {
  const before = sent.length;

  const { data } = await client.getStory('team/roster', { resolve_relations: 'blog_post.author' });

  const authors = data.story.content.author;
  assert.equal(authors.length, TEAM_SIZE);
  authors.forEach((author, index) => {
    assert.equal(typeof author, 'object', `author ${index} is resolved`);
    assert.equal(author.full_slug, `team/member-${String(index + 1).padStart(2, '0')}`);
    assert.equal(author.content.component, 'author');
  });
  const followUps = sent.slice(before).filter((url) => url.searchParams.has('by_uuids'));
  assert.ok(followUps.length >= 2, `the client fetched rel_uuids in chunks of 50 (saw ${followUps.length} by_uuids requests)`);
  assert.ok(followUps.every((url) => url.pathname === '/v2/cdn/stories' && url.searchParams.get('per_page') === '50'));
});

test('resolve_links=url resolves a story multilink to its url', async () => {
  const { data } = await client.getStory('home', { resolve_links: 'url' });

  const hero = data.story.content.body.find((blok) => blok.component === 'hero');
  assert.equal(hero.cta_link.story.uuid, uuids.freeTrial);
  assert.equal(hero.cta_link.story.full_slug, 'landing-pages/free-trial');
  assert.equal(hero.cta_link.story.url, 'landing-pages/free-trial');
  assert.equal(hero.cta_link.story.name, 'Free Trial');
  assert.ok(data.links.every((link) => link.content === undefined), 'url links carry no content');
});

test('resolve_links=story resolves a multilink to the whole story', async () => {
  const { data } = await client.getStory('home', { resolve_links: 'story' });

  const hero = data.story.content.body.find((blok) => blok.component === 'hero');
  assert.equal(hero.cta_link.story.full_slug, 'landing-pages/free-trial');
  assert.equal(hero.cta_link.story.content.component, 'landing_page');
});

test('resolve_links resolves story links inside richtext too', async () => {
  const { data } = await client.getStory('legal/privacy', { resolve_links: 'url' });

  const richtext = data.story.content.body[0].text;
  const link = richtext.content.flatMap((node) => node.content ?? [])
    .flatMap((node) => node.marks ?? [])
    .find((mark) => mark.type === 'link' && mark.attrs.linktype === 'story');
  assert.equal(link.attrs.uuid, uuids.imprint);
  assert.equal(link.attrs.story.full_slug, 'legal/imprint');
});
