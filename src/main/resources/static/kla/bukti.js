// Evidence upload for one KLA submission (/kla/bukti?pengajuan=<id>): lists the cluster's indicators and their
// evidence, uploads (multipart) and removes files through /api/kla. Uses the Camunda webapps' session.
(function () {
  'use strict';

  var csrfToken = null;
  var id = new URLSearchParams(window.location.search).get('pengajuan');

  function $(x) { return document.getElementById(x); }

  function el(tag, text) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    return e;
  }

  function pesan(text, salah) {
    var p = $('pesan');
    p.textContent = text;
    p.className = salah ? 'salah' : '';
    p.hidden = !text;
  }

  function kirim(method, path, body) {
    var headers = { 'Accept': 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' };
    if (method !== 'GET' && csrfToken) {
      headers['X-XSRF-TOKEN'] = csrfToken;
    }
    return fetch(path, { method: method, headers: Terpadu.tujuan(headers), credentials: 'same-origin', body: body })
      .then(function (response) {
        return response.text().then(function (text) {
          var data = null;
          try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
          return { status: response.status, data: data };
        });
      });
  }

  function gagal(result) {
    if (result.status === 401) {
      pesan('Sesi Anda berakhir. Silakan masuk kembali melalui halaman awal Camunda.', true);
    } else if (result.status === 403) {
      pesan('Anda tidak berwenang mengubah bukti isian ini.', true);
    } else if (result.status === 404) {
      pesan('Isian tidak ditemukan di wilayah Anda.', true);
    } else if (result.status === 409) {
      pesan('Isian sudah dikirim atau diterima; bukti tidak dapat diubah lagi.', true);
    } else if (result.status === 413) {
      pesan('Berkas terlalu besar.', true);
    } else {
      pesan('Terjadi kesalahan (' + result.status + '). Coba lagi.', true);
    }
  }

  function muat() {
    if (!id || !/^\d+$/.test(id)) {
      pesan('Alamat halaman tidak lengkap: buka halaman ini dari tautan di tugas Tasklist.', true);
      return;
    }
    kirim('GET', '/api/kla/submissions/' + id).then(function (result) {
      if (result.status !== 200) {
        gagal(result);
        return;
      }
      var s = result.data;
      $('judul').textContent = s.whose + ', klaster ' + s.cluster + ': ' + s.clusterName + '.';
      $('unggah').hidden = !s.mayUpload;
      var pilih = $('indikator');
      pilih.textContent = '';
      var tbody = $('indikator-daftar');
      tbody.textContent = '';
      s.indicators.forEach(function (i) {
        var opt = el('option', i.code + (i.evidenceRequired ? ' (bukti wajib)' : ''));
        opt.value = i.code;
        pilih.appendChild(opt);
        var tr = el('tr');
        tr.appendChild(el('td', i.code));
        tr.appendChild(el('td', i.name + (i.evidenceRequired ? ' (bukti wajib)' : '')));
        tr.appendChild(el('td', i.display));
        var td = el('td');
        if (i.evidence.length === 0) {
          td.textContent = '–';
        }
        i.evidence.forEach(function (e) {
          var div = el('div');
          var a = el('a', e.fileName);
          a.href = '/api/kla/evidence/' + e.id;
          a.target = '_blank';
          a.rel = 'noopener';
          div.appendChild(a);
          div.appendChild(document.createTextNode(' (' + Math.max(1, Math.round(e.sizeBytes / 1024)) + ' KB) '));
          if (s.mayUpload) {
            var hapus = el('button', 'Hapus');
            hapus.type = 'button';
            hapus.addEventListener('click', function () { hapusBukti(e.id); });
            div.appendChild(hapus);
          }
          td.appendChild(div);
        });
        tr.appendChild(td);
        tbody.appendChild(tr);
      });
    });
  }

  function unggah() {
    $('galat').textContent = '';
    var berkas = $('berkas').files[0];
    if (!berkas) {
      $('galat').appendChild(el('li', 'Pilih berkas bukti dukung.'));
      return;
    }
    var data = new FormData();
    data.append('indicatorCode', $('indikator').value);
    data.append('file', berkas);
    kirim('POST', '/api/kla/submissions/' + id + '/evidence', data).then(function (result) {
      if (result.status === 201) {
        pesan('Bukti ' + result.data.fileName + ' tersimpan.');
        $('berkas').value = '';
        muat();
      } else if ((result.status === 400 || result.status === 413) && result.data && result.data.errors
          && result.data.errors.length) {
        result.data.errors.forEach(function (e) { $('galat').appendChild(el('li', e.message)); });
      } else {
        gagal(result);
      }
    });
  }

  function hapusBukti(evidenceId) {
    kirim('DELETE', '/api/kla/evidence/' + evidenceId).then(function (result) {
      if (result.status === 204) {
        pesan('Bukti dihapus.');
        muat();
      } else {
        gagal(result);
      }
    });
  }

  $('tombol-unggah').addEventListener('click', unggah);
  fetch('/camunda/api/engine/engine/', { credentials: 'same-origin' })
    .then(ambilToken, ambilToken)
    .then(muat, muat);

  function ambilToken() {
    return kirim('GET', '/api/csrf-token').then(function (result) {
      csrfToken = result.status === 200 && result.data ? result.data.token : null;
    });
  }
})();
