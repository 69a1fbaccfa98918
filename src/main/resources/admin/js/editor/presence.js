// Who else has this story open: the editor says it is here every 10 seconds (and whether it has unsaved changes),
// the answer names the others, and the header's meta line shows them ("Ines is here · editing"). Leaving the editor
// says goodbye at once; a closed tab simply stops beating and drops out after 30 seconds on the server.
import { html } from 'lit';
import { del, post } from '../api.js';
import { registerAddon } from './addons.js';
import { session } from '../session.js';

const BEAT_MS = 10_000;

let timer = null;
let beatingFor = null; // the presence URL of the story being beaten for
let others = [];
let sentEditing = false; // what the last heartbeat said, so a change can be told at once

function presenceUrl(editor) {
  return `/api/spaces/${editor.spaceId}/stories/${editor.storyId}/presence`;
}

async function beat(editor) {
  if (!session.user) return; // signed out while the editor was still open
  const url = presenceUrl(editor);
  try {
    sentEditing = !!editor.dirty;
    const { present } = await post(url, { editing: sentEditing });
    if (url !== beatingFor) return; // the editor moved on to another story meanwhile
    const shown = (people) => people.map((person) => `${person.user_id}:${person.editing}`).join();
    const changed = shown(present) !== shown(others);
    others = present;
    if (changed) editor.requestUpdate();
  } catch (error) {
    // presence is a courtesy: a missed beat must never disturb editing
    console.warn('presence heartbeat failed', error.status ?? error);
  }
}

function start(editor) {
  const url = presenceUrl(editor);
  if (beatingFor !== url) {
    stop();
    beatingFor = url;
    others = [];
    timer = setInterval(() => beat(editor), BEAT_MS);
  }
  beat(editor);
}

function stop() {
  if (timer) clearInterval(timer);
  // after signing out there is nobody to say goodbye for (the server would answer 401); the entry expires by itself
  if (beatingFor && session.user) del(beatingFor).catch(() => {});
  timer = null;
  beatingFor = null;
  others = [];
}

function initials(person) {
  const words = (person.name || person.email).split(/[\s@._-]+/).filter(Boolean);
  return words.slice(0, 2).map((word) => word[0].toUpperCase()).join('');
}

function firstName(person) {
  return (person.name || person.email).split(/\s+/)[0];
}

/** "Ines is here · editing", "Ines and Marc are here · Ines is editing", "Ines, Marc and 2 others are here". */
export function describePresence(people) {
  if (!people.length) return '';
  const names = people.map(firstName);
  const who = names.length === 1 ? names[0]
    : names.length <= 3 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
      : `${names.slice(0, 2).join(', ')} and ${names.length - 2} others`;
  const editing = people.filter((person) => person.editing).map(firstName);
  const verb = people.length === 1 ? 'is' : 'are';
  const editingText = !editing.length ? ''
    : people.length === 1 ? ' · editing'
      : ` · ${editing.join(' and ')} ${editing.length === 1 ? 'is' : 'are'} editing`;
  return `${who} ${verb} here${editingText}`;
}

registerAddon({
  id: 'presence',
  meta(editor) {
    // the header renders on every edit: tell the others as soon as we start (or stop) having unsaved changes
    if (beatingFor === presenceUrl(editor) && !!editor.dirty !== sentEditing) {
      sentEditing = !!editor.dirty;
      queueMicrotask(() => beat(editor));
    }
    if (!others.length) return '';
    return html`
      <span class="presence" role="status" title=${others.map((person) => `${person.name} <${person.email}>${person.editing ? ' (editing)' : ''}`).join('\n')}>
        <span class="presence-avatars" aria-hidden="true">
          ${others.slice(0, 4).map((person) => html`
            <span class="presence-avatar ${person.editing ? 'is-editing' : ''}">${initials(person)}</span>`)}
        </span>
        <span class="presence-text">${describePresence(others)}</span>
      </span>`;
  },
  loaded(editor) {
    start(editor);
  },
  closed() {
    stop();
  },
});
