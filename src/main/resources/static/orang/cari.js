// Registri Orang: search by exact NIK or by name (ranked) through GET /api/persons.
(function () {
  'use strict';
  var O = window.Orang;

  function cari(event) {
    if (event) {
      event.preventDefault();
    }
    var kata = O.$('cari').value.trim();
    if (kata.length < 2) {
      O.pesan('Isi NIK atau sedikitnya 2 huruf nama.', true);
      return;
    }
    var digits = kata.replace(/[\s.]/g, '');
    var path = /^\d{16}$/.test(digits) ? '/api/persons?nik=' + digits : '/api/persons?q=' + encodeURIComponent(kata);
    O.api('GET', path).then(function (result) {
      if (result.status !== 200) {
        O.gagal(result);
        O.$('hasil').hidden = true;
        return;
      }
      O.pesan('');
      tampilkan(result.data);
    });
  }

  function tampilkan(page) {
    var body = O.$('daftar');
    body.textContent = '';
    page.items.forEach(function (p) {
      var tr = document.createElement('tr');
      O.sel(tr, O.tautan('/orang/lihat?id=' + p.id, p.name || '(tanpa nama)'));
      O.sel(tr, p.nik);
      O.sel(tr, O.kelamin(p.sex));
      O.sel(tr, O.tanggal(p.birthDate));
      O.sel(tr, p.villageCode || p.districtCode);
      body.appendChild(tr);
    });
    var teks = page.total === 0 ? 'Tidak ada orang yang cocok di wilayah kerja Anda.'
      : page.total + ' orang ditemukan' + (page.total > page.items.length ? ' (' + page.items.length + ' pertama ditampilkan)' : '') + '.';
    if (page.limited) {
      teks += ' Terlalu banyak yang cocok: ketik nama lebih lengkap.';
    }
    O.$('jumlah').textContent = teks;
    O.$('hasil').hidden = false;
  }

  O.$('form-cari').addEventListener('submit', cari);
  O.siap();
})();
