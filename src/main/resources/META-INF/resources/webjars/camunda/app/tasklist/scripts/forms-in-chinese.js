/*
 * Camunda Forms in Tasklist, in Chinese (loaded by customScripts in config.js). Tasklist's own labels come from
 * locales/zh.json, but the form renderer inside it (form-js) has no translations: its placeholders, validation
 * messages and date picker (flatpickr) speak English, and it writes dates as the browser's locale would (often
 * mm/dd/yyyy). Here:
 *
 * - form-js's texts are replaced by ours where they appear (never inside the Markdown that people wrote);
 * - the date picker gets Chinese month and weekday names, weeks from Monday, and dates written yyyy-MM-dd, which is
 *   also how a typed date is read;
 * - a 完成 that the form's own checks stopped says what to do, instead of an error without a message;
 * - a Tasklist label that was drawn before locales/zh.json arrived (the search's CREATION_DATE…) is put right.
 */

/** form-js's English, whole texts. */
const TEXTS = new Map([
  ['Select', '请选择'],
  ['Search', '搜索'],
  ['No results', '无匹配项'],
  ['All values selected', '已全部选择'],
  ['Remove tag', '移除'],
  ['Field is required.', '必填'],
  ['Field must be a valid email.', '请填写有效的电子邮箱地址'],
  ['Field must be a valid  international phone number. (e.g. +4930664040900)', '请填写有效的电话号码，如 +8610 12345678'],
  ['Date and time must both be entered.', '请同时填写日期和时间'],
  ['Should be a valid number.', '请填写有效的数字'],
  ['Should be a valid number', '请填写有效的数字'],
  ['Should be an integer.', '请填写整数'],
  ['Value is expected to be an integer.', '请填写整数'],
  ['Increment', '增加'],
  ['Decrement', '减少'],
  ['Previous page', '上一页'],
  ['Next page', '下一页'],
  ['Nothing to show.', '暂无内容'],
  ['No content to show.', '暂无内容'],
  ["External content couldn't be loaded.", '外部内容无法加载'],
  ['required', '必填'],
  ['Close', '关闭'],
  ['Year', '年份'],
  ['Month', '月份'],
  ['Date', '日期'],
  ['Time', '时间']
]);

/** form-js's English with a value in it. */
const PATTERNS = [
  [/^Field must have minimum length of (\d+)\.$/, '至少填写 $1 个字'],
  [/^Field must have maximum length of (\d+)\.$/, '不能超过 $1 个字'],
  [/^Field must have minimum value of (.+)\.$/, '不能小于 $1'],
  [/^Field must have maximum value of (.+)\.$/, '不能大于 $1'],
  [/^Field must match pattern .+\.$/, '格式不正确'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, '最多 $1 位小数'],
  [/^Should not contain more than (\d+) decimal digits\.?$/, '最多 $1 位小数'],
  [/^Should be at least (.+)\.$/, '不能小于 $1'],
  [/^Should be at most (.+)\.$/, '不能大于 $1'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    '请填写有效的值，最接近的是 $1 和 $2'],
  [/^Remove (.+)$/, '移除 $1']
];

const DATE_HINT = '选择或输入日期，如 2027-03-25';

function chinese(text) {
  const trimmed = text.trim();
  if (!trimmed || !/[A-Za-z]/.test(trimmed)) {
    return null;
  }
  if (TEXTS.has(trimmed)) {
    return text.replace(trimmed, TEXTS.get(trimmed));
  }
  for (const [english, ours] of PATTERNS) {
    if (english.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(english, ours));
    }
  }
  return null;
}

/**
 * What people wrote (the Markdown and HTML views) and what they type is left alone, and so is bpmn.io's watermark,
 * which its licence says must stay as it is.
 */
function isFormsOwn(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element && element.closest('.fjs-container')
    && !element.closest('.fjs-form-field-text, .fjs-form-field-html, .fjs-powered-by, textarea, option');
}

const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

function translateTree(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    if (!isFormsOwn(node)) {
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const ours = chinese(node.data);
      if (ours !== null) {
        node.data = ours;
      }
    }
    else {
      for (const name of ATTRIBUTES) {
        const value = node.getAttribute(name);
        const ours = value && chinese(value);
        if (ours) {
          node.setAttribute(name, ours);
        }
      }
      if (node.matches('.fjs-datepicker input.fjs-input') && node.getAttribute('placeholder') !== DATE_HINT) {
        node.setAttribute('placeholder', DATE_HINT);
      }
      if (node._flatpickr) {
        inChinese(node._flatpickr);
      }
    }
  }
}

