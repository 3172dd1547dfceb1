// Enhancement only: a "Listen" button that reads the page's main text aloud with the device's own voices
// (speechSynthesis), with pause, resume and stop. It is added only when the device has a voice for the
// page's language that runs on the device (localService): voices that send the text to a server are never
// used, so nothing leaves the device. Labels and the voice's language come from data- attributes of <main>.
(function () {
  var s = window.speechSynthesis, main = document.getElementById('main');
  if (!s || !window.SpeechSynthesisUtterance || !main || !main.getAttribute('data-listen')) return;
  var d = main.dataset, want = (d.voice || document.documentElement.lang).toLowerCase(), page = document.documentElement.lang,
    bar, play, stop, voice, state = 0, run = 0; // state: 0 idle, 1 speaking, 2 paused
  function pick() {
    var all = s.getVoices() || [], best = null, score = 0, w = want.split('-'), i, l, n;
    for (i = 0; i < all.length; i++) {
      if (!all[i].localService) continue;
      l = (all[i].lang || '').toLowerCase().replace(/_/g, '-').split('-');
      if (l[0] !== w[0]) continue;
      n = l.join('-') === want ? 3 : l[l.length - 1] === w[w.length - 1] ? 2 : 1;
      if (n > score) { best = all[i]; score = n; }
    }
    return best;
  }
  function show(n) {
    state = n;
    play.textContent = n === 1 ? d.pause : n === 2 ? d.resume : d.listen;
    stop.hidden = n === 0;
  }
  // The reader's own text: on the bilingual summary, only the sides in the page's language.
  function texts() {
    var roots = main.querySelectorAll('.side[lang="' + page + '"]'), out = [], i;
    if (!roots.length) roots = main.children;
    for (i = 0; i < roots.length; i++) {
      if (roots[i] !== bar) out = out.concat((roots[i].innerText || '').split(/\n+/));
    }
    return out.filter(function (t) { return /\S/.test(t); });
  }
  function read() {
    var parts = texts(), left = parts.length, mine = ++run;
    s.cancel();
    parts.forEach(function (t) {
      var u = new SpeechSynthesisUtterance(t);
      u.voice = voice;
      u.lang = voice.lang;
      u.onend = u.onerror = function () { if (--left <= 0 && mine === run) show(0); };
      s.speak(u);
    });
    show(parts.length ? 1 : 0);
  }
  function button(label) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'button secondary';
    b.textContent = label;
    return b;
  }
  function offer() {
    var v = pick();
    if (v) voice = v;
    if (bar || !voice) return;
    bar = document.createElement('div');
    bar.className = 'listen';
    play = button(d.listen);
    stop = button(d.stop);
    stop.hidden = true;
    play.addEventListener('click', function () {
      if (state === 0) read();
      else if (state === 1) { s.pause(); show(2); }
      else { s.resume(); show(1); }
    });
    stop.addEventListener('click', function () { run++; s.cancel(); show(0); play.focus(); });
    bar.appendChild(play);
    bar.appendChild(stop);
    main.insertBefore(bar, main.firstChild);
  }
  offer();
  if (s.addEventListener) s.addEventListener('voiceschanged', offer);
  window.addEventListener('pagehide', function () { run++; s.cancel(); });
})();
