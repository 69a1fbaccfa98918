// @storyblok/richtext renders the richtext fields Duet delivers into the HTML a site shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderRichText } from '@storyblok/richtext';
import { storyblok } from './support.js';

const client = storyblok();

// Bloks embedded in richtext need a renderer of the site's own; this one names the call to action it was given.
const renderers = {
  blok: (node) => `<aside>${node.attrs.body.map((blok) => `${blok.component}: ${blok.headline}`).join('')}</aside>`,
};

test('a blog post body renders to paragraphs, marks, a heading, a list, a link and its embedded blok', async () => {
  const { data } = await client.getStory('blog/introducing-acme-cloud-workflows');

  const html = renderRichText(data.story.content.body, { renderers });

  assert.equal(html,
    '<p>Today we are launching <strong>Workflows</strong>, the most requested feature of the past year.</p>'
    + '<h2>What you can do with Workflows</h2>'
    + '<ul><li><p>Run database migrations before traffic shifts</p></li>'
    + '<li><p>Roll out canaries by region and by percentage</p></li>'
    + '<li><p>Require a <em>second approval</em> for every production deploy</p></li></ul>'
    + '<p>Workflows is available on all plans from today. Read the '
    + '<a href="https://docs.acme.example.com/workflows" target="_self">documentation</a> to get started.</p>'
    + '<aside>cta: Try Workflows today</aside>');
});

test('a German blog post body renders German text, and the embedded blok is translated too', async () => {
  const { data } = await client.getStory('blog/introducing-acme-cloud-workflows', { language: 'de' });

  const html = renderRichText(data.story.content.body, { renderers });

  assert.ok(html.startsWith('<p>Heute starten wir <strong>Workflows</strong>, die meistgewünschte Funktion des '
    + 'vergangenen Jahres.</p><h2>Was Sie mit Workflows tun können</h2><ul><li>'), html);
  assert.ok(html.endsWith('<aside>cta: Probieren Sie Workflows noch heute aus</aside>'), html);
});

test('a richtext blok renders headings, story and email links and a bullet list', async () => {
  // Without resolve_links: the client would add the linked story to the mark's attrs, and the renderer writes every
  // attr into the <a> tag.
  const { data } = await client.getStory('legal/privacy');

  const html = renderRichText(data.story.content.body[0].text);

  assert.equal(html,
    '<h1>Privacy policy</h1><h2>1. Who we are</h2>'
    + '<p>Acme Cloud GmbH is the controller for personal data processed on this website. See the '
    + '<a href="/legal/imprint" target="_self">imprint</a> for our contact details.</p>'
    + '<h2>2. What we collect</h2>'
    + '<ul><li><p>Account data you give us when you sign up</p></li>'
    + '<li><p>Usage data needed to bill and secure the service</p></li>'
    + '<li><p>Anonymous page statistics, only with your consent</p></li></ul>'
    + '<h2>3. Your rights</h2>'
    + '<p>You can ask for access, correction or deletion at any time by writing to '
    + '<a href="mailto:privacy@acme.example.com" target="_self">privacy@acme.example.com</a>.</p>');
});
