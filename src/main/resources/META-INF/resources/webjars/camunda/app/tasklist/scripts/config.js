/*
 * Our override of the webjar's app/tasklist/scripts/config.js (files under META-INF/resources in the
 * application's own classes directory win over the camunda-webapp-webjar's): the staff who fill in and
 * review the annual report work in Simplified Chinese, so Tasklist ships our locales/zh.json and prefers it.
 *
 * The webapp picks the locale from the browser's first preferred language, cut at the first "-" and
 * lower-cased ("zh-CN" -> "zh", "en-US" -> "en"); a language not listed below falls back to Chinese.
 */

export default {
  // the product's sign-in and sign-out serve the webapp too (see ../../single-sign-on.js); the task forms read like
  // the product: why a form is grey (claim-first), links that open beside the task (links-beside-the-task), and
  // Camunda Forms and their date picker in Chinese (forms-in-chinese)
  customScripts: ['../single-sign-on', 'scripts/claim-first', 'scripts/links-beside-the-task',
    'scripts/forms-in-chinese'],

  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },

  // the keyboard shortcuts of the original config; the help dialog shows the descriptions as they are
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到列表中的第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“启动流程”对话框'
    }
  }
};