/* ---- the date picker ---- */

const ZH = {
  weekdays: {
    shorthand: ['日', '一', '二', '三', '四', '五', '六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换',
  amPM: ['上午', '下午'],
  yearAriaLabel: '年份',
  monthAriaLabel: '月份',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true
};

/** How a date is written and read; form-js keeps the value itself as an ISO date whatever is shown. */
const DATE_FORMAT = 'Y-m-d';

const SPOKEN_DATE = 'Y年n月j日 l';

/** One picker, in Chinese and yyyy-MM-dd (the ones drawn before the defaults below took hold). */
function inChinese(picker) {
  if (picker.config.dateFormat === DATE_FORMAT && picker.l10n.months.longhand[0] === ZH.months.longhand[0]) {
    return;
  }
  picker.set({locale: ZH, dateFormat: DATE_FORMAT, ariaDateFormat: SPOKEN_DATE});
  if (picker.selectedDates.length) {
    picker.setDate(picker.selectedDates, false);
  }
}

let pickersInChinese = false;

/**
 * flatpickr is a module of Tasklist's bundle that makes itself global when first loaded, which may be after this
 * script ran: its defaults are set as soon as it is there, before form-js opens the first picker.
 */
function pickerDefaults() {
  const flatpickr = window.flatpickr;
  if (pickersInChinese || typeof flatpickr !== 'function') {
    return;
  }
  pickersInChinese = true;
  flatpickr.localize(ZH);
  flatpickr.setDefaults({
    ariaDateFormat: SPOKEN_DATE,
    // form-js passes its own (the browser locale's) format with each picker; ours replaces it once it is ready
    onReady: [(dates, text, picker) => {
      picker.config.dateFormat = DATE_FORMAT;
      picker.input.setAttribute('placeholder', DATE_HINT);
    }]
  });
}

/* ---- a 完成 the form stopped ---- */

const STOPPED = '表单中有必填项未填或填写有误，请按红字提示修改后再点击“完成”。';

/**
 * Tasklist reports a completion the form's own checks prevented as an error with an empty message; the form shows
 * which fields, and the notice now says so.
 */
function explainStoppedCompletion() {
  if (!document.querySelector('.fjs-container .fjs-form-field-error, .fjs-container .fjs-has-errors')) {
    return;
  }
  document.querySelectorAll('.page-notifications .alert-danger, .page-notifications .alert-error').forEach(alert => {
    const message = alert.querySelector('.message');
    if (message && !message.textContent.trim()) {
      message.textContent = STOPPED;
    }
  });
}

/* ---- Tasklist's own labels ---- */

const LABEL_KEY = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

let labels = null;

fetch(new URL('../locales/zh.json', import.meta.url))
  .then(answer => answer.ok ? answer.json() : null)
  .then(locale => {
    labels = locale && locale.labels ? locale.labels : {};
    putLabelsRight(document.body);
  })
  .catch(() => {
    labels = {};
  });

/** A text or attribute that is exactly a key of zh.json (translated before the locale had loaded) gets its label. */
function putLabelsRight(root) {
  if (!labels || !root) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const key = node.data.trim();
      if (LABEL_KEY.test(key) && typeof labels[key] === 'string') {
        node.data = node.data.replace(key, labels[key]);
      }
    }
    else {
      for (const name of ATTRIBUTES) {
        const key = (node.getAttribute(name) || '').trim();
        if (LABEL_KEY.test(key) && typeof labels[key] === 'string') {
          node.setAttribute(name, labels[key]);
        }
      }
    }
  }
}

/* ---- watching the page ---- */

const changed = new Set();
let scheduled = false;

function settle() {
  scheduled = false;
  pickerDefaults();
  // a form is a few hundred nodes: all of it each time, as form-js may redraw a part without a new node to notice
  document.querySelectorAll('.fjs-container').forEach(translateTree);
  const roots = [...changed];
  changed.clear();
  roots.forEach(root => {
    if (root.isConnected) {
      putLabelsRight(root);
    }
  });
  explainStoppedCompletion();
}

new MutationObserver(mutations => {
  pickerDefaults();
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(node => changed.add(node.nodeType === Node.TEXT_NODE ? node.parentNode : node));
    }
    else {
      changed.add(mutation.target.nodeType === Node.TEXT_NODE ? mutation.target.parentNode : mutation.target);
    }
  }
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(settle);
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTRIBUTES
});
