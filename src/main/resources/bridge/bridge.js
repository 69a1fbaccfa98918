/*!
 * Duet visual editor bridge. Include it in your site:
 *
 *   <script src="https://<your duet>/bridge.js"></script>
 *   <script>
 *     const bridge = new window.StoryblokBridge();
 *     bridge.on(['input', 'published', 'change'], event => { ... });
 *   </script>
 *
 * In Duet's visual editor (the page is framed and its URL names the editor's origin in _duet_editor) the bridge
 * connects as soon as it loads: it receives the unsaved story on every edit, makes elements that carry a block's
 * marker clickable and outlines them on hover. Anywhere else it does nothing. Events, messages and security:
 * docs/bridge.md.
 */
(function (window) {
  'use strict';

  if (window.DuetBridge) return; // included twice: the first copy already runs

  var document = window.document;
  var VERSION = '1';
  var SELECTOR = '[data-blok-c],[data-blok-uid],[data-duet-uid]';
  var MARKER_START = '<!--#storyblok#';
  var MARKER_END = '-->';
  /** The event a site subscribes to for each message type the editor sends; "saved" is Storyblok's "change". */
  var EVENT_OF_MESSAGE = { input: 'input', saved: 'change', published: 'published', unpublished: 'unpublished' };
  var EVENT_ALIASES = { saved: 'change' };
  var ACCENT = '#2563eb';

  var context = readContext();
  var bridges = [];
  var connected = false;
  var latestInput = null;
  var hovered = null;
  var selectedUid = null;
  var overlays = null;
  var refreshPending = false;

  // ---- where the page runs --------------------------------------------------------------------------------------

  function readContext() {
    var params = new URLSearchParams(window.location.search);
    var framed;
    try {
      framed = window.parent !== window;
    } catch (e) {
      framed = true;
    }
    var editorOrigin = originOf(params.get('_duet_editor'));
    return {
      inEditor: framed && editorOrigin !== null,
      editorOrigin: editorOrigin,
      storyId: idOf(params.get('_storyblok')),
      spaceId: idOf(params.get('_duet_space')),
      token: params.get('_duet_token')
    };
  }

  /** The origin of an http(s) URL, or null: the editor's origin is the only one the bridge talks to. */
  function originOf(value) {
    if (!value) return null;
    var url;
    try {
      url = new URL(value);
    } catch (e) {
      return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  }

  function idOf(value) {
    return value && /^[0-9]{1,15}$/.test(value) ? Number(value) : null;
  }

  // ---- the API sites use ----------------------------------------------------------------------------------------

  /**
   * new DuetBridge(options) / new StoryblokBridge(options). Options: editorOrigins (array of origins the editor may
   * be served from; when given, any other _duet_editor turns the bridge off) or Storyblok's customParent (one such
   * origin). Other Storyblok options are accepted and ignored.
   */
  function DuetBridge(options) {
    if (!(this instanceof DuetBridge)) return new DuetBridge(options);
    this.options = options || {};
    this.listeners = {};
    bridges.push(this);
    if (connected && !allowed(originsOf(this.options))) disconnect();
  }

  DuetBridge.prototype.on = function (events, callback) {
    if (typeof callback !== 'function') throw new TypeError('DuetBridge.on needs a callback function');
    var names = Array.isArray(events) ? events : [events];
    for (var i = 0; i < names.length; i++) {
      var name = EVENT_ALIASES[names[i]] || names[i];
      (this.listeners[name] = this.listeners[name] || []).push(callback);
      // an edit that arrived before this listener was added is handed to it, so the page shows the unsaved story
      if (name === 'input' && latestInput) replay(callback, latestInput);
    }
    return this;
  };

  DuetBridge.prototype.isInEditor = function () {
    return connected;
  };

  /** Storyblok's handshake: calls back (asynchronously) with this bridge; ask isInEditor() inside. */
  DuetBridge.prototype.pingEditor = function (callback) {
    var bridge = this;
    if (typeof callback === 'function') window.setTimeout(function () { callback(bridge); }, 0);
    return this;
  };

  /** Storyblok's explicit edit mode; Duet's bridge is in edit mode whenever it runs in the editor. */
  DuetBridge.prototype.enterEditmode = function () {
    return this;
  };

  /**
   * The attributes that make an element stand for a block, from the block's _editable marker (draft content only):
   * {'data-blok-c': '<marker JSON>', 'data-blok-uid': '<story id>-<uid>'}, or {} without a marker. As Storyblok's
   * storyblokEditable().
   */
  DuetBridge.editable = function (blok) {
    var marker = blok && typeof blok._editable === 'string' ? parseMarker(blok._editable) : null;
    if (!marker) return {};
    return { 'data-blok-c': JSON.stringify(marker), 'data-blok-uid': marker.id + '-' + marker.uid };
  };

  /** Whether this page runs in Duet's visual editor (it may still be inactive if the editor origin is not allowed). */
  DuetBridge.isInEditor = function () {
    return context.inEditor;
  };

  /** What the editor put into the page's URL: {inEditor, editorOrigin, storyId, spaceId, token}. */
  DuetBridge.context = function () {
    return {
      inEditor: context.inEditor, editorOrigin: context.editorOrigin, storyId: context.storyId,
      spaceId: context.spaceId, token: context.token
    };
  };

  DuetBridge.version = VERSION;

  function parseMarker(text) {
    var start = text.indexOf(MARKER_START);
    var end = text.lastIndexOf(MARKER_END);
    if (start !== 0 || end < MARKER_START.length) return null;
    try {
      var marker = JSON.parse(text.substring(MARKER_START.length, end));
      return marker && typeof marker === 'object' && marker.uid ? marker : null;
    } catch (e) {
      return null;
    }
  }

  /** The editor origins a bridge's options allow (none given: any). */
  function originsOf(options) {
    var origins = [];
    if (Array.isArray(options.editorOrigins)) origins = origins.concat(options.editorOrigins);
    if (typeof options.customParent === 'string') origins.push(options.customParent);
    return origins;
  }

  /** The origins listed in the script tag's data-editor-origins (space-separated), read while the script runs. */
  function originsOfScript() {
    var script = document.currentScript;
    var listed = script && script.getAttribute('data-editor-origins');
    return listed ? listed.trim().split(/\s+/) : [];
  }

  function allowed(origins) {
    if (origins.length === 0) return true;
    for (var i = 0; i < origins.length; i++) if (originOf(origins[i]) === context.editorOrigin) return true;
    return false;
  }

  // ---- talking to the editor ------------------------------------------------------------------------------------

  var observer = null;

  function connect() {
    connected = true;
    window.addEventListener('message', onMessage);
    document.addEventListener('click', onClick, true);
    document.addEventListener('mouseover', onMouseOver, true);
    document.addEventListener('mouseout', onMouseOut, true);
    window.addEventListener('scroll', scheduleRefresh, { capture: true, passive: true });
    window.addEventListener('resize', scheduleRefresh, { passive: true });
    if (typeof MutationObserver === 'function') {
      observer = new MutationObserver(scheduleRefresh);
      observer.observe(document.documentElement, { childList: true, subtree: true });
    }
    post({ type: 'ready', story_id: context.storyId, url: window.location.href });
  }

  /** A bridge constructed with editor origins that exclude this editor turns the bridge off again. */
  function disconnect() {
    connected = false;
    latestInput = null;
    window.removeEventListener('message', onMessage);
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('mouseover', onMouseOver, true);
    document.removeEventListener('mouseout', onMouseOut, true);
    window.removeEventListener('scroll', scheduleRefresh, { capture: true });
    window.removeEventListener('resize', scheduleRefresh);
    if (observer) observer.disconnect();
    if (overlays) {
      overlays.hover.remove();
      overlays.selected.remove();
      overlays = null;
    }
  }

  function post(message) {
    message.source = 'duet-bridge';
    window.parent.postMessage(message, context.editorOrigin);
  }

  function onMessage(event) {
    if (event.origin !== context.editorOrigin || event.source !== window.parent) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== 'duet-editor') return;
    if (data.type === 'input') {
      if (!data.story || typeof data.story !== 'object') return;
      latestInput = { action: 'input', story: data.story, storyId: data.story.id };
      emit('input', latestInput);
      scheduleRefresh();
    } else if (data.type === 'focus') {
      focus(typeof data.uid === 'string' ? data.uid : null);
    } else if (EVENT_OF_MESSAGE[data.type]) {
      var name = EVENT_OF_MESSAGE[data.type];
      emit(name, { action: name, storyId: data.story_id });
    }
  }

  function emit(name, event) {
    for (var i = 0; i < bridges.length; i++) {
      var callbacks = (bridges[i].listeners[name] || []).slice();
      for (var j = 0; j < callbacks.length; j++) call(callbacks[j], event);
    }
  }

  /** One broken listener must not keep the others from hearing the event. */
  function call(callback, event) {
    try {
      callback(event);
    } catch (e) {
      if (window.console) window.console.error('Duet bridge: a listener failed', e);
    }
  }

  function replay(callback, event) {
    window.setTimeout(function () { if (latestInput === event) call(callback, event); }, 0);
  }

  // ---- blocks on the page ---------------------------------------------------------------------------------------

  /** The block an element stands for: {uid, component}, from data-duet-uid, data-blok-c or data-blok-uid. */
  function blokOf(element) {
    var duetUid = element.getAttribute('data-duet-uid');
    if (duetUid) return { uid: duetUid, component: element.getAttribute('data-duet-component') };
    var marker = element.getAttribute('data-blok-c');
    if (marker) {
      try {
        var parsed = JSON.parse(marker);
        if (parsed && parsed.uid) return { uid: String(parsed.uid), component: parsed.name || null };
      } catch (e) {
        // fall through to data-blok-uid
      }
    }
    var storyAndUid = element.getAttribute('data-blok-uid');
    if (storyAndUid) {
      var dash = storyAndUid.indexOf('-');
      return { uid: dash >= 0 ? storyAndUid.substring(dash + 1) : storyAndUid, component: null };
    }
    return { uid: null, component: null };
  }

  function markedAncestor(target) {
    var element = target && target.nodeType === 1 ? target : target && target.parentElement;
    return element && element.closest ? element.closest(SELECTOR) : null;
  }

  function findByUid(uid) {
    if (!uid) return null;
    var marked = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < marked.length; i++) if (blokOf(marked[i]).uid === uid) return marked[i];
    return null;
  }

  function onClick(event) {
    var element = markedAncestor(event.target);
    if (!element) return;
    var blok = blokOf(element);
    if (!blok.uid) return;
    event.preventDefault();
    event.stopPropagation();
    selectedUid = blok.uid;
    show(overlayFor('selected'), element, blok.component);
    post({ type: 'select', uid: blok.uid, component: blok.component });
    emit('select', { action: 'select', uid: blok.uid, component: blok.component, storyId: context.storyId });
  }

  function onMouseOver(event) {
    var element = markedAncestor(event.target);
    if (element === hovered) return;
    hovered = element;
    if (!element) {
      hide(overlayFor('hover'));
      post({ type: 'hover', uid: null });
      return;
    }
    var blok = blokOf(element);
    show(overlayFor('hover'), element, blok.component);
    post({ type: 'hover', uid: blok.uid });
  }

  function onMouseOut(event) {
    if (event.relatedTarget) return; // moving onto another element: mouseover handles it
    hovered = null;
    hide(overlayFor('hover'));
    post({ type: 'hover', uid: null });
  }

  function focus(uid) {
    selectedUid = uid;
    var element = findByUid(uid);
    if (!element) {
      hide(overlayFor('selected'));
      return;
    }
    if (element.scrollIntoView) element.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'center' });
    show(overlayFor('selected'), element, blokOf(element).component);
  }

  function reducedMotion() {
    return !!(window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  }

  // ---- outlines -------------------------------------------------------------------------------------------------

  /** Outlines live outside <body>, so a site that re-renders its body cannot remove them, and never take clicks. */
  function overlayFor(kind) {
    if (!overlays) overlays = { hover: makeOverlay('hover'), selected: makeOverlay('selected') };
    return overlays[kind];
  }

  function makeOverlay(kind) {
    var box = document.createElement('div');
    box.setAttribute('data-duet-outline', kind);
    box.setAttribute('aria-hidden', 'true');
    var solid = kind === 'selected';
    box.style.cssText = 'position:fixed;display:none;pointer-events:none;z-index:2147483646;box-sizing:border-box;'
      + 'border:2px ' + (solid ? 'solid ' : 'dashed ') + ACCENT + ';border-radius:3px;'
      + (solid ? 'background:rgba(37,99,235,0.06);' : '');
    var label = document.createElement('span');
    label.style.cssText = 'position:absolute;left:-2px;top:-22px;padding:2px 6px;border-radius:3px 3px 0 0;'
      + 'background:' + ACCENT + ';color:#fff;font:600 11px/16px system-ui,sans-serif;white-space:nowrap;';
    box.appendChild(label);
    document.documentElement.appendChild(box);
    return box;
  }

  function show(box, element, component) {
    box.duetElement = element;
    box.firstChild.textContent = component || 'block';
    box.firstChild.style.display = component ? '' : 'none';
    place(box);
  }

  function hide(box) {
    box.duetElement = null;
    box.style.display = 'none';
  }

  function place(box) {
    var element = box.duetElement;
    if (!element || !element.isConnected) {
      box.style.display = 'none';
      return;
    }
    var rect = element.getBoundingClientRect();
    box.style.display = 'block';
    box.style.top = rect.top + 'px';
    box.style.left = rect.left + 'px';
    box.style.width = rect.width + 'px';
    box.style.height = rect.height + 'px';
    box.firstChild.style.top = rect.top < 22 ? '0' : '-22px';
  }

  /** After scrolling, resizing or a re-render: outlines follow their blocks (found again by uid if replaced). */
  function scheduleRefresh() {
    if (refreshPending || !overlays) return;
    refreshPending = true;
    window.requestAnimationFrame(function () {
      refreshPending = false;
      var selected = overlays.selected;
      if (selectedUid && (!selected.duetElement || !selected.duetElement.isConnected)) {
        var element = findByUid(selectedUid);
        if (element) show(selected, element, blokOf(element).component);
      }
      place(selected);
      if (overlays.hover.duetElement && !overlays.hover.duetElement.isConnected) hide(overlays.hover);
      place(overlays.hover);
    });
  }

  window.DuetBridge = DuetBridge;
  // the editor hears "ready" as soon as the page loads; edits arriving before the site listens are kept for it
  if (context.inEditor && allowed(originsOfScript())) connect();
  // Sites written for Storyblok construct window.StoryblokBridge; a real Storyblok bridge on the page is left alone.
  if (!window.StoryblokBridge) window.StoryblokBridge = DuetBridge;
})(window);
