// Pemindahan Kasus: propose a transfer (POST /api/cases/{id}/transfer), list transfers into and out of the caller's
// region (GET /api/case-transfers), withdraw an outgoing proposal, accept or decline an incoming one.
(function () {
  'use strict';
  var T = window.Terpadu;
  var tombol = T.tombol;
  var STATUS = { PROPOSED: 'Menunggu keputusan', ACCEPTED: 'Diterima', DECLINED: 'Ditolak', WITHDRAWN: 'Ditarik' };
  var FIELDS = { toRegency: 'kabupaten', reason: 'alasan', districtCode: 'kecamatan', villageCode: 'desa' };
  var me = null;
  var names = {};

  function dalamWilayah(code) {
    return !!me && !!code && me.scope.some(function (s) { return code.indexOf(s) === 0; });
  }

  function bolehMemutuskan() {
    return !!me && me.groups.some(function (g) { return g === 'supervisor' || g === 'head'; });
  }

  function namaWilayah(code) {
    if (!code) {
      return Promise.resolve('—');
    }
    if (!names[code]) {
      names[code] = T.api('GET', '/api/regions/' + encodeURIComponent(code)).then(function (result) {
        return result.status === 200 && result.data ? result.data.name : code;
      });
    }
    return names[code];
  }

  function isiPilihan(select, regions, kosong) {
    select.textContent = '';
    var first = document.createElement('option');
    first.value = '';
    first.textContent = kosong;
    select.appendChild(first);
    regions.forEach(function (r) {
      var o = document.createElement('option');
      o.value = r.code;
      o.textContent = r.name;
      select.appendChild(o);
    });
    select.disabled = regions.length === 0;
  }

  function anakWilayah(code, select, kosong) {
    isiPilihan(select, [], kosong);
    if (!code) {
      return Promise.resolve();
    }
    return T.api('GET', '/api/regions/' + encodeURIComponent(code) + '/children').then(function (result) {
      isiPilihan(select, result.status === 200 ? result.data : [], kosong);
    });
  }

  function galat(list) {
    var ul = T.$('galat');
    ul.textContent = '';
    Object.keys(FIELDS).forEach(function (f) { T.$(FIELDS[f]).removeAttribute('aria-invalid'); });
    T.$('nomor').removeAttribute('aria-invalid');
    list.forEach(function (e) {
      var li = document.createElement('li');
      li.textContent = e.message;
      ul.appendChild(li);
      var id = e.field === 'caseNumber' ? 'nomor' : FIELDS[e.field];
      if (id) {
        T.$(id).setAttribute('aria-invalid', 'true');
      }
    });
  }

  function gagalPemindahan(result) {
    var code = result.data && result.data.code;
    if (result.status === 409 && code === 'TRANSFER_PENDING') {
      T.pesan('Kasus ini sudah memiliki usulan pemindahan yang belum diputuskan.', true);
    } else if (result.status === 409 && code === 'TRANSFER_NOT_PENDING') {
      T.pesan('Usulan ini sudah diputuskan atau ditarik sebelumnya.', true);
      muatDaftar();
    } else if (result.status === 409 && code === 'CASE_CLOSED') {
      T.pesan('Kasus ini sudah ditutup. Kasus yang sudah ditutup tidak dapat dipindahkan; usulannya hanya dapat'
        + ' ditolak atau ditarik.', true);
    } else if (result.status === 400 && result.data && result.data.errors) {
      galat(result.data.errors);
      T.pesan('Periksa kembali isian usulan.', true);
    } else {
      T.gagal(result);
    }
  }

  function usulkan(event) {
    event.preventDefault();
    T.pesan('');
    var nomor = T.$('nomor').value.trim();
    if (!nomor) {
      galat([{ field: 'caseNumber', message: 'Nomor kasus wajib diisi.' }]);
      return;
    }
    galat([]);
    T.api('GET', '/api/cases?size=5&q=' + encodeURIComponent(nomor)).then(function (found) {
      if (found.status !== 200) {
        T.gagal(found);
        return null;
      }
      var theCase = (found.data.items || []).filter(function (c) { return c.caseNumber === nomor; })[0];
      if (!theCase) {
        galat([{ field: 'caseNumber', message: 'Tidak ada kasus dengan nomor ini di wilayah kerja Anda.' }]);
        return null;
      }
      return T.api('POST', '/api/cases/' + theCase.id + '/transfer', {
        toRegency: T.$('kabupaten').value || null,
        districtCode: T.$('kecamatan').value || null,
        villageCode: T.$('desa').value || null,
        reason: T.$('alasan').value
      });
    }).then(function (result) {
      if (!result) {
        return;
      }
      if (result.status === 201) {
        T.pesan('Usulan pemindahan kasus ' + result.data.caseNumber + ' terkirim. Unit tujuan akan memutuskannya.');
        T.$('form-usul').reset();
        isiPilihan(T.$('kabupaten'), [], '— pilih —');
        isiPilihan(T.$('kecamatan'), [], '— tidak diketahui —');
        isiPilihan(T.$('desa'), [], '— tidak diketahui —');
        muatDaftar();
      } else {
        gagalPemindahan(result);
      }
    });
  }

  /** Asks for a note in the dialog; resolves with the note, or null when cancelled. */
  function mintaCatatan(judul, label, wajib) {
    var dialog = T.$('dialog-catatan');
    T.$('judul-catatan').textContent = judul;
    T.$('label-catatan').textContent = label;
    T.$('catatan').value = '';
    T.$('catatan').required = wajib;
    return new Promise(function (resolve) {
      dialog.addEventListener('close', function tutup() {
        dialog.removeEventListener('close', tutup);
        resolve(dialog.returnValue === 'ok' ? T.$('catatan').value.trim() : null);
      });
      dialog.showModal();
    });
  }

  function tindakan(t, action, body, berhasil) {
    T.pesan('');
    T.api('POST', '/api/case-transfers/' + t.id + '/' + action, body).then(function (result) {
      if (result.status === 200) {
        T.pesan(berhasil);
        muatDaftar();
      } else {
        gagalPemindahan(result);
      }
    });
  }

  function tombolTindakan(t) {
    var span = document.createElement('span');
    span.className = 'aksi';
    if (t.status !== 'PROPOSED' || !bolehMemutuskan()) {
      span.textContent = '—';
      return span;
    }
    if (dalamWilayah(t.fromRegency)) {
      span.appendChild(tombol('Tarik usulan', function () {
        mintaCatatan('Tarik usulan pemindahan ' + t.caseNumber, 'Catatan (tidak wajib)', false).then(function (note) {
          if (note !== null) {
            tindakan(t, 'withdraw', { note: note || null }, 'Usulan pemindahan ' + t.caseNumber + ' ditarik.');
          }
        });
      }));
    }
    if (dalamWilayah(t.toRegency)) {
      span.appendChild(tombol('Terima', function () {
        if (window.confirm('Terima kasus ' + t.caseNumber + '? Kasus dan tugas-tugasnya pindah ke unit Anda.')) {
          tindakan(t, 'accept', undefined, 'Kasus ' + t.caseNumber + ' diterima. Tetapkan pekerja sosialnya di'
            + ' Tasklist.');
        }
      }));
      span.appendChild(tombol('Tolak', function () {
        mintaCatatan('Tolak pemindahan ' + t.caseNumber, 'Alasan menolak (wajib)', true).then(function (note) {
          if (note !== null) {
            tindakan(t, 'decline', { note: note }, 'Pemindahan kasus ' + t.caseNumber + ' ditolak.');
          }
        });
      }));
    }
    if (!span.firstChild) {
      span.textContent = '—';
    }
    return span;
  }

  function muatDaftar() {
    return T.api('GET', '/api/case-transfers').then(function (result) {
      var body = T.$('baris-pemindahan');
      body.textContent = '';
      if (result.status === 403) {
        T.pesan('Pemindahan kasus diusulkan dan diputuskan oleh supervisor atau kepala unit.', true);
        return;
      }
      if (result.status !== 200) {
        T.gagal(result);
        return;
      }
      T.$('kosong').hidden = result.data.length > 0;
      result.data.forEach(function (t) {
        var tr = document.createElement('tr');
        tr.dataset.transfer = t.id;
        T.sel(tr, t.caseNumber);
        var dari = T.sel(tr, t.fromRegency);
        var ke = T.sel(tr, t.toRegency);
        namaWilayah(t.fromRegency).then(function (n) { dari.textContent = n; });
        namaWilayah(t.toRegency).then(function (n) { ke.textContent = n; });
        T.sel(tr, STATUS[t.status] || t.status);
        T.sel(tr, T.tanggal(t.proposedAt) + ' oleh ' + t.proposedBy);
        T.sel(tr, t.decidedAt ? T.tanggal(t.decidedAt) + ' oleh ' + t.decidedBy : '—');
        T.sel(tr, tombolTindakan(t));
        body.appendChild(tr);
      });
    });
  }

  T.$('provinsi').addEventListener('change', function () {
    anakWilayah(T.$('provinsi').value, T.$('kabupaten'), '— pilih —');
    isiPilihan(T.$('kecamatan'), [], '— tidak diketahui —');
    isiPilihan(T.$('desa'), [], '— tidak diketahui —');
  });
  T.$('kabupaten').addEventListener('change', function () {
    anakWilayah(T.$('kabupaten').value, T.$('kecamatan'), '— tidak diketahui —');
    isiPilihan(T.$('desa'), [], '— tidak diketahui —');
  });
  T.$('kecamatan').addEventListener('change', function () {
    anakWilayah(T.$('kecamatan').value, T.$('desa'), '— tidak diketahui —');
  });
  T.$('form-usul').addEventListener('submit', usulkan);

  T.siap().then(function () {
    return T.api('GET', '/api/me');
  }).then(function (result) {
    if (result.status !== 200) {
      T.gagal(result);
      return;
    }
    me = result.data;
    if (bolehMemutuskan()) {
      T.$('usul').hidden = false;
      T.api('GET', '/api/regions').then(function (provinces) {
        isiPilihan(T.$('provinsi'), provinces.status === 200 ? provinces.data : [], '— pilih —');
        T.$('provinsi').disabled = false;
      });
    }
    muatDaftar();
  });
})();
