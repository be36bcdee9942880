// The script of timeline.html (inlined by src/render/html.rs; its SHA-256 is in the page's
// Content-Security-Policy). Activating an event of the picture (click, focus, Enter or Space)
// shows its details from the JSON block #events; arrows move between events, Escape closes.
// Article text is only ever set with textContent, and links only point to http(s) URLs.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('events').textContent);
  var byId = {};
  data.events.forEach(function (e) { byId[e.id] = e; });
  var panel = document.getElementById('details');
  var targets = Array.prototype.slice.call(document.querySelectorAll('.target[data-event-id]'));
  var current = null;
  var quiet = false;

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined && text !== null) { n.textContent = text; }
    return n;
  }

  function clear() {
    while (panel.firstChild) { panel.removeChild(panel.firstChild); }
  }

  function safeUrl(u) {
    return typeof u === 'string' && /^https?:\/\/[^\s]+$/i.test(u) ? u : null;
  }

  function close() {
    targets.forEach(function (t) { t.setAttribute('aria-expanded', 'false'); });
    clear();
    panel.removeAttribute('data-event-id');
    panel.appendChild(el('p', 'hint', data.hint));
  }

  function open(t) {
    var ev = byId[t.getAttribute('data-event-id')];
    if (!ev) { return; }
    current = t;
    targets.forEach(function (o) { o.setAttribute('aria-expanded', o === t ? 'true' : 'false'); });
    clear();
    panel.setAttribute('data-event-id', ev.id);
    panel.appendChild(el('p', 'when', ev.date + (ev.planned ? ' (planned)' : '') + (ev.reported ? ' (reported speech)' : '')));
    panel.appendChild(el('h2', 'what', ev.title));
    if (ev.conflicts.length) {
      panel.appendChild(el('p', 'conflict', 'Sources disagree on the date: ' + ev.conflicts.join('; ')));
    }
    var count = ev.sources.length === 1 ? '1 source' : ev.sources.length + ' sources';
    if (ev.rank) { count += ' \u00b7 importance #' + ev.rank; }
    panel.appendChild(el('p', 'count', count));
    var list = el('ul', 'sources');
    ev.sources.forEach(function (s) {
      var li = el('li', 'source');
      var head = el('p', 'outlet');
      head.appendChild(el('strong', 'name', s.outlet));
      if (s.title) { head.appendChild(el('span', 'title', ' \u2014 ' + s.title)); }
      if (s.published) { head.appendChild(el('span', 'published', ' (' + s.published + ')')); }
      li.appendChild(head);
      s.quotes.forEach(function (q) {
        var b = el('blockquote', 'quote', q.sentence);
        b.setAttribute('cite', safeUrl(s.url) || '');
        li.appendChild(b);
        li.appendChild(el('p', 'expr', 'Date as written: \u201c' + q.when + '\u201d'));
      });
      var u = safeUrl(s.url);
      if (u) {
        var a = el('a', 'link', 'Read the article at ' + s.outlet);
        a.href = u;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        li.appendChild(a);
      }
      list.appendChild(li);
    });
    panel.appendChild(list);
  }

  function move(i) {
    if (!targets.length) { return; }
    var k = (i + targets.length) % targets.length;
    targets[k].focus();
  }

  targets.forEach(function (t, i) {
    t.addEventListener('click', function () { open(t); });
    t.addEventListener('focus', function () { if (!quiet) { open(t); } });
    t.addEventListener('keydown', function (e) {
      var k = e.key;
      if (k === 'Enter' || k === ' ' || k === 'Spacebar') { open(t); }
      else if (k === 'Escape' || k === 'Esc') { close(); }
      else if (k === 'ArrowRight' || k === 'ArrowDown') { move(i + 1); }
      else if (k === 'ArrowLeft' || k === 'ArrowUp') { move(i - 1); }
      else if (k === 'Home') { move(0); }
      else if (k === 'End') { move(targets.length - 1); }
      else { return; }
      e.preventDefault();
    });
  });

  // Escape inside the details panel closes it and gives focus back to its event.
  panel.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' && e.key !== 'Esc') { return; }
    e.preventDefault();
    var back = current;
    close();
    if (back) { quiet = true; back.focus(); quiet = false; }
  });

  close();
}());
