// The notification bell in the app's sidebar: the number of unread notifications (checked every 30 s), and a list
// of the latest ones linking to the story (and the block a discussion is on); mark one or all read.
import { html, svg } from 'lit';
import { DuetElement } from '../element.js';
import { get, post } from '../api.js';
import { navigate } from '../router.js';
import { toastError } from './toast.js';
import { entryLink } from '../views/activity-feed.js';
import { relativeTime } from './time.js';

const POLL_MS = 30_000;

/** Why someone is told, in words. */
const REASONS = {
  mentioned: 'mentioned you',
  replied: 'replied in your discussion',
  resolved: 'resolved your discussion',
  reopened: 'reopened your discussion',
  assigned: 'assigned you',
};

class DuetNotifications extends DuetElement {
  static properties = {
    notifications: { state: true },
    unread: { state: true },
    open: { state: true },
  };

  constructor() {
    super();
    this.notifications = [];
    this.unread = 0;
    this.open = false;
    this.onDocumentClick = (event) => {
      if (this.open && !this.contains(event.target)) this.open = false;
    };
  }

  connectedCallback() {
    super.connectedCallback();
    this.refresh();
    this.timer = setInterval(() => this.refresh(), POLL_MS);
    document.addEventListener('click', this.onDocumentClick);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.timer);
    document.removeEventListener('click', this.onDocumentClick);
  }

  async refresh() {
    try {
      const answer = await get('/api/notifications?per_page=20');
      this.notifications = answer.notifications;
      this.unread = answer.unread;
    } catch (error) {
      if (error.status !== 401) console.warn('notifications could not be read', error);
    }
  }

  toggle() {
    this.open = !this.open;
    if (this.open) {
      this.refresh();
      this.updateComplete.then(() => this.querySelector('.notification-list a, .notification-list button')?.focus());
    }
  }

  onKeyDown(event) {
    if (event.key === 'Escape' && this.open) {
      this.open = false;
      this.querySelector('.bell')?.focus();
    }
  }

  async follow(event, notification) {
    event.preventDefault();
    this.open = false;
    try {
      if (!notification.read) await post(`/api/notifications/${notification.id}/read`, {});
    } catch (error) {
      toastError(error);
    }
    this.refresh();
    const link = entryLink(notification.activity);
    if (link) navigate(link);
  }

  async markRead(notification) {
    try {
      await post(`/api/notifications/${notification.id}/read`, {});
      await this.refresh();
      this.querySelector('.notification-list a, .mark-all-read')?.focus();
    } catch (error) {
      toastError(error);
    }
  }

  async markAllRead() {
    try {
      await post('/api/notifications/read_all', {});
      await this.refresh();
    } catch (error) {
      toastError(error);
    }
  }

  render() {
    const label = this.unread ? `Notifications, ${this.unread} unread` : 'Notifications';
    return html`
      <div class="notifications" @keydown=${(event) => this.onKeyDown(event)}>
        <button type="button" class="bell" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="notification-panel"
                aria-label=${label} title=${label} @click=${() => this.toggle()}>
          ${bell()} Notifications
          ${this.unread ? html`<span class="unread-count" aria-hidden="true">${this.unread}</span>` : ''}
        </button>
        ${this.open ? this.renderPanel() : ''}
      </div>`;
  }

  renderPanel() {
    return html`
      <div class="notification-panel" id="notification-panel" role="region" aria-label="Notifications">
        <header>
          <strong>Notifications</strong>
          <button type="button" class="link mark-all-read" ?disabled=${!this.unread} @click=${() => this.markAllRead()}>Mark all read</button>
        </header>
        ${this.notifications.length ? html`
          <ul class="notification-list">
            ${this.notifications.map((notification) => this.renderItem(notification))}
          </ul>` : html`<p class="muted">Nothing new. When someone mentions you or replies to you, it shows here.</p>`}
      </div>`;
  }

  renderItem(notification) {
    const entry = notification.activity;
    const link = entryLink(entry);
    const why = REASONS[notification.reason] ?? notification.reason;
    const body = html`
      <span class="notification-why"><strong>${entry.actor}</strong> ${why}</span>
      <span class="notification-what">${entry.summary}</span>
      ${entry.details?.text ? html`<q>${entry.details.text}</q>` : ''}
      <time datetime=${entry.created_at}>${relativeTime(entry.created_at)}</time>`;
    return html`
      <li class="notification ${notification.read ? 'read' : 'unread'}" data-notification-id=${notification.id}>
        ${link ? html`<a href=${link} @click=${(event) => this.follow(event, notification)}>${body}</a>`
          : html`<button type="button" class="link" @click=${(event) => this.follow(event, notification)}>${body}</button>`}
        ${notification.read ? '' : html`
          <button type="button" class="link mark-read" aria-label="Mark read: ${entry.actor} ${why}"
                  @click=${() => this.markRead(notification)}>Mark read</button>`}
      </li>`;
  }
}

function bell() {
  return html`<svg class="glyph" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">
    ${svg`<path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z"></path><path d="M10 20a2 2 0 0 0 4 0"></path>`}</svg>`;
}

customElements.define('duet-notifications', DuetNotifications);
