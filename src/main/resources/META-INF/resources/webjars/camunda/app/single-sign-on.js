/*
 * Loaded by Tasklist, Cockpit, Admin and the Welcome page (customScripts in each app's scripts/config.js). The
 * product's sign-in (its login form, or Keycloak) is the only way into the webapps, and its session is theirs.
 *
 * Signing out: the webapps' own 退出 only drops the webapp's login, and the product's session (with Keycloak also
 * Keycloak's) would sign the user straight back in. So the menu item leads to the product's sign-out page, which
 * ends them all. The listener runs in the capture phase, before the item's own click handler.
 *
 * Signing in again: once the product's session has ended (it expired, or the user signed out in another tab), the
 * webapps' calls answer 401 and they show their own login form, which cannot sign anyone in here. Instead the page
 * is loaded again through the product, which leads to its sign-in and back. At most once a minute, so that a user
 * whom the product lets in but the engine does not know sees Camunda's answer rather than a loop.
 */
const signOutPage = new URL('../../logout', import.meta.url).href;
const lastSignIn = 'annual-report.webapp-sign-in';

document.addEventListener('click', event => {
  if (event.target instanceof Element && event.target.closest('li.logout a')) {
    event.preventDefault();
    event.stopImmediatePropagation();
    window.location.assign(signOutPage);
  }
}, true);

function signInThroughTheProduct() {
  if (!window.location.hash.startsWith('#/login')) {
    return;
  }
  const last = Number(window.sessionStorage.getItem(lastSignIn) || 0);
  if (Date.now() - last < 60000) {
    return;
  }
  window.sessionStorage.setItem(lastSignIn, String(Date.now()));
  window.location.assign(window.location.pathname + window.location.search);
}

window.addEventListener('hashchange', signInThroughTheProduct);
signInThroughTheProduct();
