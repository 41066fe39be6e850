/*
 * Loaded by Tasklist, Cockpit, Admin and the Welcome page (customScripts in each app's scripts/config.js).
 *
 * The webapps' own 退出 only drops the webapp's login: the product's session, and with Keycloak the Keycloak session,
 * would sign the user straight back in. So the menu item leads to the product's sign-out page, which ends them all.
 * The listener runs in the capture phase, before the item's own click handler.
 */
const signOutPage = new URL('../../logout', import.meta.url).href;

document.addEventListener('click', event => {
  if (event.target instanceof Element && event.target.closest('li.logout a')) {
    event.preventDefault();
    event.stopImmediatePropagation();
    window.location.assign(signOutPage);
  }
}, true);
