// Tambah Orang: POST /api/persons; possible duplicates (409 POSSIBLE_DUPLICATES) are shown for the user to open
// the existing record or to confirm a new person (confirmNew).
// Ubah Data Orang (/orang/ubah?id=): the same form, filled from GET /api/persons/{id} and saved with PUT and the
// version read; a change by someone else meanwhile (409 VERSION_CONFLICT) asks the user to reload.
(function () {
  'use strict';
  var O = window.Orang;
  var ubahId = window.location.pathname === '/orang/ubah'
    ? new URLSearchParams(window.location.search).get('id') : null;
  var versi = null;
  if (ubahId) {
    // Correcting a person's record is a case review, not a lookup (the page's <meta name="terpadu-purpose">).
    document.querySelector('meta[name="terpadu-purpose"]').content = 'CASE_REVIEW';
  }
  var FIELDS = ['name', 'sex', 'birthDate', 'birthPlace', 'nik', 'kk', 'villageCode', 'districtCode', 'address',
    'phone', 'disability'];

  function isian() {
    var body = {};
    FIELDS.forEach(function (f) {
      var v = O.$(f).value.trim();
      if (v) {
        body[f] = v;
      }
    });
    return body;
  }

  function galat(list) {
    var ul = O.$('galat');
    ul.textContent = '';
    FIELDS.forEach(function (f) { O.$(f).removeAttribute('aria-invalid'); });
    list.forEach(function (e) {
      var li = document.createElement('li');
      li.textContent = e.message;
      ul.appendChild(li);
      if (e.field && O.$(e.field)) {
        O.$(e.field).setAttribute('aria-invalid', 'true');
      }
    });
  }

  function simpan(confirmNew) {
    var body = isian();
    if (confirmNew) {
      body.confirmNew = true;
    }
    if (ubahId) {
      body.version = versi;
    }
    O.pesan('');
    O.api(ubahId ? 'PUT' : 'POST', ubahId ? '/api/persons/' + encodeURIComponent(ubahId) : '/api/persons', body)
      .then(function (result) {
      if (result.status === 201 || (ubahId && result.status === 200)) {
        window.location.href = '/orang/lihat?id=' + result.data.person.id;
      } else if (result.status === 409 && result.data && result.data.code === 'VERSION_CONFLICT') {
        O.pesan('Data orang ini baru saja diubah oleh pengguna lain. Muat ulang halaman untuk melihat perubahannya, '
          + 'lalu isi kembali perubahan Anda.', true);
      } else if (result.status === 409 && result.data && result.data.code === 'PERSON_MERGED') {
        O.pesan('Data ini sudah digabungkan ke data lain; ubah data gabungannya.', true);
      } else if (result.status === 400 && result.data && result.data.errors) {
        O.$('kandidat').hidden = true;
        O.$('form-orang').hidden = false;
        galat(result.data.errors);
      } else if (result.status === 409 && result.data && result.data.code === 'POSSIBLE_DUPLICATES') {
        galat([]);
        kandidat(result.data.candidates);
      } else if (result.status === 409 && result.data && result.data.code === 'NIK_EXISTS') {
        var p = O.$('pesan');
        O.pesan('NIK ini sudah terdaftar. ', true);
        if (result.data.personId) {
          p.appendChild(O.tautan('/orang/lihat?id=' + result.data.personId, 'Buka data orang dengan NIK ini'));
        } else {
          p.appendChild(document.createTextNode('Datanya berada di luar wilayah kerja Anda; hubungi unit wilayah tersebut.'));
        }
      } else {
        O.gagal(result);
      }
    });
  }

  function kandidat(list) {
    var body = O.$('daftar-kandidat');
    body.textContent = '';
    list.forEach(function (c) {
      var tr = document.createElement('tr');
      O.sel(tr, O.tautan('/orang/lihat?id=' + c.id, c.name || '(tanpa nama)'));
      O.sel(tr, c.nik);
      O.sel(tr, O.tanggal(c.birthDate));
      O.sel(tr, c.villageCode || c.districtCode);
      O.sel(tr, c.score + (c.likely ? ' (sangat mirip)' : ''));
      O.sel(tr, c.reasons.map(function (r) { return r.message; }).join(', '));
      body.appendChild(tr);
    });
    O.$('form-orang').hidden = true;
    O.$('kandidat').hidden = false;
    O.$('orang-baru').focus();
  }

  function isiUntukUbah() {
    O.$('judul').textContent = 'Ubah Data Orang';
    document.title = 'Ubah Data Orang — Terpadu';
    O.$('petunjuk-baru').hidden = true;
    O.$('petunjuk-ubah').hidden = false;
    O.$('batal').href = '/orang/lihat?id=' + encodeURIComponent(ubahId);
    O.$('batal').hidden = false;
    O.$('form-orang').hidden = true;
    O.api('GET', '/api/persons/' + encodeURIComponent(ubahId)).then(function (result) {
      if (result.status !== 200) {
        O.gagal(result);
        return;
      }
      var p = result.data.person;
      versi = p.version;
      FIELDS.forEach(function (f) {
        O.$(f).value = p[f] == null ? '' : p[f];
      });
      // A village code already gives the district.
      if (p.villageCode) {
        O.$('districtCode').value = '';
      }
      O.$('form-orang').hidden = false;
    });
  }

  O.$('form-orang').addEventListener('submit', function (event) {
    event.preventDefault();
    simpan(false);
  });
  O.$('orang-baru').addEventListener('click', function () { simpan(true); });
  O.$('kembali').addEventListener('click', function () {
    O.$('kandidat').hidden = true;
    O.$('form-orang').hidden = false;
  });
  O.siap();
  if (ubahId) {
    isiUntukUbah();
  }
})();
