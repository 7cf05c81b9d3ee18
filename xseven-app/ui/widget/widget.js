/*
 * X-Seven chat widget. Embed with
 *   <script src="https://HOST/widget.js" data-business="marios-italian" data-key="xsw_…" async></script>
 * data-business takes a slug or an id (data-business-id still works). Optional: data-mode
 * ("dashboard": the owner signs in with their owner token; "global": the comparison chat),
 * data-lang (en, es; default: the page's lang), data-color, data-position (right, left),
 * data-title, data-avatar, data-greeting. CSS custom properties on the script's host element
 * (--xs-accent, --xs-font, --xs-radius) also theme it.
 * Pages may call window.XSeven.open(businessId, name, {channel, ownerToken, container}) and
 * window.XSeven.close(); the studio's playground does.
 *
 * Plain JavaScript, no build step. Everything lives in a shadow root, and every piece of text
 * reaches the DOM through textContent, never as HTML.
 */
(function () {
  'use strict';
  if (window.XSeven) return; // loaded twice: keep the first

  var script = document.currentScript;
  var data = (script && script.dataset) || {};
  // Talk to the server the script came from, not to the page that embeds it.
  var origin = new URL(script ? script.src : '/', location.href).origin;
  var MAX_CHARS = 2000;
  var PREFIX = 'xseven.conversation.';
  var HOUR = 3600000;

  // ------------------------------------------------------------------ texts (en, es)

  var TEXTS = {
    en: {
      open: 'Open chat', close: 'Close chat', chat: 'Chat', messages: 'Messages',
      yourMessage: 'Your message', placeholder: 'Type a message…', send: 'Send',
      typing: ' is typing…', you: 'You', assistant: 'Assistant', notice: 'Notice',
      newConversation: 'New conversation', unread: ' unread messages',
      greeting: 'Hi! How can we help?', retry: 'Try again',
      offline: 'Could not reach the chat server. Check your connection and try again.',
      answered: 'The server answered ', ended: 'That conversation had ended, so a new one started.',
      reconnecting: 'Reconnecting…', away: 'While you were away',
      ownerToken: 'Owner token', signIn: 'Sign in', signInHelp: 'Sign in with your owner token to open your dashboard chat.',
      confirm: 'Confirm', change: 'Change', tooLong: 'A message has at most 2000 characters.'
    },
    es: {
      open: 'Abrir chat', close: 'Cerrar chat', chat: 'Chat', messages: 'Mensajes',
      yourMessage: 'Tu mensaje', placeholder: 'Escribe un mensaje…', send: 'Enviar',
      typing: ' está escribiendo…', you: 'Tú', assistant: 'Asistente', notice: 'Aviso',
      newConversation: 'Nueva conversación', unread: ' mensajes sin leer',
      greeting: '¡Hola! ¿En qué podemos ayudarte?', retry: 'Reintentar',
      offline: 'No se pudo conectar con el chat. Revisa tu conexión e inténtalo de nuevo.',
      answered: 'El servidor respondió ', ended: 'Esa conversación había terminado; empezó una nueva.',
      reconnecting: 'Reconectando…', away: 'Mientras no estabas',
      ownerToken: 'Token de propietario', signIn: 'Entrar', signInHelp: 'Entra con tu token de propietario para abrir el chat del panel.',
      confirm: 'Confirmar', change: 'Cambiar', tooLong: 'Un mensaje tiene como máximo 2000 caracteres.'
    }
  };
  var lang = String(data.lang || document.documentElement.lang || 'en').slice(0, 2).toLowerCase();
  if (!TEXTS[lang]) lang = 'en';
  var t = TEXTS[lang];

  var STYLES = [
    ':host{all:initial;font:15px/1.4 var(--xs-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:#1d232a;--xs-accent:#0b6e4f;--xs-radius:12px}',
    '*{box-sizing:border-box}',
    '.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;width:56px;height:56px;border:0;border-radius:50%;background:var(--xs-accent);color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);font-size:24px;padding:0}',
    '.left .launcher,.left .panel{right:auto;left:20px}',
    '[hidden]{display:none!important}',
    'button:focus-visible,textarea:focus-visible,input:focus-visible{outline:3px solid #f5a623;outline-offset:2px}',
    '.unread{position:absolute;top:-4px;right:-4px;min-width:22px;height:22px;padding:0 6px;border-radius:11px;background:#c92a2a;color:#fff;font-size:12px;font-weight:700;line-height:22px;border:2px solid #fff}',
    '.panel{position:fixed;right:20px;bottom:88px;z-index:2147483000;width:370px;max-width:calc(100vw - 16px);height:560px;max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:#fff;border-radius:var(--xs-radius);box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden}',
    '@media (max-width:480px){.panel,.left .panel{left:8px;right:8px;width:auto;bottom:80px;max-height:calc(100vh - 96px)}.launcher{right:12px;bottom:12px}.left .launcher{left:12px}}',
    '.head{display:flex;align-items:center;gap:8px;padding:10px 12px;background:var(--xs-accent);color:#fff}',
    '.head img{width:32px;height:32px;border-radius:50%;object-fit:cover;background:#fff}',
    '.head h2{flex:1;margin:0;font-size:16px;font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}',
    '.icon{border:0;background:transparent;color:#fff;font-size:20px;line-height:1;cursor:pointer;padding:4px 8px;border-radius:4px;min-width:36px;min-height:36px}',
    '.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;background:#f6f7f9}',
    '.msg{max-width:85%;padding:8px 12px;border-radius:12px;white-space:pre-wrap;overflow-wrap:anywhere}',
    '.msg time{display:block;margin-top:2px;font-size:11px;opacity:.75}',
    '.assistant{align-self:flex-start;background:#fff;border:1px solid #dde1e6}',
    '.user{align-self:flex-end;background:var(--xs-accent);color:#fff}',
    '.user.pending{opacity:.7}',
    '.notification{align-self:center;max-width:95%;background:#fff8e1;border:1px solid #f0d48a;font-size:14px}',
    '.divider{align-self:center;font-size:12px;color:#5c6670}',
    '.card{align-self:flex-start;max-width:90%;background:#fff;border:1px solid var(--xs-accent);border-radius:12px;padding:10px 12px}',
    '.card p{margin:0 0 8px;white-space:pre-wrap}',
    '.replies{display:flex;flex-wrap:wrap;gap:6px;align-self:flex-start}',
    '.reply{border:1px solid var(--xs-accent);background:#fff;color:var(--xs-accent);border-radius:16px;padding:6px 14px;font:inherit;cursor:pointer;min-height:36px}',
    '.reply.primary{background:var(--xs-accent);color:#fff}',
    '.status{min-height:1.4em;padding:0 14px;font-size:13px;color:#4a545e}',
    '.error{display:flex;align-items:center;gap:8px;padding:8px 14px;font-size:14px;color:#a61e1e;background:#fdecec}',
    '.retry{margin:4px 14px;align-self:flex-start;border-color:#a61e1e;color:#a61e1e}',
    'form{display:flex;gap:8px;padding:10px;border-top:1px solid #dde1e6}',
    'textarea,input{flex:1;resize:none;height:44px;padding:10px;border:1px solid #6b7680;border-radius:8px;font:inherit;color:inherit;min-width:0}',
    '.send{border:0;border-radius:8px;padding:0 16px;background:var(--xs-accent);color:#fff;font:inherit;font-weight:600;cursor:pointer}',
    '.send:disabled{opacity:.5;cursor:default}',
    '.signin{padding:14px;display:flex;flex-direction:column;gap:8px}',
    '.signin p{margin:0}',
    '.inline{height:100%}',
    '.inline .launcher{display:none}',
    '.inline .panel{position:relative;right:auto;left:auto;bottom:auto;z-index:auto;width:100%;max-width:none;height:100%;max-height:none;box-shadow:0 1px 4px rgba(0,0,0,.2)}',
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

  var launcher = el('button', { type: 'button', class: 'launcher', 'aria-label': t.open,
    'aria-expanded': 'false', 'aria-controls': 'xs-panel', hidden: '' });
  launcher.appendChild(el('span', { 'aria-hidden': 'true' }, '\u{1F4AC}'));
  var unread = el('span', { class: 'unread', hidden: '' });
  launcher.appendChild(unread);

  var panel = el('section', { id: 'xs-panel', class: 'panel', role: 'dialog',
    'aria-modal': 'false', 'aria-labelledby': 'xs-title', hidden: '' });
  var head = el('div', { class: 'head' });
  var avatar = el('img', { alt: '', hidden: '' });
  var title = el('h2', { id: 'xs-title' }, t.chat);
  var restart = el('button', { type: 'button', class: 'icon restart', 'aria-label': t.newConversation,
    title: t.newConversation }, '\u21BB');
  var closeButton = el('button', { type: 'button', class: 'icon close', 'aria-label': t.close,
    title: t.close }, '\u00D7');
  head.append(avatar, title, restart, closeButton);
  // role=log is a polite live region: screen readers announce each new message once.
  var log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': t.messages,
    tabindex: '0' });
  var status = el('div', { class: 'status', 'aria-live': 'polite' });
  var error = el('div', { class: 'error', role: 'alert', hidden: '' });
  var retry = el('button', { type: 'button', class: 'reply retry', hidden: '' }, t.retry);
  var form = el('form');
  var label = el('label', { for: 'xs-input', class: 'sr-only' }, t.yourMessage);
  var input = el('textarea', { id: 'xs-input', rows: '1', maxlength: String(MAX_CHARS),
    placeholder: t.placeholder, autocomplete: 'off' });
  var send = el('button', { type: 'submit', class: 'send' }, t.send);
  form.append(label, input, send);
  // Dashboard mode: the owner signs in with their token first; it stays in memory only.
  var signin = el('form', { class: 'signin', hidden: '' });
  var tokenLabel = el('label', { for: 'xs-token' }, t.ownerToken);
  var tokenInput = el('input', { id: 'xs-token', type: 'password', autocomplete: 'off' });
  signin.append(el('p', null, t.signInHelp), tokenLabel, tokenInput,
    el('button', { type: 'submit', class: 'send' }, t.signIn));
  panel.append(head, log, status, error, retry, signin, form);
  var frame = el('div', { class: 'frame' });
  frame.append(launcher, panel);
  root.append(frame);

  // ------------------------------------------------------------------ theming

  if (data.color || data.accent) {
    var colour = data.color || data.accent;
    if (window.CSS && CSS.supports('color', colour)) host.style.setProperty('--xs-accent', colour);
  }
  if (data.position === 'left') frame.classList.add('left');
  if (data.avatar && /^https?:\/\//i.test(data.avatar)) {
    avatar.src = data.avatar;
    avatar.hidden = false;
  }

  // ------------------------------------------------------------------ state

  var CHANNELS = ['dedicated', 'dashboard', 'global'];
  var mode = data.mode || data.channel;
  var channel = CHANNELS.indexOf(mode) >= 0 ? mode : 'dedicated';
  var businessRef = data.business || data.businessId || null; // slug or id, as the snippet says
  var businessId = null;        // the id, once the config (or a caller) gave it
  var widgetKey = data.key || null;
  var ownerToken = null;        // the dashboard channel's bearer token; never stored
  var ttlHours = 24;
  var fixedTitle = data.title || null;
  var givenName = null;         // the name a page passed to XSeven.open
  var greeting = data.greeting || null;
  var conversationId = null;
  var lastSeen = 0;             // newest message time the customer has seen (ms)
  var newest = 0;               // newest message time on screen (ms)
  var unreadCount = 0;
  var shown = new Set();        // message ids already on screen
  var pendingUser = [];         // own messages shown before the server gave them an id
  var offers = null;            // quick replies / card on screen
  var busy = false;
  var generation = 0;
  var lastFailed = null;        // {text, clientMessageId}: a resend reuses the id, so it counts once
  var starting = null;          // the pending resume-or-create, shared by everyone who asks
  var configured = null;        // the pending config request
  var socket = null;
  var reconnectAttempts = 0;
  var reconnectTimer = null;
  var pollTimer = null;
  var typingTimer = null;

  // ------------------------------------------------------------------ HTTP

  function api(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (body) headers['Content-Type'] = 'application/json';
    if (ownerToken) headers.Authorization = 'Bearer ' + ownerToken;
    if (widgetKey) headers['X-Widget-Key'] = widgetKey;
    return fetch(origin + path, {
      method: method,
      headers: headers,
      body: body ? JSON.stringify(body) : undefined
    }).then(function (res) {
      return res.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (ignored) { /* not JSON */ }
        if (res.ok) return json;
        var problem = new Error(json && (json.detail || json.title) || t.answered + res.status + '.');
        problem.status = res.status;
        throw problem;
      });
    }, function () {
      var e = new Error(t.offline);
      e.network = true;
      throw e;
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

  /** Where the conversation id is kept: the business id for the customer chat, as before. */
  function storageKey() {
    if (channel === 'global') return 'global';
    return channel === 'dedicated' ? businessId : businessId + '.' + channel;
  }

  /**
   * The kept conversation: {id, at (last activity, ms), seen (newest message seen, ms)}, or
   * null once older than the business's expiry. Storage may be off or full: then no resume.
   */
  function kept() {
    try {
      var raw = localStorage.getItem(PREFIX + storageKey());
      if (!raw) return null;
      var entry = raw.charAt(0) === '{' ? JSON.parse(raw) : { id: raw, at: Date.now(), seen: 0 };
      if (!entry.id || Date.now() - entry.at > ttlHours * HOUR) {
        localStorage.removeItem(PREFIX + storageKey());
        return null;
      }
      return entry;
    } catch (ignored) { return null; }
  }

  function keep() {
    try {
      if (conversationId) {
        localStorage.setItem(PREFIX + storageKey(),
          JSON.stringify({ id: conversationId, at: Date.now(), seen: lastSeen }));
      } else {
        localStorage.removeItem(PREFIX + storageKey());
      }
    } catch (ignored) { /* no storage */ }
  }

  // ------------------------------------------------------------------ messages

  function timeOf(message) {
    var at = message.createdAt ? Date.parse(message.createdAt) : NaN;
    return isNaN(at) ? Date.now() : at;
  }

  function show(message) {
    if (!message || typeof message.text !== 'string') return null;
    if (message.id != null && shown.has(message.id)) return null;
    if (message.role === 'user' && pendingUser.length && pendingUser[0].text === message.text) {
      var mine = pendingUser.shift(); // our own message coming back: keep it, just learn its id
      mine.node.classList.remove('pending');
      if (message.id != null) shown.add(message.id);
      return null;
    }
    if (message.id != null) shown.add(message.id);
    var role = ['user', 'assistant', 'notification'].indexOf(message.role) >= 0
      ? message.role : 'assistant';
    var at = timeOf(message);
    if (at > newest) newest = at;
    var node = el('div', { class: 'msg ' + role });
    node.appendChild(el('span', { class: 'sr-only' },
      (role === 'user' ? t.you : role === 'notification' ? t.notice : t.assistant) + ': '));
    node.appendChild(document.createTextNode(message.text));
    var when = el('time', { datetime: new Date(at).toISOString() },
      new Date(at).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' }));
    node.appendChild(when);
    log.insertBefore(node, offers && offers.parentNode === log ? offers : null);
    log.scrollTop = log.scrollHeight;
    if (role !== 'user' && at > lastSeen) {
      if (panel.hidden) setUnread(unreadCount + 1);
      else seen(at);
    }
    return node;
  }

  function showAll(messages) {
    (messages || []).forEach(show);
  }

  function seen(at) {
    if (at > lastSeen) {
      lastSeen = at;
      keep();
    }
  }

  function setUnread(n) {
    unreadCount = n;
    unread.hidden = n === 0;
    unread.textContent = n > 9 ? '9+' : String(n);
    launcher.setAttribute('aria-label', n ? t.open + ', ' + n + t.unread : t.open);
  }

  /** Quick replies and a booking card, when the turn offers them; any new turn replaces them. */
  function offer(turn) {
    clearOffers();
    var replies = (turn && turn.quickReplies) || [];
    var card = turn && turn.card;
    if (!replies.length && !card) return;
    offers = el('div', { class: card ? 'card' : 'replies' });
    var row = offers;
    if (card) {
      offers.appendChild(el('p', null, card.text));
      row = el('div', { class: 'replies' });
      offers.appendChild(row);
      replies = [card.confirm, card.change].filter(Boolean);
    }
    replies.forEach(function (reply, i) {
      var labelText = card ? (i === 0 ? t.confirm : t.change) : reply;
      var button = el('button', { type: 'button', class: 'reply' + (card && i === 0 ? ' primary' : '') },
        labelText);
      button.addEventListener('click', function () { say(reply); });
      row.appendChild(button);
    });
    log.appendChild(offers);
    log.scrollTop = log.scrollHeight;
  }

  function clearOffers() {
    if (offers) offers.remove();
    offers = null;
  }

  function setTyping(on) {
    clearTimeout(typingTimer);
    status.textContent = on ? title.textContent + t.typing : '';
    if (on) typingTimer = setTimeout(function () { setTyping(false); }, 8000);
  }

  function showError(message, canRetry) {
    error.textContent = message || '';
    retry.hidden = !message || !canRetry;
    error.hidden = !message;
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
    lastSeen = 0;
    newest = 0;
    clearOffers();
    log.textContent = '';
    showError(null);
    setUnread(0);
    setBusy(false);
    setTyping(false);
  }

  function stale() {
    var e = new Error('stale');
    e.stale = true;
    return e;
  }

  function ready() {
    return !!businessId || channel === 'global';
  }

  /** The business's public widget settings: its id (the snippet may name a slug), name, expiry. */
  function configure() {
    if (configured) return configured;
    if (channel === 'global' || !businessRef) {
      configured = Promise.resolve(null);
      return configured;
    }
    configured = api('GET', '/api/v1/widget/config?business=' + encodeURIComponent(businessRef))
      .then(function (config) {
        businessId = config.businessId;
        ttlHours = config.conversationTtlHours || ttlHours;
        if (!fixedTitle && !givenName) title.textContent = config.name;
        return config;
      }, function (e) {
        configured = null; // a later open asks again
        throw e;
      });
    return configured;
  }

  /** Continues the kept conversation, or (when {@code create}) starts one; callers share it. */
  function ensureConversation(create) {
    if (conversationId) return Promise.resolve(conversationId);
    if (starting) return starting;
    var gen = generation;
    var entry = kept();
    if (!entry && !create) return Promise.resolve(null);
    if (entry) lastSeen = entry.seen || 0;
    starting = (entry ? resume(entry.id) : Promise.resolve(null))
      .then(function (found) {
        return found || (create ? start() : null);
      })
      .then(function (conversation) {
        if (gen !== generation) throw stale();
        if (!conversation) return null;
        conversationId = conversation.conversationId;
        keep();
        if (entry && entry.id === conversationId) markAway(conversation.messages);
        else if (greeting) show({ role: 'assistant', text: greeting });
        showAll(conversation.messages);
        connect();
        return conversationId;
      });
    // Forget the attempt once settled: a failure may be retried, a success is in conversationId.
    starting.catch(function () {}).then(function () { if (gen === generation) starting = null; });
    return starting;
  }

  /** Puts a divider before what arrived while the customer was away (reminders, order updates). */
  function markAway(messages) {
    var fresh = (messages || []).filter(function (m) {
      return m.role !== 'user' && timeOf(m) > lastSeen;
    });
    if (!lastSeen || !fresh.length || fresh.length === messages.length) return;
    var first = fresh[0];
    var before = messages.slice(0, messages.indexOf(first));
    showAll(before);
    log.appendChild(el('div', { class: 'divider', role: 'separator' }, t.away));
  }

  function resume(id) {
    return api('GET', '/api/v1/conversations/' + encodeURIComponent(id)).then(function (view) {
      return view && view.status !== 'CLOSED' ? view : null;
    }, function (e) {
      if (e.status === 404) return null; // gone (e.g. a fresh database): start again
      throw e;
    });
  }

  function start() {
    var body = { channel: channel };
    if (businessId) body.businessId = businessId;
    return api('POST', '/api/v1/conversations', body);
  }

  function post(text, clientMessageId, retried) {
    return ensureConversation(true).then(function (id) {
      return api('POST', '/api/v1/conversations/' + encodeURIComponent(id) + '/messages',
        { text: text, clientMessageId: clientMessageId });
    }).catch(function (e) {
      // The conversation ended (idle timeout): open a new one and say it there, once.
      if (e.status === 409 && !retried) {
        closeSocket();
        conversationId = null;
        keep();
        show({ role: 'notification', text: t.ended });
        return post(text, clientMessageId, true);
      }
      throw e;
    });
  }

  function submit(event) {
    event.preventDefault();
    say(input.value);
  }

  function say(raw) {
    var text = String(raw || '').trim();
    if (!text || busy || !ready()) return;
    if (text.length > MAX_CHARS) {
      showError(t.tooLong);
      return;
    }
    var gen = generation;
    var clientMessageId = lastFailed && lastFailed.text === text ? lastFailed.clientMessageId : uuid();
    showError(null);
    clearOffers();
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
      offer(turn);
      keep();
    }, function (e) {
      if (gen !== generation || e.stale) return;
      lastFailed = { text: text, clientMessageId: clientMessageId };
      settle(mine);
      mine.node.remove();
      input.value = text; // give the text back so a retry is one key press
      showError(e.message, !e.status || e.status >= 500 || e.status === 429);
    }).then(function () {
      if (gen !== generation) return;
      setBusy(false);
      setTyping(false);
      if (!panel.hidden) input.focus();
    });
  }

  function settle(mine) {
    mine.node.classList.remove('pending');
    var i = pendingUser.indexOf(mine);
    if (i >= 0) pendingUser.splice(i, 1);
  }

  // ------------------------------------------------------------------ WebSocket push, REST fallback

  function catchUp() {
    var forId = conversationId;
    if (!forId) return;
    api('GET', '/api/v1/conversations/' + encodeURIComponent(forId)).then(function (view) {
      if (forId === conversationId) showAll(view && view.messages);
    }, function () { /* the next frame, poll or turn will catch up */ });
  }

  function connect() {
    if (socket || !conversationId || !window.WebSocket) {
      if (!window.WebSocket) poll(true);
      return;
    }
    var url = new URL('/ws/conversations/' + encodeURIComponent(conversationId), origin);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    if (widgetKey) url.searchParams.set('key', widgetKey);
    var ws = new WebSocket(url.href);
    var forId = conversationId;
    socket = ws;
    ws.onopen = function () {
      // Anything pushed while we were away is in the transcript; show what is missing.
      if (reconnectAttempts > 0) catchUp();
      reconnectAttempts = 0;
      poll(false);
      if (status.textContent === t.reconnecting) status.textContent = '';
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
      // Push is down: poll the transcript until it is back (REST fallback).
      poll(true);
      // Exponential backoff with jitter, capped at 30 s.
      var delay = Math.min(30000, 1000 * Math.pow(2, reconnectAttempts++)) * (0.5 + Math.random() / 2);
      reconnectTimer = setTimeout(connect, delay);
    };
  }

  function poll(on) {
    clearInterval(pollTimer);
    pollTimer = on ? setInterval(catchUp, 15000) : null;
  }

  function closeSocket() {
    clearTimeout(reconnectTimer);
    poll(false);
    var ws = socket;
    socket = null;
    reconnectAttempts = 0;
    if (ws) ws.close();
  }

  // ------------------------------------------------------------------ open / close

  function needsSignIn() {
    return channel === 'dashboard' && !ownerToken;
  }

  function openPanel() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    setUnread(0);
    showError(null);
    var signingIn = needsSignIn();
    signin.hidden = !signingIn;
    form.hidden = signingIn;
    (signingIn ? tokenInput : input).focus();
    if (signingIn) return;
    configure().then(function () {
      if (!ready()) return null;
      return ensureConversation(true);
    }).then(function () {
      seen(newest);
    }).catch(function (e) { if (!e.stale) showError(e.message, !!e.network); });
  }

  function closePanel() {
    if (frame.classList.contains('inline')) return; // shown in the page: nothing to close to
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  /** options: {channel, ownerToken, container}; without them, the customer chat as before. */
  function useBusiness(id, name, options) {
    var opts = options || {};
    var nextChannel = CHANNELS.indexOf(opts.channel) >= 0 ? opts.channel : channel;
    var nextToken = opts.ownerToken || (nextChannel === channel ? ownerToken : null);
    if (id !== businessId || nextChannel !== channel || nextToken !== ownerToken) {
      reset();
      businessId = id;
      businessRef = id;
      configured = null;
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
    givenName = name || null;
    title.textContent = fixedTitle || name || t.chat;
  }

  launcher.addEventListener('click', function () {
    if (panel.hidden) openPanel(); else closePanel();
  });
  closeButton.addEventListener('click', closePanel);
  restart.addEventListener('click', function () {
    // "New conversation": forget this one here (the server closes it by its idle timeout).
    reset();
    keep();
    openPanel();
  });
  retry.addEventListener('click', function () { say(input.value); });
  panel.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') closePanel();
  });
  form.addEventListener('submit', submit);
  input.addEventListener('keydown', function (e) {
    // Enter sends, Shift+Enter starts a new line.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) submit(e);
  });
  signin.addEventListener('submit', function (e) {
    e.preventDefault();
    if (!tokenInput.value.trim()) return;
    ownerToken = tokenInput.value.trim();
    tokenInput.value = '';
    openPanel();
  });

  function mount() {
    document.body.appendChild(host);
    if (!businessRef && channel !== 'global') return; // a page that calls XSeven.open itself
    launcher.hidden = false;
    if (fixedTitle) title.textContent = fixedTitle;
    // Learn the business, then pick up a kept conversation at once so that reminders and order
    // updates pushed while the panel is closed raise the unread badge.
    configure().then(function () {
      if (channel !== 'dashboard') return ensureConversation(false);
      return null;
    }).catch(function () { /* shown when the customer opens the panel */ });
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
    close: closePanel,
    /** The open conversation's id (for support: "quote this id"), or null before one starts. */
    conversationId: function () { return conversationId; }
  };
})();
