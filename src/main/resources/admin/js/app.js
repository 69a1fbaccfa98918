import { html } from 'lit';
import { DuetElement } from './element.js';
import { session } from './session.js';
import { screens } from './screens.js';
import { match, navigate, start as startRouter } from './router.js';
import { toastError } from './ui/toast.js';
import './views/login.js';
import './ui/notifications.js';
import './ui/glossary-terms.js';

/**
 * The app's frame: signs the user in, then shows the sidebar (space switcher, screens, the user) and the screen the
 * URL names. Screens load on first use.
 */
class DuetApp extends DuetElement {
  static properties = {
    ready: { state: true },
    signedIn: { state: true },
    location: { state: true },
  };

  constructor() {
    super();
    this.ready = false;
    this.signedIn = false;
    this.location = match();
  }

  async connectedCallback() {
    this.replaceChildren(); // the page's "Loading Duet…" placeholder; lit renders from here on
    super.connectedCallback();
    startRouter();
    window.addEventListener('duet:navigated', () => this.show());
    window.addEventListener('duet:signed-out', () => this.signedOut());
    try {
      this.signedIn = await session.restore();
    } catch (error) {
      toastError(error);
    }
    this.ready = true;
    await this.show();
  }

  async show() {
    const location = match();
    if (!this.signedIn && location.name !== 'login') {
      const back = location.name === 'home' ? '' : `?next=${encodeURIComponent(window.location.pathname + window.location.search)}`;
      return navigate(`/admin/login${back}`, { replace: true });
    }
    if (this.signedIn && (location.name === 'login' || location.name === 'home')) {
      const next = location.query.next?.startsWith('/admin/') ? location.query.next : this.homePath();
      return navigate(next, { replace: true });
    }
    const screen = screens[location.name];
    if (screen) {
      try {
        await screen.load();
      } catch (error) {
        toastError(error);
      }
    }
    this.location = location;
    document.title = screen?.nav ? `${screen.nav} · Duet` : 'Duet';
  }

  homePath() {
    const first = session.spaces[0];
    return first ? `/admin/spaces/${first.id}/content` : '/admin/spaces/none/settings';
  }

  async signedOut() {
    this.signedIn = false;
    await this.show();
  }

  async onSignedIn() {
    this.signedIn = true;
    await this.show();
  }

  async signOut() {
    try {
      await session.signOut();
    } catch (error) {
      toastError(error);
    }
    this.signedIn = false;
    navigate('/admin/login');
  }

  render() {
    if (!this.ready) return html`<p class="boot">Loading Duet…</p>`;
    if (!this.signedIn) return html`<duet-login @signed-in=${() => this.onSignedIn()}></duet-login>`;
    const { name, params, query } = this.location;
    const screen = screens[name];
    return html`
      <a class="skip-link" href="#main">Skip to content</a>
      <div class="shell">
        ${this.renderSidebar(params.space, name)}
        <main id="main" tabindex="-1">
          ${screen ? screen.render(params, query) : this.renderNotFound()}
        </main>
      </div>`;
  }

  renderSidebar(spaceId, current) {
    const space = session.space(spaceId);
    return html`
      <nav class="sidebar" aria-label="Main">
        <a class="brand" href=${this.homePath()}><img src="/admin/icon.svg" alt="" width="28" height="28"> Duet</a>
        <label class="space-switcher">
          <span>Space</span>
          <select aria-label="Space" @change=${(event) => navigate(`/admin/spaces/${event.target.value}/content`)}>
            ${session.spaces.map((option) => html`
              <option value=${option.id} ?selected=${String(option.id) === String(spaceId)}>${option.name}</option>`)}
          </select>
        </label>
        <ul>
          ${space ? Object.entries(screens).filter(([, screen]) => screen.nav).map(([name, screen]) => html`
            <li><a href=${screen.path.replace(':space', space.id)} aria-current=${name === current ? 'page' : 'false'}>${screen.nav}</a></li>`) : ''}
        </ul>
        <duet-notifications></duet-notifications>
        <div class="who">
          <span title=${session.user?.email ?? ''}>${session.user?.name || session.user?.email}</span>
          <small>${session.user?.role}</small>
          <button type="button" class="link" @click=${() => this.signOut()}>Sign out</button>
        </div>
      </nav>`;
  }

  renderNotFound() {
    return html`
      <section class="empty-state">
        <h1>Page not found</h1>
        <p>This address does not lead anywhere in Duet. <a href=${this.homePath()}>Go to your content</a>.</p>
      </section>`;
  }
}

customElements.define('duet-app', DuetApp);
