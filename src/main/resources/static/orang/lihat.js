// Data Orang: one person (GET /api/persons/{id}) with warnings, services received, relationships and merges.
(function () {
  'use strict';
  var O = window.Orang;
  var id = new URLSearchParams(window.location.search).get('id');

  function isi(elId, text) {
    O.$(elId).textContent = text === null || text === undefined || text === '' ? '—' : text;
  }

  function muat() {
    if (!/^\d+$/.test(id || '')) {
      O.pesan('Alamat halaman tidak lengkap: id orang tidak ada.', true);
      return Promise.resolve();
    }
    return O.api('GET', '/api/persons/' + id).then(function (result) {
      if (result.status !== 200) {
        O.gagal(result);
        O.$('data').hidden = true;
        return;
      }
      tampilkan(result.data);
    });
  }

  function tampilkan(d) {
    var p = d.person;
    O.$('nama').textContent = p.name || '(tanpa nama)';
    document.title = (p.name || 'Data Orang') + ' — Terpadu';
    isi('nik', p.nik ? p.nik + (p.nikMasked ? ' (disamarkan)' : '') : 'belum ada');
    isi('kk', p.kk);
    isi('kelamin', O.kelamin(p.sex));
    isi('lahir', (p.birthPlace ? p.birthPlace + ', ' : '') + O.tanggal(p.birthDate));
    isi('alamat', p.address);
    isi('wilayah', p.villageCode || p.districtCode);
    isi('telepon', p.phone);
    isi('disabilitas', p.disability);

    var gabung = O.$('digabung');
    gabung.textContent = '';
    if (p.mergedIntoId) {
      gabung.appendChild(document.createTextNode('Data ini sudah digabungkan ke data lain. '));
      gabung.appendChild(O.tautan('/orang/lihat?id=' + p.mergedIntoId, 'Buka data yang dipakai'));
    }
    gabung.hidden = !p.mergedIntoId;

    var peringatan = O.$('daftar-peringatan');
    peringatan.textContent = '';
    d.warnings.forEach(function (w) {
      var li = document.createElement('li');
      li.textContent = w.message;
      peringatan.appendChild(li);
    });
    O.$('peringatan').hidden = d.warnings.length === 0;

    var JENIS_LAYANAN = { CASE: 'Kasus', REFERRAL: 'Rujukan', PLACEMENT: 'Penempatan LKSA',
      OUTREACH: 'Penjangkauan', VULNERABLE: 'Program (registri rentan)' };
    var layanan = O.$('daftar-layanan');
    layanan.textContent = '';
    d.services.forEach(function (s) {
      var tr = document.createElement('tr');
      O.sel(tr, JENIS_LAYANAN[s.kind] || s.kind);
      O.sel(tr, s.reference);
      O.sel(tr, s.label);
      O.sel(tr, O.tanggal(s.since));
      O.sel(tr, s.state);
      layanan.appendChild(tr);
    });
    O.$('layanan').hidden = d.services.length === 0;
    O.$('tanpa-layanan').hidden = d.services.length > 0;

    var hubungan = O.$('hubungan');
    hubungan.textContent = '';
    d.relations.forEach(function (r) {
      var li = document.createElement('li');
      li.appendChild(document.createTextNode(r.label + ': '));
      if (r.otherVisible) {
        li.appendChild(O.tautan('/orang/lihat?id=' + r.otherPersonId, r.otherName || ('data ' + r.otherPersonId)));
      } else {
        li.appendChild(document.createTextNode('(di luar wilayah kerja Anda)'));
      }
      var hapus = document.createElement('button');
      hapus.type = 'button';
      hapus.textContent = 'Hapus';
      hapus.setAttribute('aria-label', 'Hapus hubungan ' + r.label);
      hapus.addEventListener('click', function () { hapusHubungan(r.id); });
      li.appendChild(document.createTextNode(' '));
      li.appendChild(hapus);
      hubungan.appendChild(li);
    });
    O.$('tanpa-hubungan').hidden = d.relations.length > 0;

    var gabungan = O.$('penggabungan');
    gabungan.textContent = '';
    d.merges.forEach(function (m) {
      var li = document.createElement('li');
      var teks = (m.keptId === p.id ? 'Data ' + m.mergedId + ' digabungkan ke data ini' : 'Data ini digabungkan ke data ' + m.keptId)
        + ' oleh ' + m.mergedBy + ' pada ' + O.tanggal(m.mergedAt) + ' — alasan: ' + m.reason;
      if (m.undoneAt) {
        teks += ' (dibatalkan oleh ' + m.undoneBy + ' pada ' + O.tanggal(m.undoneAt) + ')';
      }
      li.textContent = teks;
      if (!m.undoneAt) {
        var batal = document.createElement('button');
        batal.type = 'button';
        batal.textContent = 'Batalkan penggabungan';
        batal.addEventListener('click', function () { batalkan(m.id); });
        li.appendChild(document.createTextNode(' '));
        li.appendChild(batal);
      }
      gabungan.appendChild(li);
    });
    O.$('ubah').href = '/orang/ubah?id=' + encodeURIComponent(p.id);
    O.$('ubah').hidden = !!p.mergedIntoId;
    O.$('form-hubungan').hidden = !!p.mergedIntoId;
    O.$('form-gabung').hidden = !!p.mergedIntoId;
    O.$('data').hidden = false;
  }

  function hapusHubungan(relationId) {
    O.api('DELETE', '/api/persons/' + id + '/relations/' + relationId).then(function (result) {
      if (result.status === 204) {
        O.pesan('Hubungan dihapus.');
        muat();
      } else {
        O.gagal(result);
      }
    });
  }

  function batalkan(mergeId) {
    O.api('POST', '/api/person-merges/' + mergeId + '/undo', {}).then(function (result) {
      if (result.status === 200) {
        O.pesan('Penggabungan dibatalkan.');
        muat();
      } else if (result.status === 409) {
        O.pesan('Penggabungan tidak dapat dibatalkan: ' + (result.data && result.data.detail ? result.data.detail : ''), true);
      } else {
        O.gagal(result);
      }
    });
  }

  O.$('form-hubungan').addEventListener('submit', function (event) {
    event.preventDefault();
    var body = { relatedPersonId: Number(O.$('hubungan-id').value.trim()), relation: O.$('hubungan-jenis').value };
    O.api('POST', '/api/persons/' + id + '/relations', body).then(function (result) {
      if (result.status === 201) {
        O.$('hubungan-id').value = '';
        O.pesan('Hubungan dicatat.');
        muat();
      } else if (result.status === 409) {
        O.pesan('Hubungan ini sudah tercatat.', true);
      } else {
        O.gagal(result);
      }
    });
  });

  O.$('form-gabung').addEventListener('submit', function (event) {
    event.preventDefault();
    var body = { mergedId: Number(O.$('gabung-id').value.trim()), reason: O.$('gabung-alasan').value };
    O.api('POST', '/api/persons/' + id + '/merge', body).then(function (result) {
      if (result.status === 201) {
        O.pesan('Data digabungkan.');
        O.$('gabung-id').value = '';
        O.$('gabung-alasan').value = '';
        muat();
      } else if (result.status === 409 && result.data && result.data.code === 'NIK_CONFLICT') {
        O.pesan('Tidak dapat digabungkan: kedua data punya NIK yang berbeda. Perbaiki NIK yang salah lebih dulu.', true);
      } else if (result.status === 409) {
        O.pesan('Tidak dapat digabungkan: salah satu data sudah digabungkan ke data lain.', true);
      } else if (result.status === 403) {
        O.pesan('Hanya supervisor dan kepala unit yang dapat menggabungkan data.', true);
      } else {
        O.gagal(result);
      }
    });
  });

  O.siap().then(muat, muat);
})();
