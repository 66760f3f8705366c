// The kept copy of Today: Today as the leader last saw it, shown at a cold
// start before the app has loaded, so the first screen is there at once.
//
// The build inlines this file into index.html (Trunk's rel="inline"), so it
// runs before the app's code is even fetched and costs no request. The app
// drives it through window.attuneToday (src/platform/today_copy.rs): it says
// which day Today shows and whether it is live, saves the copy, discards it
// before any change is stored, and tells it when to give way.
//
// A copy is keyed on the build that made it (the version the precache step
// stamps into the page) and the day: another version or another day shows
// nothing rather than a screen this version might draw differently. It
// stays until the app has every record (`giveWay`), since the app's first
// screen, drawn from Today's records alone, may still lack a part (the
// week's reflection) the copy shows; a tap on it hands over sooner.
// The app saves it only from Today, only with the app lock off, and
// discards it before storing any change, so a copy is either Today exactly
// as it was or none. It is shown only at "/". Taps on it wait: a link tapped
// is followed once the app has taken over.
(function () {
  var KEY = 'attune-today';
  var meta = document.querySelector('meta[name=attune-version]');
  var wasm = document.querySelector('link[rel="preload"][as="fetch"]');
  var build = (meta && meta.content) || (wasm && wasm.getAttribute('href')) || '';
  var copy = { day: null, live: false, host: null, ready: false, touched: false, tapped: null };
  // The app lock's sealed key (src/platform/vault/keys.rs): under the lock
  // no copy is kept, whatever a tab last heard.
  function locked() {
    return localStorage.getItem('attune.lock') !== null;
  }
  function read() {
    try {
      if (locked()) {
        localStorage.removeItem(KEY);
        return null;
      }
      var kept = JSON.parse(localStorage.getItem(KEY));
      return kept && kept.build === build && kept.day === localDay() ? kept : null;
    } catch (e) {
      return null;
    }
  }
  function localDay() {
    var d = new Date();
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
  }
  // The screen as markup, without what belongs to its moment (the save
  // indicator, passing error messages, "busy"), and without the
  // sections and list items below its first two screenfuls, which the
  // copy is not up long enough to reach.
  function screen() {
    var html = '';
    var fold = 2 * innerHeight;
    for (var i = 0; i < document.body.children.length; i++) {
      var live = document.body.children[i];
      if (live.id === 'kept' || live.tagName === 'SCRIPT' || live.tagName === 'STYLE') continue;
      var part = live.cloneNode(true);
      // A field's text is its value, which is not in the markup.
      var fields = live.querySelectorAll('textarea, input');
      var copies = part.querySelectorAll('textarea, input');
      for (var f = 0; f < fields.length; f++) {
        if (fields[f].tagName === 'TEXTAREA') copies[f].textContent = fields[f].value;
        else if (/^(checkbox|radio)$/.test(fields[f].type)) copies[f].toggleAttribute('checked', fields[f].checked);
        else copies[f].setAttribute('value', fields[f].value);
      }
      var shown = live.querySelectorAll('section, li');
      var copied = part.querySelectorAll('section, li');
      for (var n = 0; n < shown.length; n++) {
        if (shown[n].getBoundingClientRect().top + scrollY > fold) copied[n].remove();
      }
      part.removeAttribute('aria-busy');
      part.querySelectorAll('[aria-busy]').forEach(function (n) { n.removeAttribute('aria-busy'); });
      // Attune sets no inline style, and the page's policy refuses
      // them; one a browser or a resized field left behind goes.
      part.removeAttribute('style');
      part.querySelectorAll('[style]').forEach(function (n) { n.removeAttribute('style'); });
      part.querySelectorAll('[role="alert"]').forEach(function (n) { n.remove(); });
      part.querySelectorAll('.save-state').forEach(function (n) { n.textContent = ''; });
      // The framework's place markers show nothing.
      var marks = document.createTreeWalker(part, NodeFilter.SHOW_COMMENT);
      var gone = [];
      while (marks.nextNode()) gone.push(marks.currentNode);
      gone.forEach(function (n) { n.remove(); });
      html += part.outerHTML;
    }
    return html;
  }
  // The copy goes; a link tapped on it is followed in the app.
  function reveal() {
    if (!copy.host) return;
    copy.host.remove();
    copy.host = null;
    performance.mark('attune:kept-gone');
    var href = copy.tapped;
    copy.tapped = null;
    // The app's own link, which may come a frame later (the Note
    // button does); failing that, the address itself.
    var tries = 3;
    if (href) setTimeout(function follow() {
      var links = document.querySelectorAll('a[href]');
      for (var i = 0; i < links.length; i++) {
        if (links[i].getAttribute('href') === href) return links[i].click();
      }
      if (--tries > 0) requestAnimationFrame(follow);
      else location.assign(href);
    });
  }
  window.attuneToday = {
    // The day Today was drawn for ("YYYY-MM-DD"), or null once it is gone.
    todayShown: function (day) { copy.day = day; },
    // Whether Today is what the leader sees, loaded, with the lock off.
    setLive: function (on) { copy.live = on; },
    save: function () {
      if (!copy.day || !copy.live || copy.host) return;
      try {
        if (locked()) return;
        localStorage.setItem(KEY, JSON.stringify({ build: build, day: copy.day, html: screen() }));
      } catch (e) {
        // No room, say: better no copy than an old one.
        window.attuneToday.discard();
      }
    },
    discard: function () {
      try {
        localStorage.removeItem(KEY);
      } catch (e) {
        // No localStorage at all: nothing was kept either.
      }
    },
    // The app has drawn its first screen, from Today's records. The
    // copy gives way at once if the leader has tapped it; otherwise it
    // stays until the history is in (`giveWay`), so nothing moves under
    // a thumb.
    appDrawn: function () {
      copy.ready = true;
      if (copy.touched) reveal();
    },
    // Everything is loaded, or start-up stopped: the copy goes.
    giveWay: reveal,
  };
  // Hidden is where a phone may end the page without another word.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') window.attuneToday.save();
  });
  var kept = location.pathname === '/' && document.adoptedStyleSheets && read();
  if (!kept) return;
  try {
    // In a closed shadow root: its ids and text stay apart from the app's.
    var sheet = new CSSStyleSheet();
    var rules = [];
    for (var s = 0; s < document.styleSheets.length; s++) {
      var list = document.styleSheets[s].cssRules;
      for (var r = 0; r < list.length; r++) rules.push(list[r].cssText);
    }
    sheet.replaceSync(rules.join('\n'));
    var host = document.createElement('div');
    host.id = 'kept';
    host.setAttribute('aria-hidden', 'true');
    var root = host.attachShadow({ mode: 'closed' });
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = kept.html;
    // A tap waits for the app; a link tapped is followed then.
    root.addEventListener('click', function (e) {
      e.preventDefault();
      var link = e.target.closest && e.target.closest('a[href]');
      if (link) copy.tapped = link.getAttribute('href');
      copy.touched = true;
      if (copy.ready) reveal();
    });
    document.body.appendChild(host);
    copy.host = host;
  } catch (e) {
    // No copy then: the app draws Today as it loads.
    return;
  }
  performance.mark('attune:kept-shown');
})();
