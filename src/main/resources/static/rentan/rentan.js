// Registri perempuan dan anak rentan: list with filters, summary per regency and handover exports through
// /api/vulnerable. Uses the Camunda webapps' session; state-changing calls send X-XSRF-TOKEN (from /api/csrf-token).
(function () {
  'use strict';

  var csrfToken = null;
  var halaman = 0;
  var UKURAN = 50;
  var JK = { L: 'L', P: 'P' };

  function $(id) { return document.getElementById(id); }

  function api(method, path, body) {
    var headers = { 'Accept': 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (method !== 'GET' && csrfToken) { headers['X-XSRF-TOKEN'] = csrfToken; }
    Terpadu.tujuan(headers);
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

  function galat(result) {
    var ul = $('galat');
    ul.textContent = '';
    if (result && result.status === 400 && result.data && result.data.errors) {
      result.data.errors.forEach(function (e) {
        var li = document.createElement('li');
        li.textContent = e.message;
        ul.appendChild(li);
      });
      return true;
    }
    return false;
  }

  function gagal(result) {
    if (result.status === 401) {
      pesan('Sesi Anda berakhir. Silakan masuk kembali melalui halaman awal Camunda.', true);
    } else if (result.status === 403 && result.data && result.data.code === 'CSRF_TOKEN_INVALID') {
      pesan('Sesi perlu disegarkan. Muat ulang halaman ini.', true);
    } else if (result.status === 403) {
      pesan('Peran Anda tidak dapat membuka bagian ini.', true);
    } else if (!galat(result)) {
      pesan('Terjadi kesalahan (' + result.status + '). Coba lagi.', true);
    }
  }

  function sel(tr, text, cls) {
    var td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '–' : String(text);
    if (cls) { td.className = cls; }
    tr.appendChild(td);
  }

  function filterQuery() {
    var q = [];
    [['category', 'kategori'], ['dtksStatus', 'dtks'], ['assessmentStatus', 'asesmen'], ['region', 'wilayah'],
      ['ageMin', 'usia-min'], ['ageMax', 'usia-max']].forEach(function (pair) {
      var v = $(pair[1]).value.trim();
      if (v) { q.push(pair[0] + '=' + encodeURIComponent(v)); }
    });
    return q.join('&');
  }

  function muatRekap() {
    return api('GET', '/api/vulnerable/summary').then(function (result) {
      if (result.status !== 200) { return; }
      $('rekap').hidden = false;
      var body = $('rekap-baris');
      body.textContent = '';
      function baris(target, r, nama) {
        var tr = document.createElement('tr');
        sel(tr, nama);
        ['registered', 'assessed', 'awaitingVerification', 'inDtks', 'notInDtks', 'unidentified', 'unmatched']
          .forEach(function (k) { sel(tr, r[k], 'angka'); });
        target.appendChild(tr);
      }
      result.data.rows.forEach(function (r) { baris(body, r, r.regencyName + ' (' + r.regencyCode + ')'); });
      var foot = $('rekap-jumlah');
      foot.textContent = '';
      baris(foot, result.data.totals, 'Jumlah');
    });
  }

  function muatDaftar() {
    galat(null);
    var q = filterQuery();
    return api('GET', '/api/vulnerable/entries?' + (q ? q + '&' : '') + 'page=' + halaman + '&size=' + UKURAN)
      .then(function (result) {
        if (result.status === 403) { $('daftar').hidden = true; return; }
        if (result.status !== 200) { gagal(result); return; }
        $('daftar').hidden = false;
        var body = $('baris');
        body.textContent = '';
        result.data.items.forEach(function (e) {
          var tr = document.createElement('tr');
          sel(tr, e.name);
          sel(tr, e.nik);
          sel(tr, JK[e.sex]);
          sel(tr, e.age, 'angka');
          sel(tr, e.villageCode);
          sel(tr, e.categories.map(function (c) {
            return c.label + (c.cause ? ' (' + c.cause + ')' : '');
          }).join('; '));
          sel(tr, e.dtksStatusLabel);
          sel(tr, e.assessmentStatusLabel);
          body.appendChild(tr);
        });
        var total = result.data.total;
        $('jumlah').textContent = total + ' orang sesuai filter.';
        var halamanTerakhir = Math.max(0, Math.ceil(total / UKURAN) - 1);
        $('nomor-halaman').textContent = 'Halaman ' + (halaman + 1) + ' dari ' + (halamanTerakhir + 1);
        $('sebelumnya').disabled = halaman === 0;
        $('berikutnya').disabled = halaman >= halamanTerakhir;
      });
  }

  function muatKategori() {
    return api('GET', '/api/vulnerable/categories').then(function (result) {
      if (result.status !== 200) { return; }
      result.data.forEach(function (c) {
        var o = document.createElement('option');
        o.value = c.code;
        o.textContent = c.label;
        $('kategori').appendChild(o);
        pilihanKategori(c);
      });
    });
  }

  // --- Registering a person of the registry (POST /api/vulnerable/entries) ---

  var dipilih = null; // the chosen person: {id, name}

  function isianRinci(div, id, label, control) {
    var wrap = document.createElement('div');
    var l = document.createElement('label');
    l.setAttribute('for', id);
    l.textContent = label;
    control.id = id;
    wrap.appendChild(l);
    wrap.appendChild(control);
    div.appendChild(wrap);
  }

  // One checkbox per category; an orphan asks which parent died, a category that needs a cause asks for it.
  function pilihanKategori(c) {
    var div = document.createElement('div');
    div.className = 'kategori';
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.id = 'kat-' + c.code;
    box.value = c.code;
    var label = document.createElement('label');
    label.setAttribute('for', box.id);
    label.textContent = ' ' + c.label;
    div.appendChild(box);
    div.appendChild(label);
    var rinci = document.createElement('div');
    rinci.className = 'rinci';
    rinci.hidden = true;
    if (c.code === 'ORPHAN') {
      var jenis = document.createElement('select');
      [['', '— pilih —'], ['FATHER', 'Ayah'], ['MOTHER', 'Ibu'], ['BOTH', 'Keduanya']].forEach(function (o) {
        var option = document.createElement('option');
        option.value = o[0];
        option.textContent = o[1];
        jenis.appendChild(option);
      });
      isianRinci(rinci, 'yatim-' + c.code, 'Orang tua yang meninggal', jenis);
    }
    if (c.needsCause) {
      var sebab = document.createElement('input');
      sebab.maxLength = 100;
      sebab.placeholder = 'mis. COVID-19';
      isianRinci(rinci, 'sebab-' + c.code, 'Penyebab', sebab);
    }
    if (rinci.childNodes.length) {
      div.appendChild(rinci);
      box.addEventListener('change', function () { rinci.hidden = !box.checked; });
    }
    $('pilihan-kategori').appendChild(div);
  }

  function cariOrang() {
    var teks = $('cari-orang').value.trim();
    if (!teks) { return; }
    var q = /^\d{16}$/.test(teks) ? 'nik=' + teks : 'q=' + encodeURIComponent(teks);
    api('GET', '/api/persons?' + q + '&size=10').then(function (result) {
      if (result.status !== 200) { gagal(result); return; }
      var body = $('hasil-cari-orang');
      body.textContent = '';
      result.data.items.forEach(function (p) {
        var tr = document.createElement('tr');
        sel(tr, p.name);
        sel(tr, p.nik);
        sel(tr, JK[p.sex]);
        sel(tr, p.birthDate);
        sel(tr, p.villageCode || p.districtCode);
        var td = document.createElement('td');
        var tombol = document.createElement('button');
        tombol.type = 'button';
        tombol.textContent = 'Pilih';
        tombol.addEventListener('click', function () { pilihOrang(p); });
        td.appendChild(tombol);
        tr.appendChild(td);
        body.appendChild(tr);
      });
      $('tabel-cari-orang').hidden = result.data.items.length === 0;
      $('hasil-cari-kosong').hidden = result.data.items.length > 0;
    });
  }

  function pilihOrang(p) {
    dipilih = { id: p.id, name: p.name };
    $('orang-dipilih').textContent = p.name + (p.nik ? ' (' + p.nik + ')' : '');
    $('form-daftar').hidden = false;
    $('galat-daftar').textContent = '';
  }

  function daftarkan() {
    if (!dipilih) { return; }
    var kategori = [];
    Array.prototype.forEach.call(document.querySelectorAll('#pilihan-kategori input[type=checkbox]'), function (b) {
      if (!b.checked) { return; }
      var c = { code: b.value };
      var jenis = $('yatim-' + b.value);
      var sebab = $('sebab-' + b.value);
      if (jenis && jenis.value) { c.orphanType = jenis.value; }
      if (sebab && sebab.value.trim()) { c.cause = sebab.value.trim(); }
      kategori.push(c);
    });
    var ul = $('galat-daftar');
    ul.textContent = '';
    api('POST', '/api/vulnerable/entries', { personId: dipilih.id, categories: kategori }).then(function (result) {
      if (result.status === 201) {
        pesan(dipilih.name + ' terdaftar di registri; asesmen kebutuhan dasarnya menunggu di Tasklist.');
        $('form-daftar').hidden = true;
        $('tabel-cari-orang').hidden = true;
        $('cari-orang').value = '';
        dipilih = null;
        Array.prototype.forEach.call(document.querySelectorAll('#pilihan-kategori input'), function (i) {
          if (i.type === 'checkbox') { i.checked = false; } else { i.value = ''; }
        });
        Array.prototype.forEach.call(document.querySelectorAll('#pilihan-kategori .rinci'), function (r) {
          r.hidden = true;
        });
        muatRekap();
        muatDaftar();
      } else if (result.status === 409) {
        pesan(dipilih.name + ' sudah terdaftar di registri ini.', true);
      } else if (result.status === 400 && result.data && result.data.errors) {
        result.data.errors.forEach(function (e) {
          var li = document.createElement('li');
          li.textContent = e.message;
          ul.appendChild(li);
        });
      } else {
        gagal(result);
      }
    });
  }

  function ekspor(format) {
    var tujuan = $('tujuan').value.trim();
    if (!tujuan) {
      tujuan = window.prompt('Tuliskan tujuan ekspor (wajib), misalnya: Usulan PBI JK ke Dinas Sosial.') || '';
      tujuan = tujuan.trim();
      $('tujuan').value = tujuan;
    }
    if (!tujuan) {
      pesan('Ekspor dibatalkan: tujuan ekspor wajib diisi.', true);
      return;
    }
    pesan('');
    galat(null);
    var q = filterQuery();
    fetch('/api/vulnerable/export?format=' + format + (q ? '&' + q : ''), {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': '*/*', 'X-Requested-With': 'XMLHttpRequest',
        'X-XSRF-TOKEN': csrfToken || '', 'X-Terpadu-Purpose': 'EXPORT' },
      body: JSON.stringify({ purpose: tujuan })
    }).then(function (response) {
      if (!response.ok) {
        return response.text().then(function (text) {
          var data = null;
          try { data = JSON.parse(text); } catch (e) { data = null; }
          gagal({ status: response.status, data: data });
        });
      }
      return response.blob().then(function (blob) {
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = 'daftar-serah-rentan.' + format;
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
        pesan('Ekspor selesai dan tercatat di log ekspor.');
      });
    });
  }

  function unggahDtks() {
    var berkas = $('dtks-berkas').files[0];
    if (!berkas) { $('dtks-hasil').textContent = 'Pilih berkas CSV lebih dulu.'; return; }
    var data = new FormData();
    data.append('file', berkas);
    $('dtks-hasil').textContent = 'Mengunggah dan memproses…';
    fetch('/api/import/dtks?wait=true', { method: 'POST', credentials: 'same-origin', body: data,
      headers: Terpadu.tujuan({ 'Accept': 'application/json, application/problem+json',
        'X-Requested-With': 'XMLHttpRequest', 'X-XSRF-TOKEN': csrfToken || '' }) })
      .then(function (response) {
        return response.text().then(function (text) {
          var job = null;
          try { job = JSON.parse(text); } catch (e) { job = null; }
          if (!response.ok || !job) {
            var alasan = job && job.errors ? job.errors.map(function (e) { return e.message; }).join(' ') : '';
            $('dtks-hasil').textContent = 'Berkas tidak dapat diimpor (' + response.status + '). ' + alasan;
            return;
          }
          $('dtks-hasil').textContent = 'Selesai: ' + job.imported + ' diperbarui, ' + job.skipped
            + ' tidak berubah, ' + job.rejected + ' ditolak.';
          if (job.rejected > 0) {
            var a = document.createElement('a');
            a.href = job.rejectedCsv;
            a.textContent = ' Unduh baris yang ditolak';
            $('dtks-hasil').appendChild(a);
          }
          muatRekap();
          muatDaftar();
        });
      });
  }

  $('dtks-unggah').addEventListener('click', unggahDtks);
  $('form-cari-orang').addEventListener('submit', function (ev) {
    ev.preventDefault();
    cariOrang();
  });
  $('simpan-daftar').addEventListener('click', daftarkan);
  $('filter').addEventListener('submit', function (ev) {
    ev.preventDefault();
    halaman = 0;
    muatDaftar();
  });
  $('sebelumnya').addEventListener('click', function () { halaman = Math.max(0, halaman - 1); muatDaftar(); });
  $('berikutnya').addEventListener('click', function () { halaman += 1; muatDaftar(); });
  Array.prototype.forEach.call(document.querySelectorAll('#ekspor button'), function (b) {
    b.addEventListener('click', function () { ekspor(b.getAttribute('data-format')); });
  });

  api('GET', '/api/csrf-token').then(function (result) {
    csrfToken = result.status === 200 && result.data ? result.data.token : null;
    return api('GET', '/api/me');
  }).then(function (me) {
    var groups = me && me.status === 200 && me.data ? (me.data.groups || me.data.groupIds || []) : [];
    var ids = groups.map(function (g) { return typeof g === 'string' ? g : g.id; });
    $('ekspor').hidden = !(ids.indexOf('supervisor') >= 0 || ids.indexOf('head') >= 0);
    $('dtks-impor').hidden = !(ids.indexOf('supervisor') >= 0 || ids.indexOf('camunda-admin') >= 0);
    $('daftarkan').hidden = !['intake', 'caseworker', 'supervisor', 'head'].some(function (g) {
      return ids.indexOf(g) >= 0;
    });
    return Promise.all([muatKategori(), muatRekap(), muatDaftar()]);
  }).then(function () {
    if ($('rekap').hidden && $('daftar').hidden) {
      pesan('Peran Anda tidak dapat membuka registri ini.', true);
    }
  });
})();
