import { html } from 'lit';
import { DuetElement } from '../element.js';
import { session } from '../session.js';

/** The sign-in form. Emits "signed-in" once the session is open. */
class DuetLogin extends DuetElement {
  static properties = { error: { state: true }, busy: { state: true } };

  async submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.busy = true;
    this.error = '';
    try {
      await session.signIn(form.get('email'), form.get('password'));
      this.emit('signed-in');
    } catch (error) {
      this.error = error.status === 400 || error.status === 401
        ? 'That email and password do not match an account. Check them and try again.'
        : error.message;
    } finally {
      this.busy = false;
    }
  }

  render() {
    return html`
      <main class="login">
        <form @submit=${this.submit} aria-labelledby="login-title">
          <img src="/admin/icon.svg" alt="" width="48" height="48">
          <h1 id="login-title">Sign in to Duet</h1>
          <label>Email <input name="email" type="email" autocomplete="username" required autofocus></label>
          <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
          ${this.error ? html`<p class="form-error" role="alert">${this.error}</p>` : ''}
          <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? 'Signing in…' : 'Sign in'}</button>
        </form>
      </main>`;
  }
}

customElements.define('duet-login', DuetLogin);
