// Every screen of the app: its route, the module that defines it (loaded on first use) and how to show it.
// The sidebar lists the screens that have a `nav` label, in this order.
import { html } from 'lit';
import { route } from './router.js';

export const screens = {
  content: {
    path: '/admin/spaces/:space/content',
    nav: 'Content',
    load: () => import('./views/content.js'),
    render: ({ space }, query) => html`<duet-content .spaceId=${space} .folderId=${query.folder ?? ''}></duet-content>`,
  },
  components: {
    path: '/admin/spaces/:space/components',
    nav: 'Components',
    load: () => import('./views/components.js'),
    render: ({ space }, query) => html`<duet-components .spaceId=${space} .selected=${query.component ?? ''}></duet-components>`,
  },
  assets: {
    path: '/admin/spaces/:space/assets',
    nav: 'Assets',
    load: () => import('./views/assets.js'),
    render: ({ space }, query) => html`<duet-assets .spaceId=${space} .folderId=${query.folder ?? ''}></duet-assets>`,
  },
  releases: {
    path: '/admin/spaces/:space/releases',
    nav: 'Releases',
    load: () => import('./views/releases.js'),
    render: ({ space }, query) => html`<duet-releases .spaceId=${space} .selected=${query.release ?? ''}></duet-releases>`,
  },
  experiments: {
    path: '/admin/spaces/:space/experiments',
    nav: 'Experiments',
    load: () => import('./views/experiments.js'),
    render: ({ space }, query) => html`<duet-experiments .spaceId=${space} .selected=${query.experiment ?? ''}
      .method=${{ engine: query.engine ?? '', correction: query.correction ?? '', prior: query.prior ?? '' }}></duet-experiments>`,
  },
  story: {
    path: '/admin/spaces/:space/stories/:story',
    load: () => import('./views/story-editor.js'),
    render: ({ space, story }) => html`<duet-story-editor .spaceId=${space} .storyId=${story}></duet-story-editor>`,
  },
  activity: {
    path: '/admin/spaces/:space/activity',
    nav: 'Activity',
    load: () => import('./views/activity.js'),
    render: ({ space }) => html`<duet-activity .spaceId=${space}></duet-activity>`,
  },
  insights: {
    path: '/admin/spaces/:space/insights',
    nav: 'Insights',
    load: () => import('./views/insights.js'),
    render: ({ space }, query) => html`<duet-insights .spaceId=${space} .storyId=${query.story ?? ''}></duet-insights>`,
  },
  schedules: {
    path: '/admin/spaces/:space/schedules',
    nav: 'Scheduled',
    load: () => import('./views/schedules.js'),
    render: ({ space }) => html`<duet-schedules .spaceId=${space}></duet-schedules>`,
  },
  goals: {
    path: '/admin/spaces/:space/goals',
    nav: 'Goals',
    load: () => import('./views/goals.js'),
    render: ({ space }, query) => html`<duet-goals .spaceId=${space} .period=${query.period ?? ''}></duet-goals>`,
  },
  requests: {
    path: '/admin/spaces/:space/requests',
    nav: 'Requests',
    load: () => import('./views/requests.js'),
    render: ({ space }, query) => html`<duet-requests .spaceId=${space} .selected=${query.request ?? ''}
      .view=${query.view === 'list' ? 'list' : 'board'}></duet-requests>`,
  },
  stack: {
    path: '/admin/spaces/:space/stack',
    nav: 'Stack',
    load: () => import('./views/stack.js'),
    render: ({ space }, query) => html`<duet-stack .spaceId=${space} .tab=${query.tab ?? 'inventory'}></duet-stack>`,
  },
  glossary: {
    path: '/admin/spaces/:space/glossary',
    nav: 'Glossary',
    load: () => import('./views/glossary.js'),
    render: () => html`<duet-glossary></duet-glossary>`,
  },
  decisions: {
    path: '/admin/spaces/:space/decisions',
    nav: 'Decisions',
    load: () => import('./views/decisions.js'),
    render: ({ space }, query) => html`<duet-decisions .spaceId=${space} .selected=${query.decision ?? ''}></duet-decisions>`,
  },
  wins: {
    path: '/admin/spaces/:space/wins',
    nav: 'Wins',
    load: () => import('./views/wins.js'),
    render: ({ space }) => html`<duet-wins .spaceId=${space}></duet-wins>`,
  },
  settings: {
    path: '/admin/spaces/:space/settings',
    nav: 'Settings',
    load: () => import('./views/settings.js'),
    render: ({ space }) => html`<duet-settings .spaceId=${space}></duet-settings>`,
  },
};

for (const [name, screen] of Object.entries(screens)) route(name, screen.path);
route('login', '/admin/login');
route('home', '/admin');
