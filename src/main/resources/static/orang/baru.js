// Tambah Orang: POST /api/persons; possible duplicates (409 POSSIBLE_DUPLICATES) are shown for the user to open
// the existing record or to confirm a new person (confirmNew).
(function () {
  'use strict';
  var O = window.Orang;
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
    O.pesan('');
    O.api('POST', '/api/persons', body).then(function (result) {
      if (result.status === 201) {
        window.location.href = '/orang/lihat?id=' + result.data.person.id;
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
})();
