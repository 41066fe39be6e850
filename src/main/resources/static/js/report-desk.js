// The 统稿 desk: the report's outline beside its text. Items are added, moved, merged and deleted in the page; the
// form's indexed field names (parts[0].items[2].heading) are rewritten after every change, so 保存 sends the tree as
// the page shows it and the server checks it with the report's rules. Numbers are shown the way the export prints
// them (一、（一）1.（1）); nothing here is saved until 保存.
(function () {
  'use strict';

  var form = document.getElementById('report-desk');
  if (!form) {
    return;
  }
  var text = document.getElementById('desk-text');
  var outline = document.getElementById('desk-outline');
  var template = document.getElementById('desk-item-template');
  var state = document.getElementById('desk-state');
  var undoBar = document.getElementById('desk-undo');
  var undoText = document.getElementById('desk-undo-text');
  var undoButton = document.getElementById('desk-undo-button');
  var NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  var FIGURES_LEAD = '全年主要数据：';
  var dirty = form.dataset.unsaved === 'true';
  var submitting = false;
  var undo = null;
  var serial = 0;

  function chinese(n) {
    if (n < 1 || n > 99) {
      return String(n);
    }
    var tens = Math.floor(n / 10);
    var ones = n % 10;
    return tens === 0 ? NUMERALS[ones] : (tens === 1 ? '' : NUMERALS[tens]) + '十' + NUMERALS[ones];
  }

  function label(level, n) {
    return level === 1 ? '（' + chinese(n) + '）' : level === 2 ? n + '.' : '（' + n + '）';
  }

  function children(list) {
    return Array.prototype.filter.call(list.children, function (node) {
      return node.classList.contains('desk-item');
    });
  }

  function ownList(node) {
    return node.querySelector(':scope > ol.desk-items');
  }

  function field(node, name) {
    return node.querySelector(':scope > [data-field="' + name + '"], :scope > .desk-item-head > [data-field="'
      + name + '"], :scope > .desk-part-head > [data-field="' + name + '"]');
  }

  function parts() {
    return Array.prototype.slice.call(text.querySelectorAll('section.desk-part'));
  }

  function partOf(node) {
    return node.closest('section.desk-part');
  }

  function levelOf(item) {
    var level = 0;
    for (var node = item; node && node !== text; node = node.parentElement) {
      if (node.classList.contains('desk-item')) {
        level++;
      }
    }
    return level;
  }

  // ---- names, numbers and the outline, rebuilt after every change --------------------------------------------

  function rename(node, prefix) {
    ['part', 'heading', 'text', 'area', 'department'].forEach(function (name) {
      var input = field(node, name);
      if (input) {
        input.name = prefix + '.' + name;
      }
    });
  }

  function renumberItems(list, prefix, level) {
    var number = 0;
    children(list).forEach(function (item, index) {
      var path = prefix + '.items[' + index + ']';
      item.dataset.level = String(level);
      rename(item, path);
      var heading = field(item, 'heading').value.trim();
      item.querySelector('.desk-number').textContent = heading ? label(level, ++number) : '段落';
      item.classList.toggle('plain', !heading);
      var add = item.querySelector(':scope > .desk-tools > [data-action="add-child"]');
      if (add) {
        add.hidden = level >= 3;
      }
      renumberItems(ownList(item), path, level + 1);
    });
  }

  function refresh() {
    var shown = 0;
    parts().forEach(function (part, p) {
      rename(part, 'parts[' + p + ']');
      var empty = !field(part, 'heading').value.trim() && !field(part, 'text').value.trim()
        && children(ownList(part)).length === 0;
      // the export leaves out a part with no heading and no content, and numbers the rest
      part.querySelector('.desk-part-head > .desk-number').textContent = empty ? '—' : chinese(++shown) + '、';
      renumberItems(ownList(part), 'parts[' + p + ']', 1);
    });
    topics();
    drawOutline();
    figuresState();
  }

  function idOf(node) {
    if (!node.id) {
      node.id = 'desk-node-' + (++serial);
    }
    return node.id;
  }

  function entry(node, number, title, tag, kind) {
    var li = document.createElement('li');
    li.className = kind;
    var a = document.createElement('a');
    a.href = '#' + idOf(node);
    a.dataset.target = node.id;
    var n = document.createElement('span');
    n.className = 'o-number';
    n.textContent = number;
    a.appendChild(n);
    a.appendChild(document.createTextNode(title));
    li.appendChild(a);
    if (tag) {
      var t = document.createElement('span');
      t.className = 'dept-tag';
      t.textContent = tag;
      li.appendChild(t);
    }
    return li;
  }

  function summary(item) {
    var heading = field(item, 'heading').value.trim();
    if (heading) {
      return heading;
    }
    var body = field(item, 'text').value.trim().replace(/\s+/g, ' ');
    return body ? body.slice(0, 24) + (body.length > 24 ? '…' : '') : '（空）';
  }

  function outlineItems(list) {
    var ul = document.createElement('ul');
    children(list).forEach(function (item) {
      var tagNode = item.querySelector(':scope > .desk-item-head > .dept-tag');
      var li = entry(item, item.querySelector('.desk-number').textContent, summary(item),
        tagNode ? tagNode.textContent : '', item.classList.contains('plain') ? 'o-item plain' : 'o-item');
      li.firstChild.draggable = true;
      if (children(ownList(item)).length) {
        li.appendChild(outlineItems(ownList(item)));
      }
      ul.appendChild(li);
    });
    return ul;
  }

  function drawOutline() {
    var top = document.createElement('ul');
    top.appendChild(entry(document.getElementById('title'), '', '标题与导语', '', 'o-part'));
    parts().forEach(function (part) {
      var li = entry(part, part.querySelector('.desk-part-head > .desk-number').textContent,
        field(part, 'heading').value.trim() || '（无标题）', '', 'o-part');
      li.appendChild(outlineItems(ownList(part)));
      top.appendChild(li);
    });
    var hint = document.createElement('p');
    hint.className = 'o-hint muted';
    hint.textContent = '点击条目跳转；拖动条目到同级的另一条上可调整顺序。';
    outline.replaceChildren(hint, top);
  }

  outline.addEventListener('click', function (event) {
    var a = event.target.closest('a[data-target]');
    if (!a) {
      return;
    }
    event.preventDefault();
    var target = document.getElementById(a.dataset.target);
    if (!target) {
      return;
    }
    show('edit');
    target.scrollIntoView({ block: 'start' });
    var heading = target.matches('input') ? target : field(target, 'heading');
    if (heading) {
      heading.focus({ preventScroll: true });
    }
    target.classList.add('flash');
    setTimeout(function () { target.classList.remove('flash'); }, 1200);
  });

  // drag an item in the outline onto another item of the same level: it moves before that item (into its topic)
  var dragged = null;
  outline.addEventListener('dragstart', function (event) {
    var a = event.target.closest && event.target.closest('li.o-item > a');
    dragged = a ? document.getElementById(a.dataset.target) : null;
    if (dragged) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', summary(dragged));
    }
  });

  function dropTarget(event) {
    var a = event.target.closest && event.target.closest('li.o-item > a');
    var target = a ? document.getElementById(a.dataset.target) : null;
    return target && dragged && target !== dragged && !dragged.contains(target)
      && levelOf(target) === levelOf(dragged) ? target : null;
  }

  outline.addEventListener('dragover', function (event) {
    if (dropTarget(event)) {
      event.preventDefault();
    }
  });

  outline.addEventListener('drop', function (event) {
    var target = dropTarget(event);
    if (!target) {
      return;
    }
    event.preventDefault();
    var topic = target.parentElement.closest('.desk-item');
    target.parentElement.insertBefore(dragged, target);
    if (topic && topic.dataset.area && partOf(topic) === achievementsPart()) {
      field(dragged, 'area').value = topic.dataset.area;
      dragged.dataset.area = topic.dataset.area;
    }
    var moved = dragged;
    dragged = null;
    changed('已移动“' + summary(moved) + '”。');
  });

  // ---- 移至主题: an achievement item moves under another topic and takes that topic's area -------------------

  function achievementsPart() {
    return text.querySelector('section.desk-part[data-part="ACHIEVEMENTS"]');
  }

  function topics() {
    var part = achievementsPart();
    var all = part ? children(ownList(part)) : [];
    text.querySelectorAll('.move-topic').forEach(function (box) {
      var item = box.closest('.desk-item');
      var eligible = part && partOf(item) === part && levelOf(item) === 2 && all.length > 1;
      box.hidden = !eligible;
      if (!eligible) {
        return;
      }
      var select = box.querySelector('select');
      var current = item.parentElement.closest('.desk-item');
      select.replaceChildren();
      all.forEach(function (topic, index) {
        var option = document.createElement('option');
        option.value = String(index);
        option.textContent = topic.querySelector('.desk-number').textContent + summary(topic);
        option.selected = topic === current;
        select.appendChild(option);
      });
    });
  }

  text.addEventListener('change', function (event) {
    if (!event.target.matches('select[data-action="move-topic"]')) {
      return;
    }
    var item = event.target.closest('.desk-item');
    var topic = children(ownList(achievementsPart()))[Number(event.target.value)];
    if (!topic || topic === item.parentElement.closest('.desk-item')) {
      return;
    }
    ownList(topic).appendChild(item);
    if (topic.dataset.area) {
      field(item, 'area').value = topic.dataset.area;
      item.dataset.area = topic.dataset.area;
    }
    changed('已移至“' + summary(topic) + '”。');
    focusItem(item);
  });

  // ---- operations ---------------------------------------------------------------------------------------------

  function newItem(area) {
    var holder = document.createElement('ol');
    holder.innerHTML = template.innerHTML;
    var item = holder.querySelector('.desk-item');
    if (area) {
      field(item, 'area').value = area;
      item.dataset.area = area;
    }
    return item;
  }

  /** New items under a topic belong to its area, as the compiled ones do. */
  function areaFor(list) {
    var parent = list.closest('.desk-item');
    return parent ? parent.dataset.area || field(parent, 'area').value : '';
  }

  function focusItem(item) {
    item.scrollIntoView({ block: 'center' });
    field(item, 'heading').focus({ preventScroll: true });
  }

  function departments(item) {
    return (field(item, 'department').value || '').split(',').map(function (d) { return d.trim(); })
      .filter(function (d) { return d; });
  }

  function joinTexts(first, second) {
    return [first.trim(), second.trim()].filter(function (t) { return t; }).join('\n');
  }

  /** The second item goes into the first: the first's heading, both texts as paragraphs, both departments. */
  function merge(first, second) {
    var before = {
      heading: field(first, 'heading').value,
      text: field(first, 'text').value,
      department: field(first, 'department').value,
      tag: first.querySelector(':scope > .desk-item-head > .dept-tag'),
      children: children(ownList(first)).length
    };
    var firstHeading = field(first, 'heading');
    var secondHeading = field(second, 'heading').value.trim();
    if (!firstHeading.value.trim()) {
      firstHeading.value = secondHeading;
    }
    field(first, 'text').value = joinTexts(field(first, 'text').value, field(second, 'text').value);
    var codes = departments(first);
    departments(second).forEach(function (code) {
      if (codes.indexOf(code) < 0) {
        codes.push(code);
      }
    });
    field(first, 'department').value = codes.join(',');
    first.dataset.department = codes.join(',');
    var names = [];
    [before.tag, second.querySelector(':scope > .desk-item-head > .dept-tag')].forEach(function (t) {
      (t ? t.textContent.split('、') : []).forEach(function (name) {
        if (names.indexOf(name) < 0) {
          names.push(name);
        }
      });
    });
    if (names.length) {
      var tag = before.tag ? before.tag.cloneNode(true) : document.createElement('span');
      tag.className = 'dept-tag';
      tag.textContent = names.join('、');
      if (before.tag) {
        before.tag.replaceWith(tag);
      }
      else {
        first.querySelector('.desk-item-head').appendChild(tag);
      }
    }
    children(ownList(second)).forEach(function (child) { ownList(first).appendChild(child); });
    var parent = second.parentElement;
    var next = second.nextElementSibling;
    second.remove();
    changed();
    remember('已合并“' + (secondHeading || '段落') + '”。', function () {
      firstHeading.value = before.heading;
      field(first, 'text').value = before.text;
      field(first, 'department').value = before.department;
      first.dataset.department = before.department;
      var now = first.querySelector(':scope > .desk-item-head > .dept-tag');
      if (now) {
        if (before.tag) {
          now.replaceWith(before.tag);
        }
        else {
          now.remove();
        }
      }
      children(ownList(first)).slice(before.children).forEach(function (child) {
        ownList(second).appendChild(child);
      });
      parent.insertBefore(second, next);
    });
    focusItem(first);
  }

  function remove(item) {
    var parent = item.parentElement;
    var next = item.nextElementSibling;
    var name = summary(item);
    item.remove();
    changed();
    remember('已删除“' + name + '”。', function () { parent.insertBefore(item, next); });
  }

  function remember(message, restore) {
    undo = restore;
    undoText.textContent = message;
    undoBar.hidden = false;
  }

  undoButton.addEventListener('click', function () {
    if (undo) {
      undo();
      changed('已撤销。');
    }
  });

  text.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-action]');
    if (!button) {
      return;
    }
    var action = button.dataset.action;
    if (action === 'add-end') {
      var list = ownList(button.closest('section.desk-part'));
      var added = newItem('');
      list.appendChild(added);
      changed();
      focusItem(added);
      return;
    }
    var item = button.closest('.desk-item');
    if (action === 'up' && item.previousElementSibling) {
      item.parentElement.insertBefore(item, item.previousElementSibling);
      changed('已上移。');
      focusItem(item);
    }
    else if (action === 'down' && item.nextElementSibling) {
      item.parentElement.insertBefore(item.nextElementSibling, item);
      changed('已下移。');
      focusItem(item);
    }
    else if (action === 'add-after') {
      var after = newItem(areaFor(item.parentElement));
      item.parentElement.insertBefore(after, item.nextElementSibling);
      changed();
      focusItem(after);
    }
    else if (action === 'add-child') {
      var child = newItem(item.dataset.area || field(item, 'area').value);
      ownList(item).appendChild(child);
      changed();
      focusItem(child);
    }
    else if (action === 'merge-next') {
      if (item.nextElementSibling) {
        merge(item, item.nextElementSibling);
      }
      else {
        say('这是本层最后一项，没有可合并的下一项。');
      }
    }
    else if (action === 'delete') {
      remove(item);
    }
  });

  // ---- 合并这两项 beside each pair of likely duplicates -----------------------------------------------------------

  function findAchievement(department, heading) {
    var part = achievementsPart();
    if (!part) {
      return null;
    }
    var found = null;
    part.querySelectorAll('.desk-item').forEach(function (item) {
      if (!found && levelOf(item) === 2
        && (field(item, 'department').value === department || departments(item).indexOf(department) >= 0)
        && field(item, 'heading').value.trim() === heading) {
        found = item;
      }
    });
    return found;
  }

  var duplicates = document.getElementById('duplicates');
  if (duplicates) {
    duplicates.addEventListener('click', function (event) {
      var button = event.target.closest('button.merge-duplicate');
      if (!button) {
        return;
      }
      var first = findAchievement(button.dataset.firstDepartment, button.dataset.firstHeading);
      var second = findAchievement(button.dataset.secondDepartment, button.dataset.secondHeading);
      if (!first || !second || first === second) {
        say('未找到这两项：它们可能已合并、删除或改了标题。');
        return;
      }
      show('edit');
      merge(first, second);
      button.disabled = true;
      button.textContent = '已合并（保存后生效）';
    });
  }

  // ---- the figures block: the paragraph of part 一 that states them, kept in step with the compiled figures -----

  var figures = document.getElementById('desk-figures');

  function figuresField() {
    var part = achievementsPart();
    return part ? field(part, 'text') : null;
  }

  function figuresState() {
    var out = document.getElementById('figures-state');
    var area = figuresField();
    if (!out || !area || !figures.dataset.sentence) {
      return;
    }
    var lines = area.value.split('\n').map(function (l) { return l.trim(); });
    var stated = lines.filter(function (l) { return l.indexOf(FIGURES_LEAD) === 0; })[0];
    out.textContent = stated === figures.dataset.sentence ? '第一部分的数据段落与汇总数据一致。'
      : stated ? '第一部分的数据段落与汇总数据不一致。' : '第一部分还没有数据段落。';
    out.classList.toggle('late-text', stated !== figures.dataset.sentence);
  }

  var update = document.getElementById('figures-update');
  if (update) {
    update.addEventListener('click', function () {
      var area = figuresField();
      var lines = area.value.split('\n');
      var at = lines.findIndex(function (l) { return l.trim().indexOf(FIGURES_LEAD) === 0; });
      if (at >= 0) {
        lines[at] = figures.dataset.sentence;
      }
      else {
        lines.unshift(figures.dataset.sentence);
      }
      area.value = lines.join('\n').trim();
      changed('已用汇总数据更新第一部分的数据段落。');
    });
  }

  // ---- 预览: the unsaved tree, laid out by the server as the export prints it -----------------------------------

  var preview = document.getElementById('desk-preview');
  var previewBody = document.getElementById('desk-preview-body');

  function show(view) {
    form.querySelectorAll('.desk-tabs [data-view]').forEach(function (tab) {
      tab.setAttribute('aria-selected', String(tab.dataset.view === view));
    });
    text.hidden = view !== 'edit';
    preview.hidden = view !== 'preview';
  }

  form.querySelector('.desk-tabs').addEventListener('click', function (event) {
    var tab = event.target.closest('[data-view]');
    if (!tab) {
      return;
    }
    if (tab.dataset.view === 'edit') {
      show('edit');
      return;
    }
    refresh();
    previewBody.textContent = '正在排版…';
    show('preview');
    form.scrollIntoView({ block: 'start' });
    var body = new URLSearchParams(new FormData(form));
    body.delete('action');
    fetch(form.dataset.preview, {
      method: 'POST', credentials: 'same-origin', body: body,
      headers: { 'Accept': 'text/html' }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.text();
    }).then(function (html) {
      previewBody.innerHTML = html;
    }).catch(function (error) {
      previewBody.textContent = '预览未能生成（' + error.message + '），请检查网络后重试；页面中的内容未受影响。';
    });
  });

  // ---- unsaved changes -----------------------------------------------------------------------------------------

  function say(message) {
    state.textContent = message;
  }

  function changed(message) {
    // 撤销 undoes the last deletion or merge, offered until the next change
    undo = null;
    undoBar.hidden = true;
    dirty = true;
    refresh();
    say((message ? message + ' ' : '') + '有未保存的修改。');
  }

  var typing = null;
  text.addEventListener('input', function (event) {
    dirty = true;
    say('有未保存的修改。');
    if (event.target.matches('[data-field="heading"]') || event.target === figuresField()) {
      // headings feed the numbers and the outline; redraw once typing pauses
      clearTimeout(typing);
      typing = setTimeout(refresh, 300);
    }
  });

  form.addEventListener('submit', function () {
    refresh();
    submitting = true;
  });

  window.addEventListener('beforeunload', function (event) {
    if (dirty && !submitting) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  refresh();
  if (dirty) {
    say('未保存：请按提示修改后再保存，页面中的内容都还在。');
  }
}());
