// Grafik: small SVG charts drawn in the browser, without any outside library or CDN (docs/adr/0016-reports.md).
// Grafik.batang(el, {labels, series:[{name, values}], stacked, percent}) and Grafik.garis(el, {labels, series}).
(function (global) {
  'use strict';

  var NS = 'http://www.w3.org/2000/svg';
  var WARNA = ['#1b5e9b', '#e07b00', '#2e8540', '#b3261e', '#6a3d9a', '#8c6d1f', '#00838f', '#c2185b',
    '#546e7a', '#9e9d24'];

  function el(name, attrs, parent, text) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function format(v, percent) {
    if (percent) { return Math.round(v * 100) + '%'; }
    return Math.round(v) === v ? String(v) : v.toFixed(1);
  }

  // A "nice" upper bound and step for the value axis.
  function skala(max, percent) {
    if (percent) { return { max: 1, step: 0.25 }; }
    if (!(max > 0)) { return { max: 1, step: 1 }; }
    var raw = max / 4;
    var mag = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10));
    var step = [1, 2, 5, 10].map(function (m) { return m * mag; }).filter(function (s) { return s >= raw; })[0];
    step = Math.max(step, 1);
    return { max: Math.ceil(max / step) * step, step: step };
  }

  function kanvas(container, opts, nLabels) {
    container.textContent = '';
    var width = Math.max(opts.width || 720, nLabels * (opts.minBand || 0) + 80);
    var height = opts.height || 300;
    var svg = el('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img',
      'aria-label': opts.title || 'grafik', preserveAspectRatio: 'xMinYMin meet' }, container);
    if (opts.title) { el('title', {}, svg, opts.title); }
    return { svg: svg, width: width, height: height,
      plot: { left: opts.left || 56, top: 16, right: width - 12, bottom: height - (opts.labelSpace || 70) } };
  }

  function sumbu(c, scale, percent) {
    var p = c.plot;
    for (var v = 0; v <= scale.max + 1e-9; v += scale.step) {
      var y = p.bottom - (v / scale.max) * (p.bottom - p.top);
      el('line', { x1: p.left, x2: p.right, y1: y, y2: y, class: 'grid' }, c.svg);
      el('text', { x: p.left - 6, y: y + 4, 'text-anchor': 'end', class: 'tick' }, c.svg, format(v, percent));
    }
    el('line', { x1: p.left, x2: p.left, y1: p.top, y2: p.bottom, class: 'axis' }, c.svg);
    el('line', { x1: p.left, x2: p.right, y1: p.bottom, y2: p.bottom, class: 'axis' }, c.svg);
  }

  function labelX(c, x, text, rotate) {
    var y = c.plot.bottom + 14;
    var t = el('text', { x: x, y: y, class: 'tick', 'text-anchor': rotate ? 'end' : 'middle' }, c.svg,
      text.length > 22 ? text.slice(0, 21) + '…' : text);
    if (rotate) { t.setAttribute('transform', 'rotate(-35 ' + x + ' ' + y + ')'); }
  }

  function legenda(container, series) {
    var ul = document.createElement('ul');
    ul.className = 'legenda';
    series.forEach(function (s, i) {
      var li = document.createElement('li');
      var box = document.createElement('span');
      box.className = 'kotak';
      box.style.background = s.color || WARNA[i % WARNA.length];
      li.appendChild(box);
      li.appendChild(document.createTextNode(s.name));
      ul.appendChild(li);
    });
    container.appendChild(ul);
  }

  function batang(container, opts) {
    var labels = opts.labels, series = opts.series;
    var c = kanvas(container, { width: opts.width, height: opts.height, title: opts.title,
      minBand: opts.stacked ? 28 : Math.max(18, series.length * 8), labelSpace: 110, left: 110 }, labels.length);
    var max = 0;
    labels.forEach(function (_, i) {
      if (opts.stacked) {
        max = Math.max(max, series.reduce(function (sum, s) { return sum + (s.values[i] || 0); }, 0));
      } else {
        series.forEach(function (s) { max = Math.max(max, s.values[i] || 0); });
      }
    });
    var scale = skala(max, opts.percent);
    sumbu(c, scale, opts.percent);
    var p = c.plot;
    var band = (p.right - p.left) / Math.max(labels.length, 1);
    var inner = band * 0.8;
    labels.forEach(function (label, i) {
      var x0 = p.left + band * i + (band - inner) / 2;
      var base = p.bottom;
      series.forEach(function (s, k) {
        var v = s.values[i] || 0;
        var h = (v / scale.max) * (p.bottom - p.top);
        var w = opts.stacked ? inner : inner / series.length;
        var x = opts.stacked ? x0 : x0 + w * k;
        var y = opts.stacked ? base - h : p.bottom - h;
        if (v > 0) {
          var r = el('rect', { x: x, y: y, width: Math.max(w - 1, 1), height: h, class: 'bar',
            fill: s.color || WARNA[k % WARNA.length] }, c.svg);
          el('title', {}, r, label + ' — ' + s.name + ': ' + format(v, opts.percent));
        }
        if (opts.stacked) { base -= h; }
      });
      labelX(c, p.left + band * i + band / 2, label, true);
    });
    legenda(container, series);
  }

  function garis(container, opts) {
    var labels = opts.labels, series = opts.series;
    var c = kanvas(container, { width: opts.width, height: opts.height, title: opts.title, labelSpace: 40 },
      labels.length);
    var max = 0;
    series.forEach(function (s) { s.values.forEach(function (v) { max = Math.max(max, v || 0); }); });
    var scale = skala(max, false);
    sumbu(c, scale, false);
    var p = c.plot;
    var step = labels.length > 1 ? (p.right - p.left - 40) / (labels.length - 1) : 0;
    function x(i) { return p.left + 20 + step * i; }
    function y(v) { return p.bottom - ((v || 0) / scale.max) * (p.bottom - p.top); }
    series.forEach(function (s, k) {
      var color = s.color || WARNA[k % WARNA.length];
      var d = s.values.map(function (v, i) { return (i ? 'L' : 'M') + x(i) + ' ' + y(v); }).join(' ');
      el('path', { d: d, class: 'line', stroke: color, fill: 'none' }, c.svg);
      s.values.forEach(function (v, i) {
        var dot = el('circle', { cx: x(i), cy: y(v), r: 4, fill: color }, c.svg);
        el('title', {}, dot, labels[i] + ' — ' + s.name + ': ' + format(v || 0, false));
      });
    });
    labels.forEach(function (label, i) { labelX(c, x(i), label, false); });
    legenda(container, series);
  }

  global.Grafik = { batang: batang, garis: garis, WARNA: WARNA };
})(window);
