/*!
 * Duet experiments helper for sites. Include it, then start it with the space's delivery token:
 *
 *   <script src="https://<your duet>/duet-experiments.js"></script>
 *   <script>
 *     Duet.init({ token: '<public delivery token>', segment: 'developer' });
 *     // ask delivery with Duet.visitor() (query "visitor" or header X-Duet-Visitor): experiment blocks come back
 *     // resolved, each with an "_experiment" note; report what the visitor saw and did:
 *     Duet.exposed(block._experiment);          // once per visitor and experiment, only when in_experiment
 *     Duet.view(story.id);
 *     Duet.track('signup', { value: 19.9 });    // a conversion
 *   </script>
 *
 * Elements carrying data-duet-block="<_uid>" report clicks by themselves (data-duet-story="<story id>" on them or an
 * ancestor names the story). Blocks delivered unresolved (no visitor id was sent) can be assigned here with the same
 * hashing as the server (GrowthBook's): Duet.assign(block) or Duet.choose(block). Events are batched and sent to
 * POST /v2/events; when the page is hidden the rest goes by navigator.sendBeacon as text/plain. The visitor id is
 * pseudonymous: a random id kept in localStorage, else in a first-party cookie. Docs: docs/experiments-delivery.md.
 */
(function (global) {
  'use strict';

  var VISITOR_KEY = 'duet_visitor';
  var EXPOSED_KEY = 'duet_exposed';
  var FORCED_PARAM = 'experiment_variations';
  var BATCH_SIZE = 20;
  var FLUSH_MS = 2000;
  var window = typeof global.document === 'undefined' ? null : global;
  // read while the script runs: document.currentScript is null afterwards
  var loadedFrom = window && window.document.currentScript ? window.document.currentScript.src : null;

  var config = { token: null, endpoint: null, segment: null, locale: null, storyId: null };
  var queue = [];
  var timer = null;
  var visitorId = null;
  var exposedMemory = {};
  var started = false;

  // ---- GrowthBook's public hashing and bucketing (same as dev.duet.experiments) ---------------------------------

  /** FNV-1a 32 over UTF-16 code units, unsigned. */
  function fnv1a32(text) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
  }

  /** A number in [0, 1) for value under seed; hash versions 1 and 2; null for others. */
  function hash(seed, value, version) {
    if (version === 1) return (fnv1a32(value + seed) % 1000) / 1000;
    if (version === 2) return (fnv1a32(String(fnv1a32(seed + value))) % 10000) / 10000;
    return null;
  }

  function equalWeights(count) {
    var weights = [];
    for (var i = 0; i < count; i++) weights.push(1 / count);
    return weights;
  }

  function usableWeights(weights, count) {
    if (!Array.isArray(weights) || weights.length !== count) return false;
    var total = 0;
    for (var i = 0; i < weights.length; i++) total += Number(weights[i]);
    return total >= 0.99 && total <= 1.01;
  }

  /** [start, end) per variation: weighted, each shrunk to the coverage. */
  function bucketRanges(count, coverage, weights) {
    var clamped = Math.max(0, Math.min(1, coverage));
    var used = usableWeights(weights, count) ? weights.map(Number) : equalWeights(count);
    var ranges = [];
    var cumulative = 0;
    for (var i = 0; i < used.length; i++) {
      var start = cumulative;
      cumulative += used[i];
      ranges.push([start, start + clamped * used[i]]);
    }
    return ranges;
  }

  function chooseRange(ranges, n) {
    for (var i = 0; i < ranges.length; i++) if (n >= ranges[i][0] && n < ranges[i][1]) return i;
    return -1;
  }

  function inNamespace(namespace, visitor) {
    if (!Array.isArray(namespace) || namespace.length !== 3) return true;
    var n = hash('__' + namespace[0], visitor, 1);
    return n >= Number(namespace[1]) && n < Number(namespace[2]);
  }

  /** The variation a visitor gets in a running block, or -1 (not running, outside the namespace or coverage). */
  function bucket(block, visitor) {
    var variants = Array.isArray(block.variants) ? block.variants.length : 0;
    if (block.status !== 'running' || variants < 2 || !visitor) return -1;
    if (!inNamespace(block.namespace, visitor)) return -1;
    var version = typeof block.hash_version === 'number' ? block.hash_version : 2;
    var n = hash(block.seed ? String(block.seed) : String(block.key || ''), visitor, version);
    if (n === null) return -1;
    var coverage = typeof block.coverage === 'number' ? block.coverage : 1;
    var weights = Array.isArray(block.weights) && block.weights.length ? block.weights : null;
    return chooseRange(bucketRanges(variants, coverage, weights), n);
  }

  // ---- assignment as delivery does it ------------------------------------------------------------------------------

  function forcedVariations() {
    var forced = {};
    if (!window) return forced;
    var text = new URLSearchParams(window.location.search).get(FORCED_PARAM);
    if (!text) return forced;
    text.split(',').forEach(function (pair) {
      var colon = pair.lastIndexOf(':');
      if (colon > 0 && /^\d+$/.test(pair.slice(colon + 1).trim())) forced[pair.slice(0, colon).trim()] = Number(pair.slice(colon + 1));
    });
    return forced;
  }

  function variantName(block, index) {
    var names = block.variant_names || [];
    if (names[index]) return names[index];
    return index === 0 ? 'Control' : 'Variant ' + String.fromCharCode(65 + index);
  }

  /**
   * The "_experiment" note for an experiment block as delivery writes it: a forced variation (experiment_variations
   * in the page URL) first, the control for blocks not running, else the visitor's bucket (the control, not in the
   * experiment, outside the coverage). visitor defaults to Duet.visitor().
   */
  function assign(block, visitor) {
    var who = visitor === undefined ? currentVisitor() : visitor;
    var variants = Array.isArray(block.variants) ? block.variants.length : 0;
    var note = { key: block.key, uid: block._uid, variation: 0, variation_name: '', in_experiment: false,
      status: block.status || 'draft' };
    var forced = forcedVariations()[block.key];
    if (forced !== undefined && forced < variants) {
      note.variation = forced;
      note.forced = true;
    } else {
      var chosen = bucket(block, who);
      if (chosen >= 0) {
        note.variation = chosen;
        note.in_experiment = true;
      }
    }
    note.variation_name = variantName(block, note.variation);
    return note;
  }

  /** The block to show for a stored experiment block: its chosen variant with the note; other blocks as they are. */
  function choose(block, visitor) {
    if (!block || block.component !== 'duet_experiment' || !Array.isArray(block.variants) || !block.variants.length) {
      return block;
    }
    var note = assign(block, visitor);
    var shown = {};
    var variant = block.variants[note.variation];
    for (var name in variant) if (Object.prototype.hasOwnProperty.call(variant, name)) shown[name] = variant[name];
    shown._experiment = note;
    return shown;
  }

  // ---- the visitor -----------------------------------------------------------------------------------------------

  function randomId() {
    var cryptoApi = global.crypto;
    if (cryptoApi && cryptoApi.randomUUID) return cryptoApi.randomUUID();
    var bytes = new Uint8Array(16);
    if (cryptoApi && cryptoApi.getRandomValues) cryptoApi.getRandomValues(bytes);
    else for (var i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
  }

  function storage() {
    try {
      var store = window && window.localStorage;
      if (!store) return null;
      store.setItem('duet_probe', '1');
      store.removeItem('duet_probe');
      return store;
    } catch (e) {
      return null; // private modes and blocked storage throw
    }
  }

  function readCookie(name) {
    if (!window) return null;
    var match = window.document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : null;
  }

  function writeCookie(name, value) {
    if (!window) return;
    var secure = window.location.protocol === 'https:' ? '; Secure' : '';
    window.document.cookie = name + '=' + encodeURIComponent(value) + '; Max-Age=31536000; Path=/; SameSite=Lax' + secure;
  }

  /** The pseudonymous visitor id: kept in localStorage, else a cookie, else for this page only. */
  function currentVisitor() {
    if (visitorId) return visitorId;
    var store = storage();
    var known = store ? store.getItem(VISITOR_KEY) : readCookie(VISITOR_KEY);
    if (!known || known.length > 128) {
      known = randomId();
      if (store) store.setItem(VISITOR_KEY, known);
      else writeCookie(VISITOR_KEY, known);
    }
    visitorId = known;
    return known;
  }

  // ---- events ----------------------------------------------------------------------------------------------------

  function utm() {
    if (!window) return {};
    var params = new URLSearchParams(window.location.search);
    var found = {};
    ['utm_source', 'utm_medium', 'utm_campaign'].forEach(function (name) {
      if (params.get(name)) found[name] = params.get(name);
    });
    if (window.document.referrer) found.referrer = window.document.referrer;
    return found;
  }

  function enqueue(type, fields) {
    var event = { type: type, visitor: currentVisitor(), at: new Date().toISOString() };
    if (config.segment) event.segment = config.segment;
    if (config.locale) event.locale = config.locale;
    var attribution = utm();
    for (var a in attribution) event[a] = attribution[a];
    for (var name in fields) if (fields[name] !== undefined && fields[name] !== null) event[name] = fields[name];
    queue.push(event);
    if (queue.length >= BATCH_SIZE) flush();
    else if (!timer && window) timer = window.setTimeout(flush, FLUSH_MS);
    return event;
  }

  function endpointUrl() {
    return (config.endpoint || '/v2/events') + '?token=' + encodeURIComponent(config.token || '');
  }

  /** Sends what is queued: fetch while the page lives, sendBeacon (text/plain, no preflight) when it goes. */
  function flush(leaving) {
    if (timer && window) window.clearTimeout(timer);
    timer = null;
    if (!queue.length || !config.token || !window) return false;
    var body = JSON.stringify({ events: queue.splice(0, queue.length) });
    var navigatorApi = window.navigator;
    if (leaving && navigatorApi && navigatorApi.sendBeacon) return navigatorApi.sendBeacon(endpointUrl(), body);
    if (window.fetch) {
      window.fetch(endpointUrl(), { method: 'POST', body: body, keepalive: true, headers: { 'Content-Type': 'text/plain' } })
        .catch(function () { /* analytics never breaks the page */ });
      return true;
    }
    return false;
  }

  function exposedSet() {
    var store = storage();
    if (!store) return exposedMemory;
    try {
      return JSON.parse(store.getItem(EXPOSED_KEY) || '{}') || {};
    } catch (e) {
      return {};
    }
  }

  /**
   * Reports that the visitor saw an experiment: once per visitor and experiment, and only when the note says the
   * visitor is in it (never for a forced variation, a stopped experiment or a visitor outside the coverage). Takes a
   * note, a resolved block carrying one, or a stored block (assigned here). Returns whether an exposure was sent.
   */
  function exposed(noteOrBlock, storyId) {
    if (!noteOrBlock) return false;
    var note = noteOrBlock._experiment || (noteOrBlock.component === 'duet_experiment' ? assign(noteOrBlock) : noteOrBlock);
    if (!note.in_experiment || !note.key) return false;
    var seen = exposedSet();
    var id = currentVisitor() + '|' + note.key;
    if (seen[id] !== undefined) return false;
    seen[id] = note.variation;
    var store = storage();
    if (store) store.setItem(EXPOSED_KEY, JSON.stringify(seen));
    enqueue('exposure', { experiment: note.key, variation: note.variation, story_id: storyId || config.storyId });
    return true;
  }

  function view(storyId) {
    return enqueue('view', { story_id: storyId || config.storyId });
  }

  /** A conversion (or, with options.type 'custom', a custom event) named name, with an optional value. */
  function track(name, options) {
    var opts = options || {};
    return enqueue(opts.type === 'custom' ? 'custom' : 'conversion',
      { name: name, value: typeof opts.value === 'number' ? opts.value : undefined, story_id: opts.story_id || config.storyId });
  }

  function click(blockUid, storyId) {
    return enqueue('click', { block: blockUid, story_id: storyId || config.storyId });
  }

  function onClick(event) {
    var target = event.target && event.target.closest ? event.target.closest('[data-duet-block]') : null;
    if (!target) return;
    var story = target.closest('[data-duet-story]');
    click(target.getAttribute('data-duet-block'), story ? Number(story.getAttribute('data-duet-story')) : undefined);
  }

  /** Starts reporting: options token (the space's delivery token), endpoint, segment, locale, storyId. */
  function init(options) {
    var opts = options || {};
    for (var name in opts) if (Object.prototype.hasOwnProperty.call(config, name)) config[name] = opts[name];
    if (!config.endpoint && window) config.endpoint = scriptOrigin() + '/v2/events';
    currentVisitor();
    if (!started && window) {
      started = true;
      window.document.addEventListener('click', onClick, true);
      window.addEventListener('pagehide', function () { flush(true); });
      window.document.addEventListener('visibilitychange', function () {
        if (window.document.visibilityState === 'hidden') flush(true);
      });
    }
    return api;
  }

  /** Where this script came from: events go to the same Duet. */
  function scriptOrigin() {
    try {
      return loadedFrom ? new URL(loadedFrom).origin : window.location.origin;
    } catch (e) {
      return window.location.origin;
    }
  }

  var api = {
    init: init,
    visitor: currentVisitor,
    assign: assign,
    choose: choose,
    exposed: exposed,
    view: view,
    click: click,
    track: track,
    flush: flush,
    hash: hash,
    bucket: bucket,
    pending: function () { return queue.slice(); }
  };

  if (typeof module === 'object' && module.exports) module.exports = api;
  if (window) global.Duet = global.Duet || api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
