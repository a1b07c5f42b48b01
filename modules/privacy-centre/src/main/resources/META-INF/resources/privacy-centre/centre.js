// The privacy centre's pages: sign in with a link or a till code, then the customer's consents and
// requests, all through /privacy/{tenant}/api. No inline script or style (the page's CSP forbids both).
(function () {
  'use strict';

  var api = location.pathname.replace(/\/[^/]*$/, '/') + 'api/';
  var texts = {};
  var language = chooseLanguage();

  function chooseLanguage() {
    var asked = new URLSearchParams(location.search).get('lang');
    var preferred = asked || (navigator.language || 'en').slice(0, 2);
    return preferred === 'de' ? 'de' : 'en';
  }

  function t(key, values) {
    var text = texts[key] || key;
    Object.keys(values || {}).forEach(function (name) {
      text = text.replace('{' + name + '}', values[name]);
    });
    return text;
  }

  function $(id) {
    return document.getElementById(id);
  }

  function element(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    return node;
  }

  function say(message, isError) {
    var status = $('status');
    status.textContent = message;
    status.classList.toggle('error', Boolean(isError));
  }

  function date(value) {
    return value ? new Date(value).toLocaleDateString(language) : '';
  }

  function call(method, path, body) {
    var options = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(api + path, options).then(function (answer) {
      if (answer.status === 204) {
        return null;
      }
      return answer.json().then(function (json) {
        if (answer.ok) {
          return json;
        }
        var problem = new Error(json.detail || json.title || t('error.generic'));
        problem.status = answer.status;
        problem.retryAfter = Number(answer.headers.get('Retry-After')) || 0;
        throw problem;
      });
    });
  }

  function failed(problem) {
    if (problem.status === 401) {
      showSignIn();
      say(t('error.signInAgain'), true);
    } else if (problem.status === 429) {
      say(t('error.tooMany', { minutes: Math.max(1, Math.ceil(problem.retryAfter / 60)) }), true);
    } else {
      say(problem.message || t('error.generic'), true);
    }
  }

  function translatePage() {
    document.documentElement.lang = language;
    document.querySelectorAll('[data-i18n]').forEach(function (node) {
      node.textContent = t(node.getAttribute('data-i18n'));
    });
    document.querySelectorAll('[data-i18n-label]').forEach(function (node) {
      node.setAttribute('aria-label', t(node.getAttribute('data-i18n-label')));
    });
    document.title = t('title');
  }

  function showSignIn() {
    $('sign-in').hidden = false;
    $('consents').hidden = true;
    $('requests').hidden = true;
    $('sign-out-area').hidden = true;
  }

  function showCentre() {
    $('sign-in').hidden = true;
    $('consents').hidden = false;
    $('requests').hidden = false;
    $('sign-out-area').hidden = false;
    return Promise.all([loadChoices(), loadRequests()]);
  }

  function loadChoices() {
    return call('GET', 'consents?lang=' + language).then(function (answer) {
      var list = $('choices');
      list.replaceChildren();
      answer.items.forEach(function (choice) {
        list.appendChild(choiceView(choice));
      });
    });
  }

  function choiceView(choice) {
    var box = element('fieldset', null, { class: 'choice' });
    box.appendChild(element('legend', choice.description));
    if (choice.notice) {
      var details = element('details');
      details.appendChild(element('summary', t('consents.notice', { version: choice.notice.version })));
      details.appendChild(element('h3', choice.notice.title, { lang: choice.notice.language }));
      details.appendChild(element('p', choice.notice.text, { lang: choice.notice.language }));
      box.appendChild(details);
    }
    box.appendChild(element('p', choice.state
      ? t('consents.current', { state: t('state.' + choice.state) })
      : t('consents.none'), { class: 'state' }));
    if (choice.gpc) {
      box.appendChild(element('p', t('consents.gpc')));
    }
    var actions = element('div', null, { class: 'actions' });
    [true, false].forEach(function (granted) {
      var button = element('button', t(granted ? 'consents.allow' : 'consents.refuse'), {
        type: 'button',
        class: granted ? '' : 'secondary',
        'aria-pressed': String(choice.state === (granted ? 'GRANTED' : 'WITHDRAWN'))
      });
      button.addEventListener('click', function () {
        var body = { granted: granted };
        if (choice.notice) {
          body.noticeId = choice.notice.id;
        }
        call('PUT', 'consents/' + encodeURIComponent(choice.purpose), body)
          .then(function () {
            say(t('consents.saved', { purpose: choice.description }));
            return loadChoices();
          })
          .catch(failed);
      });
      actions.appendChild(button);
    });
    box.appendChild(actions);
    return box;
  }

  function loadRequests() {
    return call('GET', 'requests').then(function (answer) {
      var rows = $('request-rows');
      rows.replaceChildren();
      answer.items.forEach(function (request) {
        var row = element('tr');
        row.appendChild(element('td', t('type.' + request.type)));
        row.appendChild(element('td', t('status.' + request.status)));
        row.appendChild(element('td', date(request.receivedAt)));
        row.appendChild(element('td', request.status === 'DONE' ? '' : date(request.dueAt)));
        rows.appendChild(row);
      });
      $('request-table').hidden = answer.items.length === 0;
      $('no-requests').hidden = answer.items.length !== 0;
    });
  }

  function signInWithLink(token) {
    // the token must not stay in the address bar, the history or a bookmark
    history.replaceState(null, '', location.pathname + location.search);
    return call('POST', 'session/link', { token: token });
  }

  function start() {
    translatePage();
    var link = /^#link=(.+)$/.exec(location.hash);
    var entered = link ? signInWithLink(decodeURIComponent(link[1])) : Promise.resolve();
    entered.then(showCentre).catch(failed);

    $('code-form').addEventListener('submit', function (event) {
      event.preventDefault();
      call('POST', 'session/code', { code: $('code').value, contact: $('contact').value })
        .then(function () {
          say('');
          return showCentre();
        })
        .catch(failed);
    });
    $('request-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var note = $('request-note').value.trim();
      call('POST', 'requests', { type: $('request-type').value, note: note || null })
        .then(function (filed) {
          $('request-note').value = '';
          say(t('requests.sent', { due: date(filed.dueAt) }));
          return loadRequests();
        })
        .catch(failed);
    });
    $('sign-out').addEventListener('click', function () {
      call('DELETE', 'session')
        .then(function () {
          showSignIn();
          say(t('signedOut'));
        })
        .catch(failed);
    });
  }

  fetch('i18n-' + language + '.json', { credentials: 'same-origin' })
    .then(function (answer) { return answer.json(); })
    .then(function (loaded) { texts = loaded; })
    .catch(function () { texts = {}; })
    .then(start);
})();
