// Shared helpers of Terpadu's own pages (/orang, /pindah, ...): API calls on the Camunda webapps' session with the
// CSRF token from /api/csrf-token, messages (#pesan), table cells, links and dates in Bahasa Indonesia.
(function () {
  'use strict';

  var csrfToken = null;

  function $(id) { return document.getElementById(id); }

  // Why this page reads a child's data: the code in <meta name="terpadu-purpose"> (audit.AccessPurpose), sent as the
  // header X-Terpadu-Purpose so that the access log records it. Adds it to headers that do not state one yet (a
  // download states EXPORT itself) and returns them; pages with their own fetch call it too.
  function tujuan(headers) {
    var meta = document.querySelector('meta[name="terpadu-purpose"]');
    if (meta && meta.content && !headers['X-Terpadu-Purpose']) {
      headers['X-Terpadu-Purpose'] = meta.content;
    }
    return headers;
  }

  // extraHeaders (optional): more request headers, e.g. {'If-Match': '"3"'}.
  function api(method, path, body, extraHeaders) {
    var headers = { 'Accept': 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' };
    Object.keys(extraHeaders || {}).forEach(function (k) { headers[k] = extraHeaders[k]; });
    tujuan(headers);
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET' && csrfToken) {
      headers['X-XSRF-TOKEN'] = csrfToken;
    }
    return fetch(path, { method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        return response.text().then(function (text) {
          var data = null;
          try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
          return { status: response.status, data: data };
        });
      });
  }

  function pesan(text, salah) {
    var p = $('pesan');
    p.textContent = text || '';
    p.className = salah ? 'salah' : '';
    p.hidden = !text;
  }

  function gagal(result) {
    if (result.status === 401) {
      pesan('Sesi Anda berakhir. Silakan masuk kembali melalui halaman awal.', true);
    } else if (result.status === 403 && result.data && result.data.code === 'CSRF_TOKEN_INVALID') {
      pesan('Sesi perlu disegarkan. Muat ulang halaman ini, lalu coba lagi.', true);
    } else if (result.status === 403) {
      pesan('Peran Anda tidak dapat melakukan ini.', true);
    } else if (result.status === 404) {
      pesan('Data tidak ditemukan, atau di luar wilayah kerja Anda.', true);
    } else if (result.status === 400 && result.data && result.data.errors) {
      pesan(result.data.errors.map(function (e) { return e.message; }).join(' '), true);
    } else {
      pesan('Terjadi kesalahan (' + result.status + '). Coba lagi.', true);
    }
  }

  // The session's CSRF token: any call to the webapps' API makes them issue one if the session has none; its
  // cookie is only visible below /camunda, so the page reads it from /api/csrf-token.
  function siap() {
    function ambilToken() {
      return api('GET', '/api/csrf-token').then(function (result) {
        csrfToken = result.status === 200 && result.data ? result.data.token : null;
      });
    }
    return fetch('/camunda/api/engine/engine/', { credentials: 'same-origin' }).then(ambilToken, ambilToken);
  }

  // A 400 problem's field errors next to the fields of a form: each message goes into the form's element
  // [data-galat="<field>"] (the field gets aria-invalid); messages of fields the form does not show go to #pesan.
  // Returns true when the answer had field errors. Called with only the form, it clears the previous messages.
  function galatIsian(form, result) {
    form.querySelectorAll('[data-galat]').forEach(function (el) { el.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
    if (!result || result.status !== 400 || !result.data || !result.data.errors) {
      return false;
    }
    var lain = [];
    result.data.errors.forEach(function (e) {
      var tempat = e.field ? form.querySelector('[data-galat="' + e.field + '"]') : null;
      if (tempat) {
        tempat.textContent = (tempat.textContent ? tempat.textContent + ' ' : '') + e.message;
        var isian = form.querySelector('[name="' + e.field + '"]');
        if (isian) {
          isian.setAttribute('aria-invalid', 'true');
        }
      } else {
        lain.push(e.message);
      }
    });
    pesan(lain.length ? lain.join(' ') : 'Periksa isian yang ditandai.', true);
    return true;
  }

  function sel(tr, text) {
    var td = document.createElement('td');
    if (text instanceof Node) {
      td.appendChild(text);
    } else {
      td.textContent = text === null || text === undefined || text === '' ? '—' : text;
    }
    tr.appendChild(td);
    return td;
  }

  function tombol(text, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  }

  function tautan(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  function tanggal(iso) {
    if (!iso) {
      return '—';
    }
    var p = String(iso).substring(0, 10).split('-');
    return p.length === 3 ? p[2] + '-' + p[1] + '-' + p[0] : iso;
  }

  function kelamin(sex) {
    return sex === 'L' ? 'Laki-laki' : sex === 'P' ? 'Perempuan' : '—';
  }

  window.Terpadu = { $: $, api: api, tujuan: tujuan, pesan: pesan, gagal: gagal, galatIsian: galatIsian, siap: siap, sel: sel,
    tombol: tombol, tautan: tautan, tanggal: tanggal, kelamin: kelamin };
})();
