// 批注 on the section page (DESIGN §8), through the product's API, without reloading the page.
// On the read-only text (#section-text): each annotation listed beside its part or achievement item and its quote
// marked in the text; whoever may annotate now (the head awaiting confirmation, the reviewer in review) selects words
// of one paragraph, clicks 添加批注 and writes a comment.
// On the liaison's editor (#annotations): every annotation under the editor of its part or item, with a reply box,
// 回复 and 标为已解决, updated in place.
// Each item is <li class="annotation" data-annotation data-part data-item>, as the paragraphs of the text carry
// data-part and data-item, so that an editor can place it beside its text.
(function () {
  'use strict';

  var text = document.getElementById('section-text');
  var panel = document.getElementById('annotations');
  var host = text || panel;
  if (!host) {
    return;
  }
  var api = host.dataset.api;
  var headers = { 'Accept': 'application/json', 'Content-Type': 'application/json' };
  headers[host.dataset.csrfHeader] = host.dataset.csrf;
  var annotations = JSON.parse(host.dataset.annotations || '[]');
  var PARTS = ['achievements', 'shortcomings', 'leadership', 'nextYearPlans', 'other'];
  var TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

  function time(iso) {
    var parts = {};
    TIME.formatToParts(new Date(iso)).forEach(function (part) { parts[part.type] = part.value; });
    return parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute;
  }

  function element(tag, className, content) {
    var created = document.createElement(tag);
    if (className) {
      created.className = className;
    }
    if (content !== undefined && content !== null) {
      created.textContent = content;
    }
    return created;
  }

  function hasItem(annotation) {
    return annotation.item !== null && annotation.item !== undefined;
  }

  /** Where the text of the part (and item) is: the same attributes on the paragraphs, the lists and the items. */
  function place(annotation) {
    return '[data-part="' + annotation.part + '"]' + (hasItem(annotation) ? '[data-item="' + annotation.item + '"]' : '');
  }

  function state(annotation) {
    if (!annotation.resolved) {
      return '未解决';
    }
    return (annotation.resolvedInRevision ? '已在第 ' + annotation.resolvedInRevision + ' 版解决' : '已解决')
      + '（' + annotation.resolvedBy + ' · ' + time(annotation.resolvedAt) + '）';
  }

  function render(annotation) {
    var item = element('li', 'annotation' + (annotation.resolved ? ' resolved' : ''));
    item.dataset.annotation = annotation.id;
    item.dataset.part = annotation.part;
    if (hasItem(annotation)) {
      item.dataset.item = annotation.item;
    }
    item.appendChild(element('p', 'where', annotation.where + ' · 第 ' + annotation.revision + ' 版'));
    item.appendChild(element('blockquote', 'quote', annotation.quote));
    item.appendChild(element('p', 'comment', annotation.comment));
    item.appendChild(element('p', 'meta', annotation.author + ' · ' + time(annotation.createdAt)));
    if (annotation.reply) {
      var reply = element('p', 'reply');
      reply.appendChild(element('strong', null, '回复：'));
      reply.appendChild(document.createTextNode(annotation.reply));
      reply.appendChild(element('span', 'meta', '（' + annotation.repliedBy + ' · ' + time(annotation.repliedAt) + '）'));
      item.appendChild(reply);
    }
    item.appendChild(element('p', 'state', state(annotation)));
    if (panel) {
      item.appendChild(answerForm(annotation));
    }
    return item;
  }

  function button(label, action, secondary) {
    var made = element('button', secondary ? 'secondary' : null, label);
    made.type = 'button';
    made.dataset.action = action;
    return made;
  }

  function answerForm(annotation) {
    var form = element('form', 'answer');
    var id = 'reply-' + annotation.id;
    var label = element('label', null, '回复');
    label.htmlFor = id;
    var box = element('textarea', 'reply-text');
    box.id = id;
    box.maxLength = 1000;
    box.value = annotation.reply || '';
    var actions = element('div', 'actions');
    actions.appendChild(button('回复', 'reply', true));
    actions.appendChild(annotation.resolved ? button('重新打开', 'reopen', true) : button('标为已解决', 'resolve'));
    var error = element('p', 'field-error');
    error.hidden = true;
    error.setAttribute('role', 'alert');
    form.append(label, box, actions, error);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    return form;
  }

  function problemText(problem, status) {
    if (!problem) {
      return '操作未完成（' + status + '），请刷新页面后重试。';
    }
    var shown = problem.detail || problem.title || '操作未完成（' + status + '）';
    if (problem.errors && problem.errors.length) {
      shown += ' ' + problem.errors.map(function (error) { return error.label + '：' + error.message; }).join('；');
    }
    return shown;
  }

  /** The API's answer, or a rejection with the text of its problem. */
  function send(method, url, body) {
    return fetch(url, { method: method, credentials: 'same-origin', headers: headers, body: JSON.stringify(body) })
      .then(function (response) {
        return response.json().catch(function () { return null; }).then(function (answer) {
          if (response.ok) {
            return answer;
          }
          throw new Error(problemText(answer, response.status));
        });
      }, function () {
        throw new Error('网络连接失败，未做任何保存，请稍后重试。');
      });
  }

  function showError(target, error) {
    target.textContent = error.message;
    target.hidden = false;
  }

  // --- the read-only text ---------------------------------------------------------------------------------------

  function listFor(annotation) {
    var list = text.querySelector('ol.annotations' + place(annotation));
    if (list) {
      return list;
    }
    document.getElementById('other-annotations').hidden = false;
    return text.querySelector('ol[data-elsewhere]');
  }

  /** Marks the first place of an open annotation's quote in its part or item, if the text still has it. */
  function mark(annotation) {
    if (annotation.resolved) {
      return;
    }
    var paragraphs = text.querySelectorAll('[data-paragraph]' + place(annotation));
    for (var i = 0; i < paragraphs.length; i++) {
      var walker = document.createTreeWalker(paragraphs[i], NodeFilter.SHOW_TEXT);
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        var at = node.data.indexOf(annotation.quote);
        if (at >= 0) {
          var range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + annotation.quote.length);
          var marked = element('mark');
          marked.dataset.annotation = annotation.id;
          marked.title = annotation.author + '：' + annotation.comment;
          range.surroundContents(marked);
          return;
        }
      }
    }
  }

  function showInText(annotation) {
    listFor(annotation).appendChild(render(annotation));
    mark(annotation);
  }

  /** A marked quote and its annotation point at each other. */
  function pointAt(id) {
    host.querySelectorAll('.current').forEach(function (current) { current.classList.remove('current'); });
    host.querySelectorAll('[data-annotation="' + id + '"]').forEach(function (found) { found.classList.add('current'); });
  }

  function annotating() {
    var add = element('button', 'add-annotation', '添加批注');
    add.type = 'button';
    add.hidden = true;
    var form = element('form', 'annotate-form');
    form.hidden = true;
    form.setAttribute('aria-label', '添加批注');
    var quoted = element('p', 'quote');
    var label = element('label', null, '批注意见');
    label.htmlFor = 'annotation-comment';
    var comment = element('textarea', 'short');
    comment.id = 'annotation-comment';
    comment.maxLength = 1000;
    comment.required = true;
    var error = element('p', 'field-error');
    error.hidden = true;
    error.setAttribute('role', 'alert');
    var actions = element('div', 'actions');
    var save = element('button', null, '保存批注');
    save.type = 'submit';
    var cancel = element('button', 'secondary', '取消');
    cancel.type = 'button';
    actions.append(save, cancel);
    form.append(quoted, label, comment, error, actions);
    document.body.append(add, form);
    var status = element('p', 'visually-hidden');
    status.setAttribute('role', 'status');
    text.prepend(status);
    var pending = null;

    function paragraphOf(node) {
      var start = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      var paragraph = start && start.closest('[data-paragraph]');
      return paragraph && text.contains(paragraph) ? paragraph : null;
    }

    /** The words selected in one paragraph of the text, or null. */
    function selected() {
      var selection = window.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
        return null;
      }
      var range = selection.getRangeAt(0);
      var paragraph = paragraphOf(range.startContainer);
      var quote = selection.toString().replace(/\s+/g, ' ').trim();
      if (!paragraph || !quote || paragraph.textContent.replace(/\s+/g, ' ').indexOf(quote) < 0) {
        return null;
      }
      return { paragraph: paragraph, quote: quote, box: range.getBoundingClientRect() };
    }

    function below(box, shown) {
      shown.style.top = (window.scrollY + box.bottom + 6) + 'px';
      shown.style.left = (window.scrollX + Math.max(8, Math.min(box.left, window.innerWidth - 380))) + 'px';
      shown.hidden = false;
    }

    document.addEventListener('selectionchange', function () {
      var selection = selected();
      if (!selection) {
        add.hidden = true;
        return;
      }
      pending = selection;
      below(selection.box, add);
    });
    // a click on the control keeps the selection it is about
    add.addEventListener('mousedown', function (event) { event.preventDefault(); });
    add.addEventListener('click', function () {
      quoted.textContent = '“' + pending.quote + '”';
      comment.value = '';
      error.hidden = true;
      add.hidden = true;
      below(pending.box, form);
      form.dataset.part = pending.paragraph.dataset.part;
      if (pending.paragraph.dataset.item !== undefined) {
        form.dataset.item = pending.paragraph.dataset.item;
      }
      else {
        delete form.dataset.item;
      }
      form.dataset.quote = pending.quote;
      comment.focus();
    });
    cancel.addEventListener('click', function () { form.hidden = true; });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = { revision: Number(text.dataset.revision), part: form.dataset.part, quote: form.dataset.quote,
        comment: comment.value };
      if (form.dataset.item !== undefined) {
        body.item = Number(form.dataset.item);
      }
      save.disabled = true;
      send('POST', api, body).then(function (saved) {
        annotations.push(saved);
        text.classList.add('with-annotations');
        showInText(saved);
        form.hidden = true;
        window.getSelection().removeAllRanges();
        status.textContent = '已添加批注：“' + saved.quote + '”';
        pointAt(saved.id);
      }, function (failure) {
        showError(error, failure);
      }).finally(function () {
        save.disabled = false;
      });
    });
  }

  // --- the liaison's list -----------------------------------------------------------------------------------------

  function order(first, second) {
    return PARTS.indexOf(first.part) - PARTS.indexOf(second.part) || (first.item || 0) - (second.item || 0)
      || first.id - second.id;
  }

  function count() {
    var open = annotations.filter(function (annotation) { return !annotation.resolved; }).length;
    panel.querySelector('.open-count').textContent = open ? '（' + open + ' 条未解决）' : '（均已解决）';
  }

  /**
   * The list right under the editor of the annotation's part or item, made on first use; the panel's own list for
   * one whose text is no longer there (an item the liaison deleted).
   */
  function besideTheEditor(annotation, list) {
    var field = annotation.part === 'achievements'
      ? document.querySelectorAll('#items .item')[annotation.item]
      : document.querySelector('textarea[name="' + annotation.part + '"]');
    var editor = field && (annotation.part === 'achievements' ? field.querySelector('.editor')
      : field.parentNode.querySelector('textarea[name="' + annotation.part + '"] + .editor'));
    if (!editor) {
      return list;
    }
    var beside = editor.nextElementSibling;
    if (!beside || !beside.matches('ol.annotations.beside')) {
      beside = element('ol', 'annotations beside');
      beside.setAttribute('aria-label', '本段的批注');
      editor.insertAdjacentElement('afterend', beside);
    }
    return beside;
  }

  function answering() {
    var list = panel.querySelector('ol.annotations');
    annotations.slice().sort(order).forEach(function (annotation) {
      besideTheEditor(annotation, list).appendChild(render(annotation));
    });
    document.addEventListener('click', function (event) {
      var pressed = event.target.closest('li.annotation button[data-action]');
      if (!pressed) {
        return;
      }
      var item = pressed.closest('li.annotation');
      var id = Number(item.dataset.annotation);
      var index = annotations.findIndex(function (annotation) { return annotation.id === id; });
      var reply = item.querySelector('textarea').value.trim();
      var body = {};
      if (pressed.dataset.action === 'reply') {
        body.reply = reply;
      }
      else {
        body.resolved = pressed.dataset.action === 'resolve';
        if (reply !== (annotations[index].reply || '')) {
          body.reply = reply;
        }
      }
      pressed.disabled = true;
      send('PUT', api + '/' + id, body).then(function (saved) {
        annotations[index] = saved;
        var shown = render(saved);
        item.replaceWith(shown);
        count();
        shown.querySelector('.state').setAttribute('role', 'status');
      }, function (failure) {
        pressed.disabled = false;
        showError(item.querySelector('.field-error'), failure);
      });
    });
  }

  if (text) {
    annotations.forEach(showInText);
    text.addEventListener('click', function (event) {
      var pointed = event.target.closest('mark[data-annotation], li.annotation');
      if (pointed) {
        pointAt(pointed.dataset.annotation);
      }
    });
    if (text.dataset.annotating === 'true') {
      annotating();
    }
  }
  else {
    answering();
  }
})();
