// Draws the dashboard's charts from its JSON data block (#dashboard-data): one Chart.js chart per
// <canvas data-chart="key" data-kind="bar|line|doughnut">. The page shows every figure as text too;
// the charts are for seeing the shape. No inline script: the console's policy is script-src 'self'.
(function () {
  'use strict';

  var palette = ['#2563eb', '#dc2626', '#f59e0b', '#6b7280', '#16a34a', '#9333ea', '#0891b2', '#db2777'];

  // Funnel stacks: went on, resolved, escalated, stopped open, other.
  var funnelColours = ['#93c5fd', '#16a34a', '#dc2626', '#f59e0b', '#6b7280'];

  function options(canvas) {
    var kind = canvas.dataset.kind;
    var stacked = canvas.dataset.stacked === 'true';
    var percent = canvas.dataset.percent === 'true';
    var result = {
      animation: false,
      responsive: true,
      maintainAspectRatio: true,
      // Splits are small circles, funnels wide and low, the rest the default 2:1.
      aspectRatio: kind === 'doughnut' ? 1.8 : stacked ? 4 : 2,
      plugins: { legend: { display: kind !== 'bar' || stacked } },
    };
    if (kind !== 'doughnut') {
      result.scales = {
        x: { stacked: stacked },
        y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } },
      };
      if (percent) {
        result.scales.y.max = 100;
        result.scales.y.ticks.callback = function (value) { return value + '%'; };
      }
    }
    return result;
  }

  function datasets(canvas, chart) {
    var kind = canvas.dataset.kind;
    var colours = canvas.dataset.stacked === 'true' ? funnelColours : palette;
    return chart.datasets.map(function (series, i) {
      var colour = kind === 'doughnut' ? chart.labels.map(function (_, j) { return palette[j % palette.length]; }) : colours[i % colours.length];
      return {
        label: series.label,
        data: series.data,
        backgroundColor: colour,
        borderColor: kind === 'line' ? colour : undefined,
        fill: false,
        tension: 0, // straight lines: a curve would dip below 0% between days
      };
    });
  }

  function draw() {
    var block = document.getElementById('dashboard-data');
    if (!block || typeof window.Chart !== 'function') {
      return;
    }

    var data = JSON.parse(block.textContent);
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var chart = data[canvas.dataset.chart];
      if (!chart) {
        return;
      }

      new window.Chart(canvas, {
        type: canvas.dataset.kind,
        data: { labels: chart.labels, datasets: datasets(canvas, chart) },
        options: options(canvas),
      });
      canvas.dataset.rendered = 'true';
    });
    document.documentElement.dataset.chartsRendered = 'true';
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
