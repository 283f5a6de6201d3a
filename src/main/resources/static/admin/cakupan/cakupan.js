// Cakupan wilayah petugas: reads and replaces a staff member's region scope through /api/staff (administrators).
// Uses the Camunda webapps' session; state-changing calls send the X-XSRF-TOKEN header from the XSRF-TOKEN cookie.
(function () {
  'use strict';

  var TINGKAT = { PROVINCE: 'provinsi', REGENCY: 'kabupaten/kota', DISTRICT: 'kecamatan', VILLAGE: 'desa/kelurahan' };
  var semua = [];
  var sedangDiubah = null;
  var wilayah = [];

  function $(id) { return document.getElementById(id); }

  var csrfToken = null;

  function api(method, path, body) {
    var headers = { 'Accept': 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' };
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
    p.textContent = text;
    p.className = salah ? 'salah' : '';
    p.hidden = !text;
  }

  function gagal(result) {
    if (result.status === 401) {
      pesan('Sesi Anda berakhir. Silakan masuk kembali melalui halaman awal Camunda.', true);
    } else if (result.status === 403 && result.data && result.data.code === 'CSRF_TOKEN_INVALID') {
      pesan('Sesi perlu disegarkan. Muat ulang halaman ini, lalu simpan kembali.', true);
    } else if (result.status === 403) {
      pesan('Halaman ini hanya untuk administrator.', true);
    } else if (result.status === 404) {
      pesan('Petugas tidak ditemukan.', true);
    } else {
      pesan('Terjadi kesalahan (' + result.status + '). Coba lagi.', true);
    }
  }

  function muatDaftar() {
    return api('GET', '/api/staff').then(function (result) {
      if (result.status !== 200) {
        gagal(result);
        return;
      }
      semua = result.data;
      $('daftar').hidden = false;
      tampilkanDaftar();
    });
  }

  function tampilkanDaftar() {
    var cari = $('cari').value.trim().toLowerCase();
    var body = $('petugas');
    body.textContent = '';
    semua.filter(function (s) {
      return !cari || (s.userId + ' ' + s.name).toLowerCase().indexOf(cari) >= 0;
    }).forEach(function (s) {
      var tr = document.createElement('tr');
      [s.userId, s.name, s.scope.length ? s.scope.join(', ') : '—'].forEach(function (text) {
        var td = document.createElement('td');
        td.textContent = text;
        tr.appendChild(td);
      });
      var td = document.createElement('td');
      var tombol = document.createElement('button');
      tombol.type = 'button';
      tombol.textContent = 'Ubah';
      tombol.setAttribute('data-user', s.userId);
      tombol.addEventListener('click', function () { bukaUbah(s.userId); });
      td.appendChild(tombol);
      tr.appendChild(td);
      body.appendChild(tr);
    });
  }

  function bukaUbah(userId) {
    pesan('');
    api('GET', '/api/staff/' + encodeURIComponent(userId) + '/scope').then(function (result) {
      if (result.status !== 200) {
        gagal(result);
        return;
      }
      sedangDiubah = userId;
      wilayah = result.data.regions;
      $('ubah-id').textContent = userId;
      $('galat').textContent = '';
      $('ubah').hidden = false;
      tampilkanWilayah();
      $('kode').focus();
    });
  }

  function tampilkanWilayah() {
    var list = $('wilayah');
    list.textContent = '';
    wilayah.forEach(function (w, i) {
      var li = document.createElement('li');
      li.textContent = w.code + ' — ' + (w.name || '') + (TINGKAT[w.level] ? ' (' + TINGKAT[w.level] + ')' : '');
      var hapus = document.createElement('button');
      hapus.type = 'button';
      hapus.textContent = 'Hapus';
      hapus.addEventListener('click', function () {
        wilayah.splice(i, 1);
        tampilkanWilayah();
      });
      li.appendChild(hapus);
      list.appendChild(li);
    });
    $('kosong').hidden = wilayah.length > 0;
  }

  function galat(list) {
    var ul = $('galat');
    ul.textContent = '';
    list.forEach(function (text) {
      var li = document.createElement('li');
      li.textContent = text;
      ul.appendChild(li);
    });
  }

  function tambah() {
    var kode = $('kode').value.trim();
    if (!/^(\d{2}|\d{4}|\d{6}|\d{10})$/.test(kode)) {
      galat(['Kode wilayah harus terdiri dari 2, 4, 6 atau 10 angka.']);
      return;
    }
    if (wilayah.some(function (w) { return w.code === kode; })) {
      galat(['Kode ' + kode + ' sudah ada dalam cakupan.']);
      return;
    }
    api('GET', '/api/regions/' + kode).then(function (result) {
      if (result.status !== 200) {
        galat(['Kode wilayah ' + kode + ' tidak ada dalam daftar wilayah.']);
        return;
      }
      galat([]);
      wilayah.push({ code: kode, level: result.data.level, name: result.data.name });
      $('kode').value = '';
      tampilkanWilayah();
    });
  }

  function simpan() {
    var body = { regionCodes: wilayah.map(function (w) { return w.code; }) };
    api('PUT', '/api/staff/' + encodeURIComponent(sedangDiubah) + '/scope', body).then(function (result) {
      if (result.status === 200) {
        wilayah = result.data.regions;
        tampilkanWilayah();
        galat([]);
        pesan('Cakupan wilayah ' + sedangDiubah + ' disimpan.');
        muatDaftar();
      } else if (result.status === 400 && result.data && result.data.errors) {
        galat(result.data.errors.map(function (e) { return e.message; }));
      } else {
        gagal(result);
      }
    });
  }

  $('cari').addEventListener('input', tampilkanDaftar);
  $('tambah').addEventListener('click', tambah);
  $('kode').addEventListener('keydown', function (e) {
    if (e.key === 'Enter') {
      tambah();
    }
  });
  $('simpan').addEventListener('click', simpan);
  $('batal').addEventListener('click', function () {
    $('ubah').hidden = true;
    sedangDiubah = null;
    galat([]);
  });
  // The session's CSRF token: any call to the webapps' API makes them issue one if the session has none; its
  // cookie is only visible below /camunda, so the page reads it from /api/csrf-token.
  function ambilToken() {
    return api('GET', '/api/csrf-token').then(function (result) {
      csrfToken = result.status === 200 && result.data ? result.data.token : null;
    });
  }
  fetch('/camunda/api/engine/engine/', { credentials: 'same-origin' })
    .then(ambilToken, ambilToken)
    .then(muatDaftar, muatDaftar);
})();
