// Impor data: uploads a CSV file of the chosen kind (persons, historical cases, outreach visits) to
// /api/import/<kind> on the Camunda webapps' session, then polls the job and shows its progress, counts, rejected
// rows and the link to the rejected-rows CSV.
(function () {
  'use strict';

  var csrfToken = null;
  var batas = 0;
  var timer = null;
  var SATUAN = { persons: 'orang baru', cases: 'kasus baru', outreach: 'kunjungan baru',
    dtks: 'status DTKS diperbarui' };
  var RISIKO = { HIGH: 'Tinggi', MEDIUM: 'Sedang', LOW: 'Rendah' };
  var PER_HALAMAN = 20;
  var halamanAmbilAlih = 0;

  function $(id) { return document.getElementById(id); }

  function api(path, method) {
    var headers = { 'Accept': 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' };
    if (method && csrfToken) {
      headers['X-XSRF-TOKEN'] = csrfToken;
    }
    return fetch(path, { method: method || 'GET', credentials: 'same-origin', headers: Terpadu.tujuan(headers) })
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

  function galat(list) {
    var ul = $('galat');
    ul.textContent = '';
    list.forEach(function (text) {
      var li = document.createElement('li');
      li.textContent = text;
      ul.appendChild(li);
    });
  }

  function ukuran(bytes) {
    if (bytes >= 1024 * 1024) {
      return Math.round(bytes / (1024 * 1024)) + ' MB';
    }
    return Math.round(bytes / 1024) + ' KB';
  }

  function gagal(status, data) {
    if (status === 401) {
      pesan('Sesi Anda berakhir. Silakan masuk kembali melalui halaman awal Camunda.', true);
    } else if (status === 403 && data && data.code === 'CSRF_TOKEN_INVALID') {
      pesan('Sesi perlu disegarkan. Muat ulang halaman ini, lalu unggah kembali.', true);
    } else if (status === 403) {
      pesan('Impor data hanya untuk supervisor dan administrator.', true);
    } else if (status === 404) {
      pesan('Proses impor tidak ditemukan.', true);
    } else if (status === 413) {
      pesan('Berkas terlalu besar' + (batas ? ' (paling besar ' + ukuran(batas) + ')' : '') + '.', true);
    } else if (status === 0) {
      pesan('Koneksi terputus saat mengunggah. Periksa jaringan lalu coba lagi.', true);
    } else {
      pesan('Terjadi kesalahan (' + status + '). Coba lagi.', true);
    }
  }

  function tampilkan(job) {
    $('pekerjaan').hidden = false;
    $('nama-berkas').textContent = job.fileName ? '— ' + job.fileName : '';
    $('total').textContent = job.total;
    $('diproses').textContent = job.processed;
    $('diimpor').textContent = job.imported;
    $('dilewati').textContent = job.skipped;
    $('ditolak').textContent = job.rejected;
    var kemajuan = $('kemajuan');
    kemajuan.max = Math.max(job.total, 1);
    kemajuan.value = job.processed;
    $('tahap').textContent = job.status === 'RUNNING' ? 'Sedang diproses…'
      : job.status === 'DONE' ? 'Selesai.' : 'Gagal: impor dihentikan. Unggah ulang berkas yang sama; baris yang sudah masuk akan dilewati.';
    var body = $('daftar-kesalahan');
    body.textContent = '';
    (job.errors || []).forEach(function (e) {
      var tr = document.createElement('tr');
      [String(e.line), e.message].forEach(function (text) {
        var td = document.createElement('td');
        td.textContent = text;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    $('kesalahan').hidden = !(job.errors && job.errors.length);
    $('lebih').hidden = !job.moreErrors;
    $('unduh').hidden = !(job.rejected > 0);
    $('tautan-ditolak').href = job.rejectedCsv;
  }

  function pantau(jobId) {
    api('/api/import/jobs/' + encodeURIComponent(jobId)).then(function (result) {
      if (result.status !== 200) {
        gagal(result.status, result.data);
        selesai();
        return;
      }
      tampilkan(result.data);
      if (result.data.status === 'RUNNING') {
        timer = setTimeout(function () { pantau(jobId); }, 1000);
      } else {
        if (result.data.kind === 'cases') {
          muatAmbilAlih(0);
        }
        pesan(result.data.status === 'DONE' ? 'Impor selesai: ' + result.data.imported + ' '
          + (SATUAN[result.data.kind] || 'baris baru') + ', '
          + result.data.skipped + ' dilewati, ' + result.data.rejected + ' ditolak.' : 'Impor gagal.',
          result.data.status !== 'DONE');
        selesai();
      }
    });
  }

  function selesai() {
    $('kirim').disabled = !$('berkas').files.length;
  }

  function kirim() {
    var file = $('berkas').files[0];
    if (!file) {
      return;
    }
    galat([]);
    pesan('');
    if (batas && file.size > batas) {
      gagal(413);
      return;
    }
    if (timer) {
      clearTimeout(timer);
    }
    $('kirim').disabled = true;
    $('pekerjaan').hidden = false;
    $('tahap').textContent = 'Mengunggah…';
    var form = new FormData();
    form.append('file', file, file.name);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/import/' + encodeURIComponent($('jenis').value));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    if (csrfToken) {
      xhr.setRequestHeader('X-XSRF-TOKEN', csrfToken);
    }
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        $('kemajuan').max = e.total;
        $('kemajuan').value = e.loaded;
        $('tahap').textContent = e.loaded < e.total ? 'Mengunggah… ' + Math.round(100 * e.loaded / e.total) + '%'
          : 'Memeriksa berkas…';
      }
    };
    xhr.onload = function () {
      var data = null;
      try { data = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch (e) { data = null; }
      if (xhr.status === 202 || xhr.status === 200) {
        tampilkan(data);
        pantau(data.jobId);
      } else if (xhr.status === 400 && data && data.errors) {
        $('pekerjaan').hidden = true;
        pesan('Berkas tidak dapat diimpor; tidak ada data yang disimpan.', true);
        galat(data.errors.map(function (e) { return e.message; }));
        selesai();
      } else {
        $('pekerjaan').hidden = true;
        gagal(xhr.status, data);
        selesai();
      }
    };
    xhr.onerror = function () {
      $('pekerjaan').hidden = true;
      gagal(0);
      selesai();
    };
    xhr.send(form);
  }

  function pilihJenis() {
    var jenis = $('jenis').value;
    Array.prototype.forEach.call(document.querySelectorAll('.kolom'), function (p) {
      p.hidden = p.getAttribute('data-jenis') !== jenis;
    });
  }

  // Open imported cases wait for the unit to take them up: their process starts at triage then.
  function sel(tr, text) {
    var td = document.createElement('td');
    td.textContent = text == null ? '' : text;
    tr.appendChild(td);
    return td;
  }

  function muatAmbilAlih(halaman) {
    api('/api/cases?awaitingTakeUp=true&size=' + PER_HALAMAN + '&page=' + halaman).then(function (result) {
      if (result.status !== 200 || !result.data) {
        $('ambil-alih').hidden = true; // a role that reads no cases (administrators)
        return;
      }
      var data = result.data;
      if (data.items.length === 0 && halaman > 0 && data.total > 0) {
        muatAmbilAlih(Math.max(0, Math.ceil(data.total / PER_HALAMAN) - 1));
        return;
      }
      halamanAmbilAlih = halaman;
      $('ambil-alih').hidden = false;
      var body = $('daftar-ambil-alih');
      body.textContent = '';
      data.items.forEach(function (c) {
        var tr = document.createElement('tr');
        sel(tr, c.caseNumber);
        sel(tr, c.receivedAt ? new Date(c.receivedAt).toLocaleDateString('id-ID',
          { day: 'numeric', month: 'long', year: 'numeric' }) : '');
        sel(tr, c.primaryCategory);
        sel(tr, RISIKO[c.riskLevel] || c.riskLevel);
        var tombol = document.createElement('button');
        tombol.type = 'button';
        tombol.textContent = 'Tangani';
        tombol.addEventListener('click', function () { tangani(c, tombol); });
        sel(tr, null).appendChild(tombol);
        body.appendChild(tr);
      });
      $('kosong-ambil-alih').hidden = data.total > 0;
      $('tabel-ambil-alih').hidden = data.total === 0;
      var halamanTerakhir = Math.max(0, Math.ceil(data.total / PER_HALAMAN) - 1);
      $('halaman-ambil-alih').hidden = halamanTerakhir === 0;
      $('posisi-ambil-alih').textContent = 'Halaman ' + (halaman + 1) + ' dari ' + (halamanTerakhir + 1)
        + ' (' + data.total + ' kasus)';
      $('sebelumnya').disabled = halaman === 0;
      $('berikutnya').disabled = halaman >= halamanTerakhir;
    });
  }

  function tangani(kasus, tombol) {
    tombol.disabled = true;
    api('/api/cases/' + encodeURIComponent(kasus.id) + '/take-up', 'POST').then(function (result) {
      if (result.status === 201) {
        pesan('Kasus ' + kasus.caseNumber + ' kini ditangani: tugas triase menunggu di Tasklist (Antrian Tim Saya).');
      } else if (result.status === 409) {
        pesan('Kasus ' + kasus.caseNumber + ' sudah ditangani atau sudah ditutup.', true);
      } else if (result.status === 404) {
        pesan('Kasus ' + kasus.caseNumber + ' tidak ditemukan di wilayah kerja Anda.', true);
      } else if (result.status === 403 && !(result.data && result.data.code === 'CSRF_TOKEN_INVALID')) {
        pesan('Hanya supervisor dan kepala unit yang dapat menangani kasus historis.', true);
      } else {
        gagal(result.status, result.data);
      }
      muatAmbilAlih(halamanAmbilAlih);
    }, function () {
      gagal(0);
      tombol.disabled = false;
    });
  }

  $('sebelumnya').addEventListener('click', function () { muatAmbilAlih(halamanAmbilAlih - 1); });
  $('berikutnya').addEventListener('click', function () { muatAmbilAlih(halamanAmbilAlih + 1); });

  $('jenis').addEventListener('change', pilihJenis);
  pilihJenis();
  $('berkas').addEventListener('change', selesai);
  $('kirim').addEventListener('click', kirim);

  // The session's CSRF token: any call to the webapps' API makes them issue one if the session has none; its
  // cookie is only visible below /camunda, so the page reads it from /api/csrf-token.
  function ambilToken() {
    return api('/api/csrf-token').then(function (result) {
      csrfToken = result.status === 200 && result.data ? result.data.token : null;
    });
  }
  function ambilBatas() {
    return api('/api/import/limits').then(function (result) {
      if (result.status === 200 && result.data) {
        batas = result.data.maxFileSize;
        $('batas').textContent = 'Ukuran berkas paling besar ' + ukuran(batas) + '.';
      } else if (result.status === 403 || result.status === 401) {
        gagal(result.status, result.data);
      }
    });
  }
  fetch('/camunda/api/engine/engine/', { credentials: 'same-origin' })
    .then(ambilToken, ambilToken)
    .then(ambilBatas, ambilBatas)
    .then(function () { muatAmbilAlih(0); });
})();
