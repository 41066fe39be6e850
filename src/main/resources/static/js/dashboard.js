// The campaign dashboard: the progress chart (ECharts), the process diagram with the number of sections waiting at
// each step (bpmn-js viewer), and 催办 through the product's API. Everything it shows is also in the page's table.
(function () {
  'use strict';

  var RED = '#b3261e';
  var GREY = '#8c959f';

  function progressChart() {
    var element = document.getElementById('progress-chart');
    if (!element || !window.echarts) {
      return;
    }
    var totals = Array.prototype.slice.call(document.querySelectorAll('.totals li'));
    var labels = totals.map(function (li) { return li.dataset.label; });
    var overdue = totals.map(function (li) { return Number(li.dataset.overdue); });
    var onTime = totals.map(function (li) { return Number(li.dataset.count) - Number(li.dataset.overdue); });
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
      legend: { top: 0, data: ['按期', '逾期'] },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: labels, inverse: true },
      series: [
        { name: '按期', type: 'bar', stack: 'sections', data: onTime, itemStyle: { color: GREY },
          label: { show: true, formatter: function (p) { return p.value || ''; } } },
        { name: '逾期', type: 'bar', stack: 'sections', data: overdue, itemStyle: { color: RED },
          label: { show: true, color: '#fff', formatter: function (p) { return p.value || ''; } } }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function processDiagram() {
    var element = document.getElementById('process-diagram');
    if (!element || !window.BpmnJS) {
      return;
    }
    var viewer = new window.BpmnJS({ container: element });
    fetch(element.dataset.diagram, { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.text();
      })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        viewer.get('canvas').zoom('fit-viewport');
        var canvas = viewer.get('canvas');
        var overlays = viewer.get('overlays');
        document.querySelectorAll('.waiting li').forEach(function (li) {
          var badge = document.createElement('span');
          badge.className = 'waiting-count';
          badge.textContent = li.dataset.count;
          badge.title = li.textContent;
          // the number stays readable however far the diagram is zoomed out to fit
          overlays.add(li.dataset.step, { position: { top: -10, right: 10 }, scale: false, html: badge });
          canvas.addMarker(li.dataset.step, 'has-waiting');
        });
        element.classList.add('ready');
      })
      .catch(function () {
        element.textContent = '流程图暂时无法显示，各环节的部门数见上方统计。';
      });
  }

  function problemText(response) {
    return response.json().then(function (problem) {
      return problem.detail || problem.title || '操作未完成（' + response.status + '）';
    }, function () {
      return '操作未完成（' + response.status + '）';
    });
  }

  function urging() {
    var table = document.querySelector('table.departments');
    var result = document.getElementById('urge-result');
    if (!table || !result) {
      return;
    }
    var campaign = table.dataset.campaign;
    var headers = { 'Accept': 'application/json' };
    headers[table.dataset.csrfHeader] = table.dataset.csrf;

    function show(text, ok) {
      result.hidden = false;
      result.textContent = text;
      result.classList.toggle('success', ok);
      result.classList.toggle('error', !ok);
    }

    function urged(department) {
      var button = table.querySelector('button.urge[data-department="' + department + '"]');
      if (button) {
        button.disabled = true;
        button.textContent = '今日已催办';
      }
    }

    table.addEventListener('click', function (event) {
      var button = event.target.closest('button.urge');
      if (!button) {
        return;
      }
      button.disabled = true;
      fetch('/api/campaigns/' + campaign + '/sections/' + button.dataset.department + '/urge',
        { method: 'POST', credentials: 'same-origin', headers: headers })
        .then(function (response) {
          if (response.status === 202) {
            return response.json().then(function (answer) {
              urged(answer.department);
              show('已催办' + button.dataset.name + '的“' + answer.stepName + '”，已通知：'
                + (answer.people.length ? answer.people.join('、') : '（该环节暂无办理人，请检查用户和分组）')
                + '。今天不能再次催办该部门。', true);
            });
          }
          return problemText(response).then(function (text) {
            button.disabled = response.status === 429;
            show(text, false);
          });
        })
        .catch(function () {
          button.disabled = false;
          show('网络连接失败，未能催办，请稍后重试。', false);
        });
    });

    var all = document.getElementById('urge-overdue');
    if (all) {
      all.addEventListener('click', function () {
        all.disabled = true;
        fetch('/api/campaigns/' + campaign + '/urge-overdue',
          { method: 'POST', credentials: 'same-origin', headers: headers })
          .then(function (response) {
            if (response.status !== 202) {
              return problemText(response).then(function (text) { all.disabled = false; show(text, false); });
            }
            return response.json().then(function (answer) {
              answer.urged.forEach(function (u) { urged(u.department); });
              var text = '已催办 ' + answer.urged.length + ' 个逾期部门';
              if (answer.urged.length) {
                text += '：' + answer.urged.map(function (u) { return u.department; }).map(function (code) {
                  var b = table.querySelector('button.urge[data-department="' + code + '"]');
                  return b ? b.dataset.name : code;
                }).join('、');
              }
              if (answer.urgedAlready.length) {
                text += '；另有 ' + answer.urgedAlready.length + ' 个部门今天已催办过';
              }
              show(text + '。', true);
            });
          })
          .catch(function () {
            all.disabled = false;
            show('网络连接失败，未能催办，请稍后重试。', false);
          });
      });
    }
  }

  progressChart();
  processDiagram();
  urging();
}());
