/*
 * The links in a task's form (在报告系统中查看全文, the changes since the last decision, the PDF) open beside the task,
 * in a tab of their own (loaded by customScripts in config.js). Followed in Tasklist's own tab they replaced
 * Tasklist, and with it the form, what had been typed into it and the way back.
 *
 * A page of the product learns which task it was opened from (taskId, the name Tasklist itself gives an
 * external form) and offers 返回任务, which leads back to that task. Files (the PDF, under /api) just open.
 */
const appRoot = document.querySelector('base')?.getAttribute('app-root') || '/camunda';

/** The task Tasklist shows: #/?task=… */
function shownTask() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

/** Points a link of the form beside the task, naming the task to the product's pages; others stay as they are. */
function besideTheTask(link) {
  const url = new URL(link.getAttribute('href'), window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith(appRoot + '/')) {
    return;
  }
  const task = shownTask();
  if (task && !url.pathname.startsWith('/api/')) {
    url.searchParams.set('taskId', task);
  }
  link.setAttribute('href', url.pathname + url.search + url.hash);
  link.setAttribute('target', '_blank');
  link.setAttribute('rel', 'noopener');
}

const FORM_LINKS = '.fjs-container .fjs-form-field-text a[href], .fjs-container .fjs-form-field-html a[href]';

function update() {
  document.querySelectorAll(FORM_LINKS).forEach(besideTheTask);
}

// at the click too: the task on screen decides, whatever the link said when it was drawn
document.addEventListener('click', event => {
  const link = event.target instanceof Element && event.target.closest(FORM_LINKS);
  if (link) {
    besideTheTask(link);
  }
}, true);

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      update();
    });
  }
}).observe(document.documentElement, {childList: true, subtree: true});
