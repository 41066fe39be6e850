/*
 * 认领 comes first (loaded by customScripts in config.js). Tasklist greys out the form of a task that is not the
 * user's and says nothing about why: people typed into it, or pressed 完成 in vain. Above such a form Tasklist now
 * says so in plain words, with the 认领 button next to the words when nobody has claimed the task yet.
 *
 * The task is not claimed for the user on opening it: a colleague of the same group who only looks at the task would
 * take it from the others without knowing. Forms that are pages of the product (the section editor, an external
 * form) need no claim, because the product completes the task for whoever submits there; they get no notice.
 */
const NOTICE = 'claim-first';

/** What to tell the user about the form of the task on screen, or null when the form is theirs. */
function whyDisabled(form) {
  const disabled = form.querySelector(':scope > .disabled-form');
  if (!disabled || disabled.querySelector('.external-form') || !disabled.querySelector('.fjs-container')) {
    return null;
  }
  const claim = document.querySelector('.task-details button.claim');
  if (claim) {
    return {key: 'unclaimed', text: '这项任务还没有人认领。请先点击“认领”，任务归您办理后才能填写表单并点击“完成”。', claim};
  }
  const assignee = document.querySelector('.task-details li.assignee');
  const name = assignee ? assignee.textContent.replace(/\s+/g, ' ').trim() : '';
  return {
    key: 'claimed:' + name,
    text: name ? `这项任务已由${name}认领，只有认领人才能填写表单并完成。`
      : '这项任务已由他人认领，只有认领人才能填写表单并完成。'
  };
}

function notice(reason) {
  const box = document.createElement('div');
  box.className = `${NOTICE} alert alert-info`;
  box.setAttribute('role', 'status');
  box.dataset.reason = reason.key;
  const words = document.createElement('span');
  words.textContent = reason.text;
  box.appendChild(words);
  if (reason.claim) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-primary btn-sm';
    button.textContent = '认领';
    // Tasklist's own 认领 in the task's header does the claiming, with its messages and refresh
    button.addEventListener('click', () => {
      const claim = document.querySelector('.task-details button.claim');
      if (claim) {
        claim.click();
      }
    });
    box.appendChild(button);
  }
  return box;
}

function update() {
  document.querySelectorAll('[cam-tasklist-form]').forEach(form => {
    const reason = whyDisabled(form);
    const shown = form.querySelector(`:scope > .${NOTICE}`);
    if (shown && (!reason || shown.dataset.reason !== reason.key)) {
      shown.remove();
    }
    if (reason && (!shown || shown.dataset.reason !== reason.key)) {
      form.insertBefore(notice(reason), form.firstChild);
    }
  });
}

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      update();
    });
  }
}).observe(document.documentElement, {childList: true, subtree: true, attributes: true, attributeFilter: ['class']});
