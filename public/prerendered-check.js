// Runs before the page's markup is parsed. A page drawn at build time shows the
// default view: the default period, in Vietnamese, with nothing saved in this
// browser. When the address asks for another view (a query string, another
// path answered with this file) or the browser holds saved choices, the drawn
// markup is hidden, and main.tsx draws the page afresh instead of hydrating it.
(function () {
  var meta = document.querySelector('meta[name="cchc-prerendered"]');
  if (!meta) return;
  var savedChoices = false;
  try {
    for (var index = 0; index < localStorage.length; index++) {
      if (/^cchc[.-]/.test(localStorage.key(index) || '')) savedChoices = true;
    }
  } catch (error) {
    // Blocked storage holds no choices.
  }
  var fresh = location.pathname === meta.content && location.search === '' && !savedChoices;
  document.documentElement.setAttribute('data-prerendered', fresh ? 'fresh' : 'stale');
})();
