/*
 * Our override of the webjar's app/cockpit/scripts/config.js, which configures nothing (all its settings are commented
 * out): the product's sign-in and sign-out serve the webapp too (see ../../single-sign-on.js).
 */

export default {
  customScripts: ['../single-sign-on']
};
