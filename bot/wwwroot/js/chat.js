// The chat page: gets a Direct Line token from this site (never a secret), opens Web Chat on it,
// and keeps the conversation in sessionStorage so a reload resumes it with its history.
(function () {
  'use strict';

  const SESSION_KEY = 'supportbot.conversation';
  const LANGUAGE_KEY = 'supportbot.language';
  const USER_KEY = 'supportbot.user';

  let texts = {};
  let language = 'ja';
  let directLine = null;

  function storedSession() {
    try { return JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null'); } catch { return null; }
  }

  function saveSession(session) { sessionStorage.setItem(SESSION_KEY, JSON.stringify(session)); }

  function directLineDomain(session) { return session.domain || `${location.origin}/v3/directline`; }

  function chooseLanguage() {
    const asked = new URLSearchParams(location.search).get('lang');
    const chosen = asked || localStorage.getItem(LANGUAGE_KEY) || 'ja';
    return texts[chosen] ? chosen : 'ja';
  }

  function applyTexts() {
    const t = texts[language];
    document.documentElement.lang = t.htmlLang;
    document.title = t.title;
    document.querySelectorAll('[data-text]').forEach(element => {
      element.textContent = t[element.dataset.text];
    });
  }

  function showStatus(key) {
    const status = document.getElementById('status');
    status.hidden = !key;
    status.textContent = key ? texts[language][key] : '';
  }

  async function postJson(url, body, token) {
    const headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body || {}) });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }

  // A started conversation is resumed on a fresh token; otherwise (or when that fails) a new one.
  async function openSession() {
    const session = storedSession();
    if (session && session.started) {
      try {
        const refreshed = await postJson(`${directLineDomain(session)}/tokens/refresh`, null, session.token);
        return { ...session, token: refreshed.token };
      } catch { sessionStorage.removeItem(SESSION_KEY); }
    }

    const issued = await postJson('/api/webchat/token', {
      userId: localStorage.getItem(USER_KEY),
      locale: texts[language].webChatLocale
    });
    localStorage.setItem(USER_KEY, issued.userId);
    return { ...issued, started: false };
  }

  // The bot writes one item per line ("・" bullets, a title over phone numbers). Markdown would join
  // such lines into one run of text, so single line breaks are kept as hard breaks.
  function keepLineBreaks(markdown) {
    return markdown.replace(/([^\n])\n(?=[^\n])/g, '$1  \n');
  }

  function renderMarkdown(markdown, ...rest) {
    return window.WebChat.renderMarkdown(keepLineBreaks(markdown), ...rest);
  }

  function render(session) {
    if (directLine) directLine.end();
    directLine = window.WebChat.createDirectLine({
      domain: directLineDomain(session),
      token: session.token,
      conversationId: session.started ? session.conversationId : undefined,
      webSocket: true
    });
    directLine.connectionStatus$.subscribe(status => {
      if (status === 2) { // Online
        saveSession({ ...session, token: directLine.token || session.token, started: true });
        showStatus(null);
      } else if (status === 4) { // FailedToConnect
        showStatus('connectionFailed');
      }
    });

    // A fresh element per render: Web Chat is re-created on the same conversation in the new language.
    const old = document.getElementById('webchat');
    const host = old.cloneNode(false);
    old.replaceWith(host);
    window.WebChat.renderWebChat({
      directLine,
      userID: session.userId,
      locale: texts[language].webChatLocale,
      renderMarkdown,
      styleOptions: {
        accent: '#146eb4',
        bubbleBorderRadius: 12,
        bubbleFromUserBorderRadius: 12,
        bubbleFromUserBackground: '#e3f0fb',
        botAvatarInitials: 'SB',
        hideUploadButton: true,
        suggestedActionLayout: 'flow',
        suggestedActionBorderRadius: 16,
        primaryFont: getComputedStyle(document.documentElement).fontFamily
      }
    }, host);
  }

  async function start() {
    showStatus('connecting');
    try {
      render(await openSession());
    } catch (error) {
      console.error(error);
      showStatus('connectionFailed');
    }
  }

  document.getElementById('switch-language').addEventListener('click', () => {
    language = language === 'ja' ? 'en' : 'ja';
    localStorage.setItem(LANGUAGE_KEY, language);
    applyTexts();
    start();
  });

  document.getElementById('new-conversation').addEventListener('click', () => {
    sessionStorage.removeItem(SESSION_KEY);
    start();
  });

  // DirectLineJS refreshes its token every 15 minutes; keep the newest for the next reload.
  window.addEventListener('pagehide', () => {
    const session = storedSession();
    if (session && directLine && directLine.token) saveSession({ ...session, token: directLine.token });
  });

  fetch('content/page-texts.json')
    .then(response => response.json())
    .then(loaded => {
      texts = loaded;
      language = chooseLanguage();
      applyTexts();
      return start();
    });
})();
