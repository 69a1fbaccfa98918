// Field-level translation: language=de answers German where a field is translated and the default elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyblok } from './support.js';

const client = storyblok();

test('language=de answers the German fields of a translated story', async () => {
  const { data } = await client.getStory('blog/cutting-cold-start-latency', { language: 'de' });

  assert.equal(data.story.lang, 'de');
  assert.equal(data.story.content.title, 'Wie wir die Kaltstart-Latenz um 63 % gesenkt haben');
  assert.equal(data.story.content.category, 'engineering', 'untranslatable fields keep their value');
  assert.equal(data.story.content.body.content[0].content[0].text,
    'Kaltstarts waren die häufigste Beschwerde in unserer Entwickler-Umfrage 2025.');
});

test('language=de translates fields of nested bloks too', async () => {
  const { data } = await client.getStory('home', { language: 'de' });

  const hero = data.story.content.body.find((blok) => blok.component === 'hero');
  assert.equal(hero.headline, 'Cloud-Infrastruktur, der Ihr ganzes Team vertrauen kann');
  assert.equal(hero.cta_label, 'Kostenlos testen');
});

test('a story without German falls back to the default language', async () => {
  const { data } = await client.getStory('blog/zero-trust-networking', { language: 'de' });

  assert.equal(data.story.content.title, 'Zero-trust networking without the headache');
});

test('the language code as the first slug segment reads the German version', async () => {
  const { data } = await client.getStory('de/blog/cutting-cold-start-latency');

  assert.equal(data.story.lang, 'de');
  assert.equal(data.story.content.title, 'Wie wir die Kaltstart-Latenz um 63 % gesenkt haben');
});

test('a German list mixes translated and fallback fields', async () => {
  const { data } = await client.getStories({
    starts_with: 'blog/', language: 'de', filter_query: { component: { in: 'blog_post' } },
    sort_by: 'content.published_on:desc',
  });

  const titles = data.stories.map((story) => story.content.title);
  assert.equal(titles.length, 7);
  assert.ok(titles.includes('Wie wir die Kaltstart-Latenz um 63 % gesenkt haben'));
  assert.ok(titles.includes('Zero-trust networking without the headache'), 'untranslated post falls back');
  assert.ok(titles.includes('Five lessons from scaling our support team'), 'untranslated post falls back');
  assert.ok(data.stories.every((story) => story.lang === 'de'));
});

test('a relation resolved in German is the German author', async () => {
  const { data } = await client.getStory('blog/cutting-cold-start-latency', {
    language: 'de', resolve_relations: 'blog_post.author',
  });

  const [author] = data.story.content.author;
  assert.equal(author.content.name, 'Jonas Weber');
  assert.equal(author.content.role, 'Staff Engineer, Plattform');
});
