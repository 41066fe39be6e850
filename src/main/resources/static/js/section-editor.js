// The section editor: each part and achievement item is written in a Quill editor, while the form keeps sending
// the product's structured outline (one paragraph per line, **lead-in** at a paragraph's start, | table | rows |;
// see TextNotation). What is typed is kept in the browser at once and on the server a few seconds after typing
// stops (the section's working copy), so that nothing typed is lost; 保存草稿 and submit make named revisions.
(function () {
  'use strict';

  var form = document.querySelector('form.section-form');
  if (!form) {
    return;
  }
  var Delta = window.Quill.import('delta');
  var items = document.getElementById('items');
  var template = document.getElementById('item-template');
  var status = document.getElementById('autosave-status');
  var api = '/api/campaigns/' + form.dataset.campaign + '/sections/' + form.dataset.department;
  var backupKey = 'section-editor:' + form.dataset.campaign + ':' + form.dataset.department;
  var headers = {};
  headers[form.dataset.csrfHeader] = form.dataset.csrf;
  var AUTOSAVE_AFTER = 3000;
  var RETRY_AFTER = 15000;
  var CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u200B-\u200D\u2028\u2029\uFEFF]/g;

  // ---- the outline's text and Quill's document -------------------------------------------------------------

  function clean(text) {
    return text.replace(CONTROL, '').replace(/\u00A0/g, ' ');
  }

  function row(cells) {
    return '| ' + cells.join(' | ') + ' |';
  }

  /** The stored text of an editor's document. */
  function toText(quill) {
    var lines = [];
    var cells = null;
    var rowId = null;
    var number = 0;
    quill.getContents().eachLine(function (line, attributes) {
      var ops = line.ops.filter(function (op) { return typeof op.insert === 'string'; });
      var text = clean(ops.map(function (op) { return op.insert; }).join(''));
      if (attributes.table) {
        if (attributes.table !== rowId) {
          if (cells) { lines.push(row(cells)); }
          cells = [];
          rowId = attributes.table;
        }
        cells.push(text.replace(/\|/g, '｜').trim());
        number = 0;
        return;
      }
      if (cells) {
        lines.push(row(cells));
        cells = null;
        rowId = null;
      }
      if (!text.trim()) {
        number = 0;
        return;
      }
      if (attributes.list === 'ordered') {
        number += 1;
        lines.push('（' + number + '）' + text.trim());
        return;
      }
      number = 0;
      // only a paragraph's opening words are printed bold (一是……。); bold further in is not kept
      var lead = '';
      for (var i = 0; i < ops.length && ops[i].attributes && ops[i].attributes.bold; i++) {
        lead += ops[i].insert;
      }
      lead = clean(lead).replace(/\*/g, '＊');
      if (lead.trim()) {
        lines.push('**' + lead.trim() + '**' + text.slice(lead.length).trim());
      }
      else {
        lines.push(text.trim());
      }
    });
    if (cells) { lines.push(row(cells)); }
    return lines.join('\n');
  }

  /** An editor's document for a stored text. */
  function toDelta(text) {
    var delta = new Delta();
    (text || '').split('\n').forEach(function (raw) {
      var line = raw.trim();
      if (!line) {
        return;
      }
      if (line.length >= 2 && line.charAt(0) === '|' && line.charAt(line.length - 1) === '|') {
        var id = 'row-' + Math.random().toString(36).slice(2, 8);
        line.slice(1, -1).split('|').forEach(function (cell) {
          if (cell.trim()) { delta.insert(cell.trim()); }
          delta.insert('\n', { table: id });
        });
        return;
      }
      var lead = /^\*\*(.+?)\*\*(.*)$/.exec(line);
      if (lead && lead[1].trim()) {
        delta.insert(lead[1].trim(), { bold: true });
        if (lead[2]) { delta.insert(lead[2]); }
        delta.insert('\n');
        return;
      }
      delta.insert(line + '\n');
    });
    return delta;
  }

  /**
   * Word and WPS mark their automatic numbering as list items whose number is a hidden run; kept as text, the
   * numbers the author saw (一、（一）1.) stay in the paragraph instead of becoming a list the product numbers anew.
   */
  function keepWordNumbering(html) {
    if (html.indexOf('mso-list') < 0) {
      return html;
    }
    var doc = new DOMParser().parseFromString(html, 'text/html');
    doc.querySelectorAll('[style*="mso-list"]').forEach(function (element) {
      var style = element.getAttribute('style') || '';
      if (/mso-list:\s*ignore/i.test(style)) {
        element.replaceWith(doc.createTextNode(element.textContent.replace(/[\s\u00A0]+/g, '')));
      }
      else {
        element.setAttribute('style', style.replace(/mso-list:[^;"]*;?/ig, ''));
      }
    });
    return doc.body.innerHTML;
  }

  // ---- editors -----------------------------------------------------------------------------------------------

  var TOOLS = [
    ['bold', '引领句加粗', '把段首的引领句（如“一是……。”）加粗；段中加粗不保留'],
    ['list', '编号', '编号列表，保存为（1）（2）……'],
    ['table', '插入表格', '插入 3 行 3 列的表格，首行为表头'],
    ['row', '加一行', '在当前行下方加一行'],
    ['column', '加一列', '在当前列右侧加一列'],
    ['delete-row', '删除行', '删除当前行'],
    ['delete-column', '删除列', '删除当前列'],
    ['delete-table', '删除表格', '删除光标所在的表格']
  ];

  function toolbar(quill) {
    var bar = document.createElement('div');
    bar.className = 'editor-toolbar';
    bar.setAttribute('role', 'toolbar');
    TOOLS.forEach(function (tool) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary tool-' + tool[0];
      button.textContent = tool[1];
      button.title = tool[2];
      // keep the selection in the editor while the button is pressed
      button.addEventListener('mousedown', function (event) { event.preventDefault(); });
      button.addEventListener('click', function () { act(quill, tool[0]); });
      bar.appendChild(button);
    });
    return bar;
  }

  function act(quill, tool) {
    var table = quill.getModule('table');
    var format = quill.getFormat();
    switch (tool) {
      case 'bold': quill.format('bold', !format.bold, 'user'); break;
      case 'list': quill.format('list', format.list === 'ordered' ? false : 'ordered', 'user'); break;
      case 'table': table.insertTable(3, 3); break;
      case 'row': table.insertRowBelow(); break;
      case 'column': table.insertColumnRight(); break;
      case 'delete-row': table.deleteRow(); break;
      case 'delete-column': table.deleteColumn(); break;
      case 'delete-table': table.deleteTable(); break;
    }
  }

  function attach(textarea) {
    var box = document.createElement('div');
    box.className = 'editor' + (textarea.classList.contains('short') ? ' short' : '');
    var surface = document.createElement('div');
    textarea.insertAdjacentElement('afterend', box);
    var quill = new window.Quill(surface, {
      theme: 'snow',
      formats: ['bold', 'list', 'table'],
      modules: { toolbar: false, table: true }
    });
    box.appendChild(toolbar(quill));
    box.appendChild(quill.container);
    quill.root.setAttribute('role', 'textbox');
    quill.root.setAttribute('aria-multiline', 'true');
    var label = textarea.id && document.querySelector('label[for="' + textarea.id + '"]');
    quill.root.setAttribute('aria-label', label ? label.textContent.trim() : '内容');
    ['aria-invalid', 'aria-describedby'].forEach(function (name) {
      if (textarea.hasAttribute(name)) { quill.root.setAttribute(name, textarea.getAttribute(name)); }
    });
    textarea.hidden = true;
    textarea.editor = quill;
    quill.setContents(toDelta(textarea.value), 'silent');
    quill.on('text-change', function () {
      textarea.value = toText(quill);
      changed();
    });
    quill.container.addEventListener('paste', function (event) {
      var html = event.clipboardData && event.clipboardData.getData('text/html');
      if (!html) {
        return;
      }
      // before Quill's own handler: Word's numbering kept, control characters dropped
      event.preventDefault();
      event.stopPropagation();
      var text = clean(event.clipboardData.getData('text/plain') || '');
      var pasted = quill.clipboard.convert({ html: clean(keepWordNumbering(html)), text: text });
      var range = quill.getSelection(true);
      quill.updateContents(new Delta().retain(range.index).delete(range.length).concat(pasted), 'user');
      quill.setSelection(range.index + pasted.length(), 0, 'silent');
    }, true);
  }

  function setText(textarea, text) {
    textarea.value = text || '';
    if (textarea.editor) {
      textarea.editor.setContents(toDelta(textarea.value), 'silent');
    }
  }

  // ---- achievement items --------------------------------------------------------------------------------------

  function renumber() {
    Array.prototype.forEach.call(items.querySelectorAll('.item'), function (item, index) {
      Array.prototype.forEach.call(item.querySelectorAll('[name^="achievements["]'), function (field) {
        field.name = field.name.replace(/^achievements\[[^\]]*\]/, 'achievements[' + index + ']');
      });
    });
  }

  function addItem(item) {
    var index = items.querySelectorAll('.item').length;
    items.insertAdjacentHTML('beforeend', template.innerHTML.replace(/__index__/g, String(index)));
    var added = items.lastElementChild;
    if (item) {
      added.querySelector('select').value = item.area || '';
      added.querySelector('input[type=text]').value = item.title || '';
      added.querySelector('textarea').value = item.text || '';
      Array.prototype.forEach.call(added.querySelectorAll('input[type=checkbox]'), function (box) {
        box.checked = (item.items || []).indexOf(box.value) >= 0;
      });
    }
    attach(added.querySelector('textarea'));
    return added;
  }

  document.getElementById('add-item').addEventListener('click', function () {
    addItem(null).querySelector('select').focus();
    changed();
  });

  items.addEventListener('click', function (event) {
    if (event.target.hasAttribute('data-remove-item')) {
      event.target.closest('.item').remove();
      renumber();
      changed();
    }
  });

  // ---- the section as the API has it ----------------------------------------------------------------------------

  function field(name) {
    return form.querySelector('[name="' + name + '"]');
  }

  function content() {
    var achievements = Array.prototype.map.call(items.querySelectorAll('.item'), function (item) {
      return {
        area: item.querySelector('select').value || null,
        title: item.querySelector('input[type=text]').value,
        text: item.querySelector('textarea').value,
        items: Array.prototype.map.call(item.querySelectorAll('input[type=checkbox]:checked'), function (box) {
          return box.value;
        })
      };
    }).filter(function (item) { return item.area || item.title.trim() || item.text.trim(); });
    var metrics = {};
    Array.prototype.forEach.call(form.querySelectorAll('[name^="metrics["]'), function (input) {
      if (/^\d{1,15}$/.test(input.value.trim())) {
        metrics[input.name.slice(8, -1)] = Number(input.value.trim());
      }
    });
    return {
      achievements: achievements,
      shortcomings: field('shortcomings').value,
      leadership: field('leadership').value,
      nextYearPlans: field('nextYearPlans').value,
      other: field('other').value,
      omissions: field('omissions').value,
      metrics: metrics,
      version: Number(field('version').value)
    };
  }

  /** Puts a section's text into the editor; figures too when {@code withFigures}. */
  function fill(section, withFigures) {
    Array.prototype.forEach.call(items.querySelectorAll('.item'), function (item) { item.remove(); });
    (section.achievements || []).forEach(addItem);
    if (!items.querySelector('.item')) { addItem(null); }
    ['shortcomings', 'leadership', 'nextYearPlans', 'other'].forEach(function (name) {
      setText(field(name), section[name]);
    });
    field('omissions').value = section.omissions || '';
    if (withFigures) {
      Array.prototype.forEach.call(form.querySelectorAll('[name^="metrics["]'), function (input) {
        var value = (section.metrics || {})[input.name.slice(8, -1)];
        input.value = value === undefined || value === null ? '' : String(value);
      });
    }
    counts();
  }

  // ---- lengths --------------------------------------------------------------------------------------------------

  function length(text) {
    return Array.from(text.replace(/\*\*|\|/g, '').replace(/\s/g, '')).length;
  }

  function counts() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-count-for]'), function (shown) {
      var name = shown.dataset.countFor;
      var total = 0;
      if (name === 'achievements') {
        Array.prototype.forEach.call(items.querySelectorAll('.item'), function (item) {
          total += length(item.querySelector('input[type=text]').value) + length(item.querySelector('textarea').value);
        });
      }
      else {
        total = length(field(name).value);
      }
      shown.querySelector('.count').textContent = total.toLocaleString('zh-CN');
    });
  }

  // ---- keeping what is typed ----------------------------------------------------------------------------------------

  var edits = 0;
  var savedEdits = 0;
  var timer = null;
  var submitting = false;

  function time(at) {
    return new Date(at).toLocaleTimeString('zh-CN',
      { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });
  }

  function say(text, failed) {
    status.textContent = text;
    status.classList.toggle('failed', !!failed);
  }

  function changed() {
    edits += 1;
    counts();
    try {
      localStorage.setItem(backupKey, JSON.stringify({ at: Date.now(), section: content() }));
    }
    catch (ignored) {
      // private windows and full storage keep nothing locally; the server's working copy still does
    }
    say('正在输入……');
    clearTimeout(timer);
    timer = setTimeout(autosave, AUTOSAVE_AFTER);
  }

  function problemText(response) {
    return response.json().then(function (problem) {
      return problem.detail || problem.title || ('HTTP ' + response.status);
    }, function () { return 'HTTP ' + response.status; });
  }

  function autosave() {
    if (submitting) {
      return;
    }
    var sent = edits;
    var body = JSON.stringify(content());
    var request = { method: 'PUT', credentials: 'same-origin', body: body, headers: Object.assign({
      'Content-Type': 'application/json', Accept: 'application/json' }, headers) };
    fetch(api + '/working-copy', request).then(function (response) {
      if (response.ok) {
        return response.json().then(function (saved) {
          savedEdits = Math.max(savedEdits, sent);
          if (savedEdits === edits) {
            try { localStorage.removeItem(backupKey); } catch (ignored) { /* nothing kept locally */ }
          }
          say('已自动保存 ' + time(saved.savedAt));
        });
      }
      return problemText(response).then(function (text) {
        say('自动保存失败：' + text + ' 输入的内容暂存在本机浏览器中。', true);
        if (response.status >= 500) { timer = setTimeout(autosave, RETRY_AFTER); }
      });
    }, function () {
      say('网络连接中断，自动保存失败；输入的内容暂存在本机浏览器中，恢复连接后会再次保存。', true);
      timer = setTimeout(autosave, RETRY_AFTER);
    });
  }

  window.addEventListener('beforeunload', function (event) {
    if (!submitting && edits > savedEdits) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  form.addEventListener('submit', function () {
    submitting = true;
    clearTimeout(timer);
    try { localStorage.removeItem(backupKey); } catch (ignored) { /* nothing kept locally */ }
  });

  /** After a crash with the connection down: the browser's copy, if newer than what the server kept. */
  function recover() {
    var kept;
    try { kept = JSON.parse(localStorage.getItem(backupKey) || 'null'); } catch (ignored) { kept = null; }
    if (!kept || !kept.section || kept.section.version !== Number(field('version').value)
      || kept.at <= Number(form.dataset.keptAt)) {
      return;
    }
    if (JSON.stringify(kept.section) === JSON.stringify(content())) {
      return;
    }
    fill(kept.section, true);
    var notice = document.getElementById('recovered');
    notice.textContent = '已恢复本机浏览器中 ' + time(kept.at) + ' 输入、尚未保存到服务器的内容，正在自动保存。';
    notice.hidden = false;
    changed();
  }

  // ---- 从文件导入: the file's text only after the liaison confirms -----------------------------------------------------

  var importForm = document.querySelector('form.import-form');
  if (importForm) {
    var result = importForm.querySelector('.import-result');
    importForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var file = importForm.querySelector('input[type=file]').files[0];
      if (!file) {
        return;
      }
      var data = new FormData();
      data.append('file', file);
      result.className = 'import-result';
      result.textContent = '正在读取“' + file.name + '”……';
      fetch(api + '/import', { method: 'POST', credentials: 'same-origin', body: data,
        headers: Object.assign({ Accept: 'application/json' }, headers) })
        .then(function (response) {
          if (!response.ok) {
            return problemText(response).then(function (text) { throw new Error(text); });
          }
          return response.json().then(function (section) { offer(file.name, section); });
        })
        .catch(function (error) {
          result.className = 'import-result notice error';
          result.textContent = '导入失败：' + error.message + ' 编辑框中的内容没有改变。';
        });
    });

    var offer = function (name, section) {
      var parts = ['shortcomings', 'leadership', 'nextYearPlans', 'other'].filter(function (part) {
        return section[part];
      }).length;
      result.className = 'import-result notice';
      result.textContent = '';
      var text = document.createElement('p');
      text.textContent = '已读取“' + name + '”：' + section.achievements.length + ' 项举措，其他部分 ' + parts
        + ' 个。确认后替换编辑框中现在的内容（每项的所属领域是系统推测的，请逐项核对）；不会自动另存为新版本。';
      var replace = document.createElement('button');
      replace.type = 'button';
      replace.textContent = '替换为导入的内容';
      var cancel = document.createElement('button');
      cancel.type = 'button';
      cancel.className = 'secondary';
      cancel.textContent = '取消';
      result.append(text, replace, cancel);
      replace.focus();
      cancel.addEventListener('click', function () { result.textContent = '已取消导入，编辑框中的内容没有改变。'; });
      replace.addEventListener('click', function () {
        var before = content();
        fill(section, false);
        changed();
        result.textContent = '已从“' + name + '”导入 ' + section.achievements.length + ' 项举措及其他各部分。';
        var undo = document.createElement('button');
        undo.type = 'button';
        undo.className = 'secondary';
        undo.textContent = '撤销导入';
        undo.addEventListener('click', function () {
          fill(before, true);
          changed();
          result.textContent = '已撤销导入，编辑框恢复为导入前的内容。';
        });
        result.append(' ', undo);
      });
    };
  }

  // ---- start ----------------------------------------------------------------------------------------------------------

  Array.prototype.forEach.call(form.querySelectorAll('textarea[data-editor]'), attach);
  if (!items.querySelector('.item')) {
    addItem(null);
  }
  form.addEventListener('input', function (event) {
    // the editors report their own changes; titles, topics and figures are plain fields
    if (!event.target.closest('.ql-container')) { changed(); }
  });
  form.addEventListener('change', function (event) {
    if (event.target.tagName === 'SELECT') { changed(); }
  });
  counts();
  recover();
})();
