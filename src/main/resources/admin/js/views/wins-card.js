// One win in the feed: what was achieved, by whom and when, the reaction buttons (one of each per person, pressed
// when you gave it) and the kudos thread with a short box to add yours.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { del, get, post, put } from '../api.js';
import { relativeTime } from '../ui/time.js';
import { toast, toastError } from '../ui/toast.js';

export const KIND_WORDS = {
  'story.live': { icon: '📄', words: 'Page live' },
  'release.live': { icon: '📦', words: 'Release shipped' },
  'experiment.won': { icon: '🧪', words: 'Experiment won' },
  'key_result.reached': { icon: '🎯', words: 'Key result reached' },
  'request.delivered': { icon: '✅', words: 'Request delivered' },
};

const MAX_KUDOS = 280;

class DuetWinCard extends DuetElement {
  static properties = {
    win: { attribute: false },
    open: { state: true },
    kudos: { state: true },
    draft: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.open = false;
    this.kudos = null;
    this.draft = '';
    this.busy = false;
  }

  async react(reaction) {
    const method = reaction.mine ? del : put;
    try {
      const { win } = await method(`/api/wins/${this.win.id}/reactions/${reaction.reaction}`);
      this.win = win;
    } catch (error) {
      toastError(error);
    }
  }

  async toggleKudos() {
    this.open = !this.open;
    if (this.open) await this.loadKudos();
  }

  async loadKudos() {
    try {
      const { win, kudos } = await get(`/api/wins/${this.win.id}`);
      this.win = win;
      this.kudos = kudos;
    } catch (error) {
      toastError(error);
    }
  }

  async send(event) {
    event.preventDefault();
    if (!this.draft.trim() || this.busy) return;
    this.busy = true;
    try {
      await post(`/api/wins/${this.win.id}/kudos`, { kudos: { text: this.draft } });
      this.draft = '';
      toast('Kudos sent. Thank you for celebrating!');
      await this.loadKudos();
      this.querySelector('.kudos-input')?.focus();
    } catch (error) {
      toastError(error);
    } finally {
      this.busy = false;
    }
  }

  async remove(kudos) {
    try {
      await del(`/api/wins/${this.win.id}/kudos/${kudos.id}`);
      await this.loadKudos();
    } catch (error) {
      toastError(error);
    }
  }

  render() {
    const win = this.win;
    const kind = KIND_WORDS[win.kind] ?? { icon: '⭐', words: win.kind };
    const left = MAX_KUDOS - [...this.draft.trim()].length;
    return html`
      <article class="win-card" data-kind=${win.kind} data-win=${win.id} aria-labelledby="win-title-${win.id}">
        <div class="win-icon" aria-hidden="true">${kind.icon}</div>
        <div class="win-body">
          <p class="win-kind">${kind.words}</p>
          <h2 class="win-title" id="win-title-${win.id}">
            ${win.link ? html`<a href=${win.link}>${win.title}</a>` : win.title}
          </h2>
          <p class="win-meta muted">by <strong>${win.actor}</strong> ·
            <time datetime=${win.created_at} title=${new Date(win.created_at).toLocaleString()}>${relativeTime(win.created_at)}</time></p>
          <div class="win-reactions" role="group" aria-label="Reactions">
            ${win.reactions.map((reaction) => html`
              <button type="button" class="reaction" data-reaction=${reaction.reaction} aria-pressed=${reaction.mine ? 'true' : 'false'}
                  title=${reaction.label} aria-label="${reaction.label} ${reaction.emoji}, ${reaction.count} ${reaction.count === 1 ? 'person' : 'people'}"
                  @click=${() => this.react(reaction)}>
                <span aria-hidden="true">${reaction.emoji}</span>${reaction.count ? html` <span class="reaction-count">${reaction.count}</span>` : nothing}
              </button>`)}
            <button type="button" class="secondary kudos-toggle" aria-expanded=${this.open ? 'true' : 'false'}
                aria-controls="kudos-${win.id}" @click=${() => this.toggleKudos()}>
              💬 Kudos${win.kudos_count ? ` (${win.kudos_count})` : ''}
            </button>
          </div>
          ${this.open ? this.renderKudos(left) : nothing}
        </div>
      </article>`;
  }

  renderKudos(left) {
    return html`
      <div class="win-kudos" id="kudos-${this.win.id}">
        ${this.kudos === null ? html`<p class="muted" aria-busy="true">Loading kudos…</p>`
          : this.kudos.length ? html`<ul class="kudos-list">${this.kudos.map((kudos) => html`
              <li class="kudos">
                <q>${kudos.text}</q>
                <span class="muted">— ${kudos.author}, ${relativeTime(kudos.created_at)}</span>
                ${kudos.mine ? html`<button type="button" class="link kudos-delete" @click=${() => this.remove(kudos)}
                    aria-label="Delete your kudos">Delete</button>` : nothing}
              </li>`)}</ul>`
          : html`<p class="muted">No kudos yet. Be the first to say thanks!</p>`}
        <form class="kudos-form" @submit=${(event) => this.send(event)}>
          <label for="kudos-input-${this.win.id}">Say thanks to the people behind this win</label>
          <textarea id="kudos-input-${this.win.id}" class="kudos-input" rows="2" maxlength=${MAX_KUDOS}
              .value=${this.draft} @input=${(event) => { this.draft = event.target.value; }}
              aria-describedby="kudos-left-${this.win.id}" placeholder="Great work on this!"></textarea>
          <div class="kudos-actions">
            <span id="kudos-left-${this.win.id}" class="muted ${left < 0 ? 'form-error' : ''}">${left} characters left</span>
            <button type="submit" class="kudos-send" ?disabled=${this.busy || !this.draft.trim() || left < 0}>Send kudos</button>
          </div>
        </form>
      </div>`;
  }
}

customElements.define('duet-win-card', DuetWinCard);
