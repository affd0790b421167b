/*
 * Draws a chart above every <table class="chart">. The table stays: it is the accessible
 * equivalent, and without JavaScript it is all there is. Chart.js is fetched only on pages that
 * have such a table.
 *
 * The table: <caption> is the chart's name; the header row names the category column, then one
 * column per series; each body row is a category (its <th>), then one cell per series whose
 * data-value holds the plain number (the cell's text may be formatted for people).
 * data-chart on the table: bar (default), stacked-bar, line or doughnut (first series only).
 */
(function () {
  'use strict';

  // Okabe–Ito: told apart also by people with the common colour-vision deficiencies
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

  function text(cell) {
    return (cell.textContent || '').replace(/\s+/g, ' ').trim();
  }

  function figures(table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th')).slice(1);
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var categories = rows.map(function (row) { return text(row.cells[0]); });
    var series = headers.map(function (header, index) {
      return {
        label: text(header),
        data: rows.map(function (row) {
          var cell = row.cells[index + 1];
          var value = cell ? parseFloat(cell.getAttribute('data-value')) : NaN;
          return isNaN(value) ? null : value;
        })
      };
    });
    return { categories: categories, series: series };
  }

  function config(table) {
    var kind = table.getAttribute('data-chart') || 'bar';
    var data = figures(table);
    var caption = table.querySelector('caption');
    var doughnut = kind === 'doughnut';
    var datasets = (doughnut ? data.series.slice(0, 1) : data.series).map(function (s, i) {
      var colour = doughnut ? data.categories.map(function (_, j) { return PALETTE[j % PALETTE.length]; })
                            : PALETTE[i % PALETTE.length];
      return { label: s.label, data: s.data, backgroundColor: colour, borderColor: colour };
    });
    var stacked = kind === 'stacked-bar';
    return {
      type: doughnut ? 'doughnut' : (kind === 'line' ? 'line' : 'bar'),
      data: { labels: data.categories, datasets: datasets },
      options: {
        locale: document.documentElement.lang || 'sv',
        maintainAspectRatio: false,
        animation: false,
        plugins: { title: { display: !!caption, text: caption ? text(caption) : '' } },
        scales: doughnut ? {} : { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true } }
      }
    };
  }

  function draw(table) {
    var frame = document.createElement('div');
    frame.className = 'chart-frame';
    // the table beside it says the same to every reader; the picture is for the eye only
    frame.setAttribute('aria-hidden', 'true');
    var canvas = document.createElement('canvas');
    frame.appendChild(canvas);
    table.parentNode.insertBefore(frame, table);
    new window.Chart(canvas, config(table));
  }

  function drawAll() {
    var tables = document.querySelectorAll('table.chart');
    if (tables.length === 0) {
      return;
    }
    var script = document.createElement('script');
    script.src = CHARTJS_URL;
    script.onload = function () { Array.prototype.forEach.call(tables, draw); };
    document.head.appendChild(script);
  }

  var self = document.currentScript;
  var CHARTJS_URL = self && self.getAttribute('data-chartjs');
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
