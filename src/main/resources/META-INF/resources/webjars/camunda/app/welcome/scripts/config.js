/*
 * Our override of the webjar's app/welcome/scripts/config.js (files under META-INF/resources in the
 * application's own classes directory win over the camunda-webapp-webjar's): the staff who fill in and
 * review the annual report work in Simplified Chinese, so the Welcome page ships our locales/zh.json
 * and prefers it.
 *
 * The webapp picks the locale from the browser's first preferred language, cut at the first "-" and
 * lower-cased ("zh-CN" -> "zh", "en-US" -> "en"); a language not listed below falls back to Chinese.
 * The original file configures nothing else (all its settings are commented out).
 */

export default {
  // the product's sign-in and sign-out serve the webapp too (see ../../single-sign-on.js)
  customScripts: ['../single-sign-on'],

  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  }
};
