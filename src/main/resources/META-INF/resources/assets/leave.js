// Enhancement only: "Leave this site" also replaces this page in the history, and Escape leaves at once.
(function () {
  var leave = document.getElementById('leave');
  if (!leave) return;
  function go(e) { if (e) e.preventDefault(); window.location.replace(leave.href); }
  leave.addEventListener('click', go);
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') go(e); });
})();
