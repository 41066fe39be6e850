/*
 * Our override of the webjar's app/admin/scripts/config.js, which configures nothing (all its settings are commented
 * out): the account menu's 退出 signs the user out of the product as well (see ../../sign-out.js).
 */

export default {
  customScripts: ['../sign-out']
};
