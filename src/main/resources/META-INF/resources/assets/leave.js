// Enhancement only: "Leave this site" replaces this page in the history (Back does not return to it), and
// Escape leaves at once, outside text fields; in a text field, where Escape may undo typing, press it twice.
(function () {
  var leave = document.getElementById('leave');
  if (!leave) return;
  var last = 0;
  function go(e) { if (e) e.preventDefault(); window.location.replace(leave.href); }
  function typing(el) {
    if (!el) return false;
    if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
    return el.tagName === 'INPUT' && !/^(button|submit|reset|checkbox|radio|image|hidden)$/i.test(el.type);
  }
  leave.addEventListener('click', go);
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' && e.key !== 'Esc') return;
    if (e.isComposing) return;
    if (!typing(document.activeElement)) return go(e);
    var now = Date.now();
    if (now - last < 1500) return go(e);
    last = now;
  });
})();
