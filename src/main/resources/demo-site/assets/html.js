// Small helpers for building HTML as strings: every value from content is escaped, every URL checked.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escape(value) {
  return value == null ? '' : String(value).replace(/[&<>"']/g, c => ESCAPES[c]);
}

/** An attribute string from an object: {class: 'a', 'data-x': 1} -> ' class="a" data-x="1"'. Null values are left out. */
export function attributes(map) {
  return Object.entries(map)
    .filter(([, value]) => value != null && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(value)}"`))
    .join('');
}

/** Only web, mail and phone links and site-relative paths; anything else (javascript:, data:) becomes '#'. */
export function safeUrl(url) {
  if (typeof url !== 'string' || url.trim() === '') return '#';
  const trimmed = url.trim();
  if (trimmed.startsWith('/') || trimmed.startsWith('#')) return trimmed;
  return /^(https?:|mailto:|tel:)/i.test(trimmed) ? trimmed : '#';
}

/** An image URL, or null when the asset is empty or not on the web. */
export function imageUrl(asset) {
  const filename = asset && typeof asset === 'object' ? asset.filename : asset;
  return typeof filename === 'string' && /^https?:\/\//i.test(filename) ? filename : null;
}
