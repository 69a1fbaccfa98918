// The Discussions add-on of the story editor: a side panel of the story's threads, a comment button with the open
// count on every block card, and a small comment button under every field. A notification's link
// (?discussion_block=uid) opens the panel on that block.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { registerAddon } from './addons.js';
import { session } from '../session.js';
import { blockName } from './blocks.js';
import { findBlock, forget, onChange, openCount, refreshOpen, showDiscussions } from './discussions-store.js';
import { bubble } from './discussions-icons.js';
import './discussions-panel.js';
import './discussions-activity.js';

/**
 * The speech-bubble button of a block card or a field: its own element, so it redraws when the open threads are read again
 * (the forms around it only redraw when their content changes).
 */
class DuetCommentButton extends DuetElement {
  static properties = { editor: { attribute: false }, uid: {}, field: {}, label: {} };

  connectedCallback() {
    super.connectedCallback();
    this.stop = onChange(() => this.requestUpdate());
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stop?.();
  }

  render() {
    const { editor, uid, field, label } = this;
    if (!editor) return '';
    const open = openCount(editor, uid, field ?? null);
    const what = field ? `the field ${label}` : `this ${label} block`;
    const aria = open ? `${open} open discussion${open === 1 ? '' : 's'} on ${what}` : `Comment on ${what}`;
    if (!open && !session.may('story:review')) return '';
    return html`
      <button type="button" class="comment-count ${field ? 'field-comments' : 'block-comments'} ${open ? 'has-open' : ''}"
              data-open=${open} aria-label=${aria} title=${aria}
              @click=${(event) => {
                event.stopPropagation();
                showDiscussions(editor, { blockUid: uid, field: field ?? null, compose: !open });
              }}>${bubble()}${open ? html`<span class="count">${open}</span>` : ''}</button>`;
  }
}

customElements.define('duet-comment-button', DuetCommentButton);

function commentButton(editor, uid, field, label) {
  return html`<duet-comment-button .editor=${editor} .uid=${uid} .field=${field} .label=${label}></duet-comment-button>`;
}

registerAddon({
  id: 'discussions',
  panel: {
    label: 'Discussions',
    render: (editor) => html`<duet-discussions-panel .editor=${editor}></duet-discussions-panel>`,
  },
  blockExtras(uid, editor) {
    if (!uid || uid.startsWith('index-')) return '';
    return commentButton(editor, uid, null, blockName(findBlock(editor.draft?.content, uid), editor.schema));
  },
  fieldExtras(path, editor, { key, field, blok }) {
    if (!blok?._uid) return '';
    return commentButton(editor, blok._uid, key, `“${field?.display_name || key}”`);
  },
  loaded(editor) {
    refreshOpen(editor);
    const asked = new URLSearchParams(window.location.search);
    if (asked.has('discussions')) {
      const blockUid = asked.get('discussion_block') || null;
      // once is enough: a later reload of the story (after a stage move, say) must not open the panel again
      history.replaceState(null, '', window.location.pathname);
      showDiscussions(editor, { blockUid });
      if (blockUid) editor.focusBlock(blockUid);
    }
  },
  closed() {
    forget();
  },
});
