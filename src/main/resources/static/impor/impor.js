// Impor data: uploads a CSV file of the chosen kind (persons, historical cases, outreach visits) to
// /api/import/<kind> on the Camunda webapps' session, then polls the job and shows its progress, counts, rejected
// rows and the link to the rejected-rows CSV.
(function () {
  'use strict';

  var csrfToken = null;
  var batas = 0;
  var timer = null;
  var SATUAN = { persons: 'orang baru', cases: 'kasus baru', outreach: 'kunjungan baru' };

  function $(id) { return document.getElementById(id); }

  function api(path) {
    return fetch(path, { credentials: 'same-origin',
      headers: { 'Accept': 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' } })
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
    .then(ambilBatas, ambilBatas);
})();
