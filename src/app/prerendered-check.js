// The guard of a page drawn at build time (scripts/prerender.ts copies it into
// assets/ and names it in the page's <head>). It runs before the page's markup is
// parsed. That markup shows the default view: the default period, in
// Vietnamese, with nothing saved in this browser. When the address asks for
// another view (a query string, a trailing slash) or the browser holds saved
// choices, the markup is hidden, and main.tsx draws the page afresh instead of
// hydrating it. Plain ES5 in a classic script: it must run before anything else.
(function () {
  var meta = document.querySelector('meta[name="cchc-prerendered"]');
  if (!meta) return;
  var savedChoices = false;
  try {
    for (var index = 0; index < localStorage.length; index++) {
      var key = localStorage.key(index) || '';
      // Vietnamese, saved after switching back from English, is the default the page was drawn in.
      var isDefault = key === 'cchc.lang' && localStorage.getItem(key) === 'vi';
      if (/^cchc[.-]/.test(key) && !isDefault) savedChoices = true;
    }
  } catch (error) {
    // Blocked storage holds no choices.
  }
  var fresh = location.pathname === meta.content && location.search === '' && !savedChoices;
  document.documentElement.setAttribute('data-prerendered', fresh ? 'fresh' : 'stale');
})();
