// Field-level translation as Duet's delivery API applies it (`language=de`), for stories the visual editor sends
// before they are saved: in every block `x__i18n__de` replaces `x` when it holds a value, otherwise the default
// language's `x` stays (the fallback); the `__i18n__` keys themselves are dropped.

const MARK = '__i18n__';

function hasValue(value) {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string' || Array.isArray(value)) return value.length > 0;
  return true;
}

function translate(node, suffix) {
  if (Array.isArray(node)) return node.map(item => translate(item, suffix));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  Object.keys(node).forEach(key => {
    if (!key.includes(MARK)) out[key] = translate(node[key], suffix);
  });
  Object.keys(node).forEach(key => {
    if (key.endsWith(suffix) && key.indexOf(MARK) === key.length - suffix.length && hasValue(node[key])) {
      out[key.substring(0, key.length - suffix.length)] = translate(node[key], suffix);
    }
  });
  return out;
}

/** The story as `language` shows it (the story itself when language is null). */
export function translateStory(story, language) {
  if (!language || !story) return story;
  return Object.assign({}, story, { content: translate(story.content, MARK + language.replace(/-/g, '_')) });
}
