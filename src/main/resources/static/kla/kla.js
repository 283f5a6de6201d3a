// Penilaian KLA: rounds, progress, results, a bar chart per cluster (SVG drawn here, no library) and the CSV export.
// Uses the Camunda webapps' session; state-changing calls send the X-XSRF-TOKEN header read from /api/csrf-token.
(function () {
  'use strict';

  var STATUS = { OPEN: 'Belum diisi', RETURNED: 'Dikembalikan', SUBMITTED: 'Menunggu verifikasi', ACCEPTED: 'Diterima',
    COMPLETED: 'Selesai' };
  var MENUNGGU = { DISTRICT: 'kecamatan', REGENCY: 'kabupaten/kota', VERIFIER: 'verifikator' };
  var csrfToken = null;

  function $(id) { return document.getElementById(id); }

  function api(method, path, body) {
    var headers = { 'Accept': 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET' && csrfToken) {
      headers['X-XSRF-TOKEN'] = csrfToken;
    }
    return fetch(path, { method: method, headers: Terpadu.tujuan(headers), credentials: 'same-origin',
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
    } else if (result.status === 403) {
      pesan('Anda tidak berwenang melihat atau mengubah data ini.', true);
    } else if (result.status === 404) {
      pesan('Data tidak ditemukan di wilayah Anda.', true);
    } else {
      pesan('Terjadi kesalahan (' + result.status + '). Coba lagi.', true);
    }
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    if (cls) {
      e.className = cls;
    }
    return e;
  }

  function tanggal(iso) {
    if (!iso) {
      return '–';
    }
    return new Date(iso).toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' });
  }

  function angka(x) {
    return x === null || x === undefined ? '–' : Number(x).toLocaleString('id-ID', { maximumFractionDigits: 1 });
  }

  function muatPutaran() {
    return api('GET', '/api/kla/rounds').then(function (result) {
      if (result.status !== 200) {
        gagal(result);
        return;
      }
      var tbody = $('putaran');
      tbody.textContent = '';
      $('kosong').hidden = result.data.length > 0;
      result.data.forEach(function (r) {
        var tr = el('tr');
        tr.appendChild(el('td', r.label));
        tr.appendChild(el('td', r.regencyName));
        tr.appendChild(el('td', String(r.year)));
        tr.appendChild(el('td', r.status === 'OPEN' ? 'Berjalan' : 'Selesai'));
        var td = el('td');
        var b = el('button', 'Lihat');
        b.type = 'button';
        b.addEventListener('click', function () { lihat(r); });
        td.appendChild(b);
        tr.appendChild(td);
        tbody.appendChild(tr);
      });
    });
  }

  function lihat(round) {
    pesan('');
    $('rincian').hidden = false;
    $('judul-rincian').textContent = round.regencyName + ', tahun ' + round.year;
    api('GET', '/api/kla/rounds/' + round.id + '/progress').then(function (result) {
      if (result.status !== 200) {
        gagal(result);
        return;
      }
      var p = result.data;
      $('ringkasan-kemajuan').textContent = p.accepted + ' dari ' + p.total + ' klaster diterima; ' + p.late
        + ' terlambat.';
      var tbody = $('kemajuan');
      tbody.textContent = '';
      p.rows.forEach(function (row) {
        var tr = el('tr');
        tr.appendChild(el('td', row.districtName ? row.districtName + ' (' + row.districtCode + ')' : 'Kabupaten/kota'));
        tr.appendChild(el('td', row.cluster + ' ' + row.clusterName));
        tr.appendChild(el('td', STATUS[row.status] || row.status));
        tr.appendChild(el('td', row.waitingFor ? MENUNGGU[row.waitingFor] : '–'));
        tr.appendChild(el('td', tanggal(row.dueAt) + (row.late ? ' (terlambat)' : ''), row.late ? 'terlambat' : ''));
        tr.appendChild(el('td', String(row.returnCount), 'angka'));
        tbody.appendChild(tr);
      });
    });
    api('GET', '/api/kla/rounds/' + round.id + '/results').then(function (result) {
      $('bagian-hasil').hidden = result.status !== 200;
      if (result.status === 200) {
        tampilkanHasil(round, result.data);
      }
    });
  }

  function tampilkanHasil(round, r) {
    var predikat = r.predicate ? 'predikat ' + r.predicate : 'belum mencapai predikat';
    var teks = 'Nilai kabupaten/kota: ' + angka(r.regencyTotal) + ' dari 1.000 (' + predikat + ')'
      + (r.provisional ? ', sementara: belum semua klaster diterima.' : '.');
    if (r.previous) {
      var selisih = r.regencyTotal - r.previous.regencyTotal;
      teks += ' Tahun ' + r.previous.year + ': ' + angka(r.previous.regencyTotal)
        + (r.previous.predicate ? ' (' + r.previous.predicate + ')' : '') + ', perubahan '
        + (selisih >= 0 ? '+' : '') + angka(selisih) + '.';
    }
    $('ringkasan-hasil').textContent = teks;
    $('pita').textContent = 'Pita predikat: ' + r.bands.map(function (b) {
      return b.name + ' ' + b.min + '–' + b.max;
    }).join(', ') + '.';

    var head = $('kepala-hasil');
    head.textContent = '';
    var hr = el('tr');
    hr.appendChild(el('th', 'Kecamatan'));
    [1, 2, 3, 4, 5].forEach(function (c) { hr.appendChild(el('th', 'Klaster ' + c, 'angka')); });
    hr.appendChild(el('th', 'Jumlah', 'angka'));
    hr.appendChild(el('th', 'Tahun lalu', 'angka'));
    head.appendChild(hr);
    var tbody = $('hasil');
    tbody.textContent = '';
    r.districts.forEach(function (d) {
      var tr = el('tr');
      tr.appendChild(el('td', d.districtName + ' (' + d.districtCode + ')'));
      [1, 2, 3, 4, 5].forEach(function (c) {
        var cl = d.clusters.filter(function (x) { return x.cluster === c; })[0];
        tr.appendChild(el('td', cl ? angka(cl.points) + ' / ' + cl.maxPoints : '–', 'angka'));
      });
      tr.appendChild(el('td', angka(d.total) + ' / ' + d.maxTotal, 'angka'));
      tr.appendChild(el('td', angka(d.previousTotal), 'angka'));
      tbody.appendChild(tr);
    });
    var inst = el('tr');
    inst.appendChild(el('td', 'Kelembagaan (kabupaten/kota): ' + angka(r.institutional.points) + ' / '
      + r.institutional.maxPoints));
    tbody.appendChild(inst);

    $('unduh-csv').href = '/api/kla/rounds/' + round.id + '/export.csv';
    $('unduh-xlsx').href = '/api/kla/rounds/' + round.id + '/export.xlsx';
    gambarGrafik(r);
  }

  // One horizontal bar chart per cluster: each district's achievement (0-100 %) of that cluster.
  function gambarGrafik(r) {
    var wadah = $('grafik');
    wadah.textContent = '';
    var NS = 'http://www.w3.org/2000/svg';
    [1, 2, 3, 4, 5].forEach(function (c) {
      var nama = r.regencyClusters.filter(function (x) { return x.cluster === c; })[0];
      var div = el('div', null, 'grafik');
      div.appendChild(el('h4', 'Klaster ' + c + ': ' + (nama ? nama.clusterName : '')));
      var barisTinggi = 22;
      var lebarLabel = 160;
      var lebarBatang = 360;
      var svg = document.createElementNS(NS, 'svg');
      var tinggi = r.districts.length * barisTinggi + 24;
      svg.setAttribute('width', String(lebarLabel + lebarBatang + 60));
      svg.setAttribute('height', String(tinggi));
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', 'Capaian klaster ' + c + ' per kecamatan');
      r.districts.forEach(function (d, i) {
        var cl = d.clusters.filter(function (x) { return x.cluster === c; })[0];
        var capaian = cl ? cl.achievement : 0;
        var y = i * barisTinggi + 4;
        var label = document.createElementNS(NS, 'text');
        label.setAttribute('x', '0');
        label.setAttribute('y', String(y + 14));
        label.textContent = d.districtName;
        svg.appendChild(label);
        var latar = document.createElementNS(NS, 'rect');
        latar.setAttribute('x', String(lebarLabel));
        latar.setAttribute('y', String(y));
        latar.setAttribute('width', String(lebarBatang));
        latar.setAttribute('height', '16');
        latar.setAttribute('fill', '#eee');
        svg.appendChild(latar);
        var batang = document.createElementNS(NS, 'rect');
        batang.setAttribute('x', String(lebarLabel));
        batang.setAttribute('y', String(y));
        batang.setAttribute('width', String(Math.round(lebarBatang * Math.max(0, Math.min(100, capaian)) / 100)));
        batang.setAttribute('height', '16');
        batang.setAttribute('fill', cl && cl.status === 'ACCEPTED' ? '#1b5e9b' : '#9bb7d4');
        svg.appendChild(batang);
        var nilai = document.createElementNS(NS, 'text');
        nilai.setAttribute('x', String(lebarLabel + lebarBatang + 6));
        nilai.setAttribute('y', String(y + 14));
        nilai.textContent = angka(capaian) + ' %';
        svg.appendChild(nilai);
      });
      div.appendChild(svg);
      wadah.appendChild(div);
    });
  }

  function buka() {
    var kode = $('kabupaten').value.trim();
    var tahun = parseInt($('tahun').value, 10);
    $('galat-buka').textContent = '';
    api('POST', '/api/kla/rounds', { regencyCode: kode, year: isNaN(tahun) ? null : tahun }).then(function (result) {
      if (result.status === 201) {
        pesan('Putaran penilaian ' + result.data.label + ' dibuka: tugas sudah dikirim ke kecamatan.');
        muatPutaran();
      } else if (result.status === 400 && result.data && result.data.errors) {
        result.data.errors.forEach(function (e) { $('galat-buka').appendChild(el('li', e.message)); });
      } else if (result.status === 409 && result.data && result.data.code === 'KLA_ROUND_EXISTS') {
        pesan('Putaran penilaian untuk tahun itu sudah ada.', true);
      } else if (result.status === 409 && result.data && result.data.code === 'KLA_NO_DISTRICTS') {
        pesan('Belum ada grup kecamatan (kecamatan-<kode>) untuk kabupaten/kota ini. Buat di Camunda Admin.', true);
      } else {
        gagal(result);
      }
    });
  }

  function ambilToken() {
    return api('GET', '/api/csrf-token').then(function (result) {
      csrfToken = result.status === 200 && result.data ? result.data.token : null;
    });
  }

  $('tahun').value = String(new Date().getFullYear());
  $('tombol-buka').addEventListener('click', buka);
  api('GET', '/api/me').then(function (result) {
    var groups = result.status === 200 && result.data && result.data.groups ? result.data.groups : [];
    $('buka').hidden = !groups.some(function (g) { return g === 'kla-verifier' || g === 'head'; });
    var kabupaten = (result.data && result.data.scope ? result.data.scope : []).filter(function (c) {
      return c.length === 4;
    });
    if (kabupaten.length === 1) {
      $('kabupaten').value = kabupaten[0];
    }
  });
  fetch('/camunda/api/engine/engine/', { credentials: 'same-origin' })
    .then(ambilToken, ambilToken)
    .then(muatPutaran, muatPutaran);
})();
