/*
 * X-Seven chat widget. Embed with
 *   <script src="https://HOST/widget.js" data-business-id="BUSINESS-UUID" async></script>
 * Optional: data-accent="#0b6e4f", data-channel="dedicated" (or "global"). Pages may also call
 * window.XSeven.open(businessId, name, {channel, ownerToken, container}): the dashboard channel
 * needs the business owner's bearer token; a container element shows the chat inside it.
 *
 * Plain JavaScript, no build step. Everything the page could style or script lives in a shadow root,
 * and every piece of text reaches the DOM through textContent, never as HTML.
 */
(function () {
  'use strict';
  if (window.XSeven) return; // loaded twice: keep the first

  var script = document.currentScript;
  // Talk to the server the script came from, not to the page that embeds it.
  var origin = new URL(script ? script.src : '/', location.href).origin;
  var MAX_CHARS = 2000;
  var STORAGE_PREFIX = 'xseven.conversation.';

  var STYLES = [
    ':host{all:initial;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232a;--xs-accent:#0b6e4f}',
    '*{box-sizing:border-box}',
    '.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;width:56px;height:56px;border:0;border-radius:50%;background:var(--xs-accent);color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);font-size:24px}',
    '.launcher[hidden]{display:none}',
    '.launcher:focus-visible,button:focus-visible,textarea:focus-visible{outline:3px solid #f5a623;outline-offset:2px}',
    '.unread{position:absolute;top:6px;right:6px;width:12px;height:12px;border-radius:50%;background:#e03131;border:2px solid #fff}',
    '.panel{position:fixed;right:20px;bottom:88px;z-index:2147483000;width:370px;max-width:calc(100vw - 40px);height:540px;max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden}',
    '.panel[hidden]{display:none}',
    '.head{display:flex;align-items:center;gap:8px;padding:12px 14px;background:var(--xs-accent);color:#fff}',
    '.head h2{flex:1;margin:0;font-size:16px;font-weight:600}',
    '.close{border:0;background:transparent;color:#fff;font-size:22px;line-height:1;cursor:pointer;padding:2px 6px;border-radius:4px}',
    '.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;background:#f6f7f9}',
    '.msg{max-width:85%;padding:8px 12px;border-radius:12px;white-space:pre-wrap;overflow-wrap:anywhere}',
    '.assistant{align-self:flex-start;background:#fff;border:1px solid #dde1e6}',
    '.user{align-self:flex-end;background:var(--xs-accent);color:#fff}',
    '.user.pending{opacity:.7}',
    '.notification{align-self:center;max-width:95%;background:#fff8e1;border:1px solid #f0d48a;font-size:14px}',
    '.status{min-height:1.4em;padding:0 14px;font-size:13px;color:#5c6670}',
    '.error{padding:8px 14px;font-size:14px;color:#a61e1e;background:#fdecec}',
    '.error:empty{display:none}',
    'form{display:flex;gap:8px;padding:10px;border-top:1px solid #dde1e6}',
    'textarea{flex:1;resize:none;height:44px;padding:10px;border:1px solid #b8c0c8;border-radius:8px;font:inherit;color:inherit}',
    '.send{border:0;border-radius:8px;padding:0 16px;background:var(--xs-accent);color:#fff;font:inherit;font-weight:600;cursor:pointer}',
    '.send:disabled{opacity:.5;cursor:default}',
    '.inline{height:100%}',
    '.inline .launcher{display:none}',
    '.inline .panel{position:relative;right:auto;bottom:auto;z-index:auto;width:100%;max-width:none;height:100%;max-height:none;box-shadow:0 1px 4px rgba(0,0,0,.2)}',
    '.inline .close{display:none}',
    '.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}'
  ].join('\n');

  // ------------------------------------------------------------------ DOM, built once

  var host = document.createElement('div');
  host.setAttribute('data-xseven-widget', '');
  var root = host.attachShadow({ mode: 'open' });
  var style = document.createElement('style');
  style.textContent = STYLES;
  root.appendChild(style);

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text != null) node.textContent = text;
    return node;
  }

  var launcher = el('button', { type: 'button', class: 'launcher', 'aria-label': 'Open chat',
    'aria-expanded': 'false', 'aria-controls': 'xs-panel', hidden: '' }, '\u{1F4AC}');
  var unread = el('span', { class: 'unread', hidden: '' });
  launcher.appendChild(unread);

  var panel = el('section', { id: 'xs-panel', class: 'panel', role: 'dialog',
    'aria-modal': 'false', 'aria-labelledby': 'xs-title', hidden: '' });
  var head = el('div', { class: 'head' });
  var title = el('h2', { id: 'xs-title' }, 'Chat');
  var closeButton = el('button', { type: 'button', class: 'close', 'aria-label': 'Close chat' }, '\u00D7');
  head.append(title, closeButton);
  // role=log is a polite live region: screen readers announce each new message once.
  var log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Messages' });
  var status = el('div', { class: 'status', 'aria-live': 'polite' });
  var error = el('div', { class: 'error', role: 'alert' });
  var form = el('form');
  var label = el('label', { for: 'xs-input', class: 'sr-only' }, 'Your message');
  var input = el('textarea', { id: 'xs-input', rows: '1', maxlength: String(MAX_CHARS),
    placeholder: 'Type a message…', autocomplete: 'off' });
  var send = el('button', { type: 'submit', class: 'send' }, 'Send');
  form.append(label, input, send);
  panel.append(head, log, status, error, form);
  var frame = el('div', { class: 'frame' });
  frame.append(launcher, panel);
  root.append(frame);

  var accent = script && script.dataset.accent;
  if (accent && window.CSS && window.CSS.supports('color', accent)) {
    host.style.setProperty('--xs-accent', accent);
  }

  // ------------------------------------------------------------------ state

  var businessId = script && script.dataset.businessId || null;
  var CHANNELS = ['dedicated', 'dashboard', 'global'];
  var channel = script && CHANNELS.indexOf(script.dataset.channel) >= 0
    ? script.dataset.channel : 'dedicated';
  var ownerToken = null;         // the dashboard channel's bearer token; never stored
  var conversationId = null;
  var shown = new Set();        // message ids already on screen
  var pendingUser = [];         // own messages shown before the server gave them an id
  var busy = false;
  var generation = 0;
  var lastFailed = null;        // {text, clientMessageId}: a resend reuses the id, so it counts once
  var starting = null;          // the pending resume-or-create, shared by everyone who asks
  var socket = null;
  var reconnectAttempts = 0;
  var reconnectTimer = null;
  var typingTimer = null;

  // ------------------------------------------------------------------ HTTP

  function api(method, path, body) {
    var headers = body ? { 'Content-Type': 'application/json', Accept: 'application/json' }
                       : { Accept: 'application/json' };
    if (ownerToken) headers.Authorization = 'Bearer ' + ownerToken;
    return fetch(origin + path, {
      method: method,
      headers: headers,
      body: body ? JSON.stringify(body) : undefined
    }).then(function (res) {
      return res.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (ignored) { /* not JSON */ }
        if (res.ok) return data;
        var problem = new Error(data && (data.detail || data.title) ||
          'The server answered ' + res.status + '.');
        problem.status = res.status;
        throw problem;
      });
    }, function () {
      throw new Error('Could not reach the chat server. Check your connection and try again.');
    });
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    // randomUUID needs a secure context; getRandomValues does not.
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); });
    return h.slice(0, 4).join('') + '-' + h.slice(4, 6).join('') + '-' + h.slice(6, 8).join('') +
      '-' + h.slice(8, 10).join('') + '-' + h.slice(10).join('');
  }

  function stored(key, value) {
    // Storage can be switched off or full; the widget still works, it just will not resume.
    try {
      if (value === undefined) return localStorage.getItem(STORAGE_PREFIX + key);
      if (value === null) localStorage.removeItem(STORAGE_PREFIX + key);
      else localStorage.setItem(STORAGE_PREFIX + key, value);
    } catch (ignored) { /* no storage */ }
    return null;
  }

  // ------------------------------------------------------------------ messages

  function show(message) {
    if (!message || typeof message.text !== 'string') return;
    if (message.id != null && shown.has(message.id)) return;
    if (message.role === 'user' && pendingUser.length && pendingUser[0].text === message.text) {
      var mine = pendingUser.shift(); // our own message coming back: keep it, just learn its id
      mine.node.classList.remove('pending');
      if (message.id != null) shown.add(message.id);
      return;
    }
    if (message.id != null) shown.add(message.id);
    var role = ['user', 'assistant', 'notification'].indexOf(message.role) >= 0
      ? message.role : 'assistant';
    var node = el('div', { class: 'msg ' + role }, message.text);
    var who = el('span', { class: 'sr-only' },
      role === 'user' ? 'You: ' : role === 'notification' ? 'Notice: ' : 'Assistant: ');
    node.insertBefore(who, node.firstChild);
    log.appendChild(node);
    log.scrollTop = log.scrollHeight;
    if (panel.hidden && role !== 'user') unread.hidden = false;
    return node;
  }

  function showAll(messages) {
    (messages || []).forEach(show);
  }

  function setTyping(on) {
    clearTimeout(typingTimer);
    status.textContent = on ? title.textContent + ' is typing…' : '';
    if (on) typingTimer = setTimeout(function () { setTyping(false); }, 8000);
  }

  function setBusy(on) {
    busy = on;
    send.disabled = on;
  }

  // ------------------------------------------------------------------ conversation

  /** Switching business bumps the generation; answers that arrive for an older one are dropped. */
  function reset() {
    generation++;
    closeSocket();
    conversationId = null;
    starting = null;
    shown.clear();
    pendingUser = [];
    lastFailed = null;
    log.textContent = '';
    error.textContent = '';
    setBusy(false);
    setTyping(false);
  }

  function stale() {
    var e = new Error('stale');
    e.stale = true;
    return e;
  }

  /** Continues the stored conversation of this business, or starts one; concurrent callers share it. */
  /** Where the conversation id is kept: the business id for the customer chat, as before. */
  function storageKey() {
    if (channel === 'global') return 'global';
    return channel === 'dedicated' ? businessId : businessId + '.' + channel;
  }

  function ready() {
    return !!businessId || channel === 'global';
  }

  function ensureConversation() {
    if (conversationId) return Promise.resolve(conversationId);
    if (starting) return starting;
    var gen = generation;
    var forBusiness = businessId;
    var key = storageKey();
    var saved = stored(key);
    starting = (saved ? resume(saved) : Promise.resolve(null))
      .then(function (found) { return found || create(forBusiness, key); })
      .then(function (conversation) {
        if (gen !== generation) throw stale();
        conversationId = conversation.conversationId;
        stored(key, conversationId);
        showAll(conversation.messages);
        connect();
        return conversationId;
      });
    // Forget the attempt once settled: a failure may be retried, a success is in conversationId.
    starting.catch(function () {}).then(function () { if (gen === generation) starting = null; });
    return starting;
  }

  function resume(id) {
    return api('GET', '/api/v1/conversations/' + encodeURIComponent(id)).then(function (view) {
      return view && view.status !== 'CLOSED' ? view : null;
    }, function (e) {
      if (e.status === 404) return null; // gone (e.g. a fresh database): start again
      throw e;
    });
  }

  function create(forBusiness, key) {
    stored(key, null);
    return api('POST', '/api/v1/conversations', { businessId: forBusiness, channel: channel });
  }

  function post(text, clientMessageId, retried) {
    return ensureConversation().then(function (id) {
      return api('POST', '/api/v1/conversations/' + encodeURIComponent(id) + '/messages',
        { text: text, clientMessageId: clientMessageId });
    }).catch(function (e) {
      // The conversation ended (idle timeout): open a new one and say it there, once.
      if (e.status === 409 && !retried) {
        stored(storageKey(), null);
        closeSocket();
        conversationId = null;
        show({ role: 'notification', text: 'That conversation had ended, so a new one started.' });
        return post(text, clientMessageId, true);
      }
      throw e;
    });
  }

  function submit(event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text || busy || !ready()) return;
    var gen = generation;
    var clientMessageId = lastFailed && lastFailed.text === text ? lastFailed.clientMessageId : uuid();
    error.textContent = '';
    input.value = '';
    var mine = { text: text, node: show({ role: 'user', text: text }) };
    mine.node.classList.add('pending');
    pendingUser.push(mine);
    setBusy(true);
    setTyping(true);
    post(text, clientMessageId).then(function (turn) {
      if (gen !== generation) return;
      lastFailed = null;
      settle(mine);
      showAll(turn && turn.messages);
    }, function (e) {
      if (gen !== generation || e.stale) return;
      lastFailed = { text: text, clientMessageId: clientMessageId };
      settle(mine);
      mine.node.remove();
      input.value = text; // give the text back so a retry is one key press
      error.textContent = e.message;
    }).then(function () {
      if (gen !== generation) return;
      setBusy(false);
      setTyping(false);
      input.focus();
    });
  }

  function settle(mine) {
    mine.node.classList.remove('pending');
    var i = pendingUser.indexOf(mine);
    if (i >= 0) pendingUser.splice(i, 1);
  }

  // ------------------------------------------------------------------ WebSocket push

  function connect() {
    if (socket || !conversationId) return;
    var url = new URL('/ws/conversations/' + encodeURIComponent(conversationId), origin);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    var ws = new WebSocket(url.href);
    var forId = conversationId;
    socket = ws;
    ws.onopen = function () {
      // Anything pushed while we were away is in the transcript; show what is missing.
      if (reconnectAttempts > 0) {
        api('GET', '/api/v1/conversations/' + encodeURIComponent(forId)).then(function (view) {
          if (forId === conversationId) showAll(view && view.messages);
        }, function () { /* the next frame or turn will catch up */ });
      }
      reconnectAttempts = 0;
    };
    ws.onmessage = function (event) {
      var frame;
      try { frame = JSON.parse(event.data); } catch (ignored) { return; }
      if (!frame || forId !== conversationId) return;
      if (frame.type === 'typing') setTyping(true);
      else if (frame.type === 'message' || frame.type === 'notification') {
        setTyping(false);
        show(frame.message);
      }
    };
    ws.onclose = function (event) {
      if (socket !== ws) return; // closed on purpose
      socket = null;
      if (event.code === 4404) return; // the server does not know this conversation
      // Exponential backoff with jitter, capped at 30 s.
      var delay = Math.min(30000, 1000 * Math.pow(2, reconnectAttempts++)) * (0.5 + Math.random() / 2);
      reconnectTimer = setTimeout(connect, delay);
    };
  }

  function closeSocket() {
    clearTimeout(reconnectTimer);
    var ws = socket;
    socket = null;
    reconnectAttempts = 0;
    if (ws) ws.close();
  }

  // ------------------------------------------------------------------ open / close

  function openPanel() {
    if (!ready()) return;
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    launcher.setAttribute('aria-label', 'Close chat');
    unread.hidden = true;
    input.focus();
    error.textContent = '';
    ensureConversation().catch(function (e) { if (!e.stale) error.textContent = e.message; });
  }

  function closePanel() {
    if (frame.classList.contains('inline')) return; // shown in the page: nothing to close to
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.setAttribute('aria-label', 'Open chat');
    launcher.focus();
  }

  /** options: {channel, ownerToken, container}; without them, the customer chat as before. */
  function useBusiness(id, name, options) {
    var opts = options || {};
    var nextChannel = CHANNELS.indexOf(opts.channel) >= 0 ? opts.channel : channel;
    var nextToken = opts.ownerToken || null;
    if (id !== businessId || nextChannel !== channel || nextToken !== ownerToken) {
      reset();
      businessId = id;
      channel = nextChannel;
      ownerToken = nextToken;
    }
    if (opts.container && opts.container.appendChild && host.parentNode !== opts.container) {
      opts.container.appendChild(host); // shown inside the page's element, not floating
      host.style.display = 'block';
      host.style.height = '100%';
      frame.classList.add('inline');
    }
    launcher.hidden = false;
    if (name) {
      title.textContent = name;
      return;
    }
    if (!id) {
      title.textContent = 'Chat';
      return;
    }
    title.textContent = 'Chat';
    api('GET', '/api/v1/businesses/' + encodeURIComponent(id)).then(function (b) {
      if (b && b.name && id === businessId) title.textContent = b.name;
    }, function () { /* keep the generic title */ });
  }

  launcher.addEventListener('click', function () {
    if (panel.hidden) openPanel(); else closePanel();
  });
  closeButton.addEventListener('click', closePanel);
  panel.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') closePanel();
  });
  form.addEventListener('submit', submit);
  input.addEventListener('keydown', function (e) {
    // Enter sends, Shift+Enter starts a new line.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) submit(e);
  });

  function mount() {
    document.body.appendChild(host);
    if (businessId) useBusiness(businessId);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);

  window.XSeven = {
    /**
     * Opens the chat with a business; a page can offer several businesses this way. options:
     * {channel: 'dedicated'|'dashboard'|'global', ownerToken, container}.
     */
    open: function (id, name, options) {
      var wanted = options && options.channel;
      if (!id && wanted !== 'global') return;
      useBusiness(id ? String(id) : null, name, options);
      openPanel();
    },
    close: closePanel
  };
})();
