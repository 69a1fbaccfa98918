// The weekly digest by webhook, for admins and developers (space:manage): where it goes, on which day and hour (UTC),
// the signing secret shown once, a "send now" to try the receiver, and the last attempts.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { del, get, post, put } from '../api.js';
import { relativeTime } from '../ui/time.js';
import { toast, toastError } from '../ui/toast.js';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

class DuetWinsDigestSettings extends DuetElement {
  static properties = {
    subscription: { state: true },
    deliveries: { state: true },
    secret: { state: true },
    problems: { state: true },
  };

  constructor() {
    super();
    this.subscription = undefined;
    this.deliveries = [];
    this.secret = '';
    this.problems = {};
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.subscription = (await get('/api/wins/digest/subscription')).subscription;
    } catch (error) {
      toastError(error);
      this.subscription = null;
    }
    try {
      this.deliveries = (await get('/api/wins/digest/deliveries?per_page=5')).deliveries;
    } catch (error) {
      toastError(error);
    }
  }

  async save(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const settings = {
      url: form.get('url'),
      weekday: Number(form.get('weekday')),
      hour: Number(form.get('hour')),
      active: form.get('active') === 'on',
      rotate_secret: form.get('rotate') === 'on',
    };
    this.problems = {};
    try {
      const answer = await put('/api/wins/digest/subscription', { subscription: settings });
      this.subscription = answer.subscription;
      this.secret = answer.secret ?? '';
      toast('Digest settings saved.');
    } catch (error) {
      this.problems = error.fieldProblems();
      toastError(error);
    }
  }

  async sendNow() {
    try {
      const { delivery } = await post('/api/wins/digest/subscription/test');
      if (delivery.outcome === 'delivered') toast(`Last week's digest was delivered (HTTP ${delivery.status_code}).`);
      else toastError(new Error(`The digest was not delivered: ${delivery.error ?? `HTTP ${delivery.status_code}`}`));
      await this.load();
    } catch (error) {
      toastError(error);
    }
  }

  async stop() {
    try {
      await del('/api/wins/digest/subscription');
      this.secret = '';
      toast('The weekly digest is switched off.');
      await this.load();
    } catch (error) {
      toastError(error);
    }
  }

  problem(path) {
    return this.problems[path] ? html`<span class="field-error" role="alert">${this.problems[path].join(' ')}</span>` : nothing;
  }

  render() {
    if (this.subscription === undefined) return nothing;
    const current = this.subscription ?? { url: '', weekday: 1, hour: 9, active: true };
    return html`
      <section class="card wins-digest-settings" aria-labelledby="digest-settings-title">
        <h2 id="digest-settings-title">Weekly digest by webhook</h2>
        <p class="muted">Every week Duet posts the digest of the week that just ended to this address, signed like your
          webhooks (<code>X-Duet-Signature</code>), e.g. to a mail relay or a chat channel.</p>
        <form @submit=${(event) => this.save(event)}>
          <label>Receiver URL
            <input name="url" type="url" required .value=${current.url} placeholder="https://hooks.example.com/wins">
            ${this.problem('url')}
          </label>
          <div class="wins-digest-when">
            <label>Day
              <select name="weekday">${WEEKDAYS.map((day, index) => html`
                <option value=${index + 1} ?selected=${current.weekday === index + 1}>${day}</option>`)}</select>
            </label>
            <label>Hour (UTC)
              <select name="hour">${Array.from({ length: 24 }, (_, hour) => html`
                <option value=${hour} ?selected=${current.hour === hour}>${String(hour).padStart(2, '0')}:00</option>`)}</select>
            </label>
          </div>
          <label class="check"><input type="checkbox" name="active" .checked=${current.active}> Send every week</label>
          ${this.subscription ? html`<label class="check"><input type="checkbox" name="rotate"> Make a new signing secret</label>` : nothing}
          <div class="actions">
            <button type="submit">${this.subscription ? 'Save digest settings' : 'Start the weekly digest'}</button>
            ${this.subscription ? html`
              <button type="button" class="secondary digest-send-now" @click=${() => this.sendNow()}>Send last week's digest now</button>
              <button type="button" class="secondary danger" @click=${() => this.stop()}>Stop the digest</button>` : nothing}
          </div>
        </form>
        ${this.secret ? html`<p class="digest-secret" role="status">Signing secret (shown only now, keep it with the receiver):
          <code>${this.secret}</code></p>` : nothing}
        ${this.subscription ? html`<p class="muted">Secret ${this.subscription.secret_hint} ·
          ${this.subscription.next_send_at ? html`next digest ${new Date(this.subscription.next_send_at).toLocaleString()}` : 'switched off'}</p>` : nothing}
        ${this.deliveries.length ? html`
          <h3>Last attempts</h3>
          <ul class="digest-deliveries">${this.deliveries.map((delivery) => html`
            <li><span class="badge ${delivery.outcome === 'delivered' ? 'badge-published' : 'badge-failed'}">${delivery.outcome}</span>
              ${delivery.week} (${delivery.cause === 'test' ? 'sent by hand' : 'weekly'}) ·
              ${delivery.error ?? (delivery.status_code ? `HTTP ${delivery.status_code}` : '')} · ${relativeTime(delivery.created_at)}</li>`)}</ul>` : nothing}
      </section>`;
  }
}

customElements.define('duet-wins-digest-settings', DuetWinsDigestSettings);
