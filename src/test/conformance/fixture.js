// The content the suite reads: the bundled demo archive (src/main/resources/demo/acme-space.json) plus what
// StoryblokClientIT adds to it. Keep this file and the IT in step.

/** Published stories of the demo, by full_slug (folders are not stories on the delivery API). */
export const demoPublished = [
  'home', 'about', 'pricing',
  'landing-pages/spring-campaign', 'landing-pages/webinar-2026', 'landing-pages/free-trial',
  'authors/mara-lindqvist', 'authors/jonas-weber', 'authors/priya-raman',
  'blog/', 'blog/introducing-acme-cloud-workflows', 'blog/cutting-cold-start-latency',
  'blog/northwind-logistics-migration', 'blog/acme-cloud-4-2-release-notes', 'blog/zero-trust-networking',
  'blog/soc-2-type-ii-certified', 'blog/lessons-from-scaling-support',
  'legal/imprint', 'legal/privacy',
];

/** The demo's two stories that have a draft but were never published. */
export const demoUnpublished = ['landing-pages/enterprise', 'blog/previewing-edge-functions'];

export const demoFolders = ['landing-pages', 'authors', 'blog', 'legal'];

/** Published blog posts and the blog's start page, in the order of their position in the folder. */
export const blogByPosition = [
  'blog/', 'blog/introducing-acme-cloud-workflows', 'blog/cutting-cold-start-latency',
  'blog/northwind-logistics-migration', 'blog/acme-cloud-4-2-release-notes', 'blog/zero-trust-networking',
  'blog/soc-2-type-ii-certified', 'blog/lessons-from-scaling-support',
];

export const uuids = {
  home: '05221d9d-ba0b-49fa-a072-5abebdd4412c',
  freeTrial: 'e6f74611-1190-48c3-825c-c078f0b896ab',
  imprint: '4bac88fb-5e3b-449e-a3a0-1f34fd2abcda',
  jonasWeber: 'fc6f6727-1611-48cf-8ac9-e4e5d017a252',
  coldStart: '537b2f9a-b049-43c5-a18b-d0bdfa700dc0',
};

/**
 * Added by StoryblokClientIT: the folder team/ with TEAM_SIZE published author stories team/member-01 …, the
 * published blog post team/roster whose author field names all of them (more than the 50 relations the API inlines)
 * and whose reading_time is 12, and the published page team/notice that the version tests edit and republish.
 */
export const TEAM_SIZE = 55;
export const teamPublished = TEAM_SIZE + 2;
