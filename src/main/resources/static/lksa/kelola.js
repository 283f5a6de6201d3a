// Kelola LKSA (/lksa/kelola): the unit's supervisors register and edit institutions, admit children of the person
// registry and discharge them; the reports with charts (grafik.js) and CSV/XLSX. API, CSRF and messages through
// window.Terpadu; 400 field errors next to the fields (Terpadu.galatIsian).
(function () {
  'use strict';

  var T = window.Terpadu;
  var $ = T.$;
  var FIELDS = ['code', 'name', 'type', 'address', 'regencyCode', 'districtCode', 'villageCode', 'latitude',
    'longitude', 'capacity', 'accreditation', 'contactName', 'contactPhone', 'contactEmail'];
  var lembaga = [];
  var diubah = null; // the institution being edited, or null for a new one
  var aktif = null; // the institution whose residents are shown
  var dipilih = null; // the person chosen for admission
  var keluar = null; // the stay being discharged
  var pilihan = null; // /api/lksa/options

  function hariIni() {
    var d = new Date();
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  }

  function isiPilihan(select, options) {
    options.forEach(function (o) {
      var opt = document.createElement('option');
      opt.value = o.code;
      opt.textContent = o.label;
      select.appendChild(opt);
    });
  }

  var tombol = T.tombol;

  function persen(v) {
    return v === null || v === undefined ? '—' : String(v).replace('.', ',') + '%';
  }

  // --- institutions ---

  function muatLembaga() {
    return T.api('GET', '/api/lksa/institutions').then(function (result) {
      if (result.status !== 200) {
        T.gagal(result);
        return;
      }
      lembaga = result.data;
      var body = $('daftar-lembaga');
      body.textContent = '';
      $('kosong-lembaga').hidden = lembaga.length > 0;
      lembaga.forEach(function (l) {
        var tr = document.createElement('tr');
        tr.dataset.kode = l.code;
        T.sel(tr, l.name);
        T.sel(tr, l.typeLabel);
        T.sel(tr, l.villageCode || l.districtCode || l.regencyCode);
        T.sel(tr, l.accreditationLabel);
        T.sel(tr, String(l.capacity));
        T.sel(tr, String(l.residents));
        T.sel(tr, persen(Math.round(l.residents * 1000 / l.capacity) / 10));
        var aksi = document.createElement('div');
        aksi.className = 'aksi';
        aksi.appendChild(tombol('Anak', function () { bukaAnak(l); }));
        aksi.appendChild(tombol('Ubah', function () { bukaForm(l); }));
        T.sel(tr, aksi);
        body.appendChild(tr);
      });
      if (aktif) {
        aktif = lembaga.filter(function (l) { return l.id === aktif.id; })[0] || null;
      }
    });
  }

  function bukaForm(l) {
    diubah = l;
    var form = $('form-lembaga');
    T.galatIsian(form);
    $('judul-form-lembaga').textContent = l ? 'Ubah ' + l.name : 'Daftarkan lembaga baru';
    FIELDS.forEach(function (f) {
      form.elements[f].value = l && l[f] !== null && l[f] !== undefined ? l[f] : '';
    });
    form.elements.code.disabled = !!l;
    $('bagian-form-lembaga').hidden = false;
    form.elements[l ? 'name' : 'code'].focus();
  }

  function simpanLembaga(event) {
    event.preventDefault();
    var form = $('form-lembaga');
    var body = {};
    FIELDS.forEach(function (f) {
      var v = form.elements[f].value.trim();
      body[f] = v === '' ? null : v;
    });
    ['latitude', 'longitude'].forEach(function (f) {
      if (body[f] !== null) {
        var n = Number(body[f].replace(',', '.'));
        body[f] = isNaN(n) ? 999 : n; // not a number: the API answers the field's range message
      }
    });
    if (body.capacity !== null) {
      body.capacity = Number(body.capacity);
    }
    var ubah = diubah;
    var permintaan = ubah ? T.api('PUT', '/api/lksa/institutions/' + ubah.id, body, { 'If-Match': '"' + ubah.version + '"' })
      : T.api('POST', '/api/lksa/institutions', body);
    $('simpan-lembaga').disabled = true;
    permintaan.then(function (result) {
      $('simpan-lembaga').disabled = false;
      if (result.status === 200 || result.status === 201) {
        T.galatIsian(form);
        $('bagian-form-lembaga').hidden = true;
        T.pesan(ubah ? 'Data lembaga ' + result.data.name + ' disimpan.'
          : 'Lembaga ' + result.data.name + ' terdaftar. Tambahkan petugasnya ke grup ' + result.data.staffGroup
            + ' di Camunda Admin.');
        muatLembaga().then(muatLaporan);
      } else if (result.status === 409 && result.data && result.data.code === 'LKSA_VERSION_CONFLICT') {
        T.pesan('Data lembaga ini baru saja diubah orang lain. Tutup formulir, lalu buka kembali.', true);
      } else if (result.status === 409) {
        T.galatIsian(form, { status: 400, data: { errors: [{ field: 'code', message: 'Kode lembaga ini sudah dipakai.' }] } });
      } else if (!T.galatIsian(form, result)) {
        T.gagal(result);
      }
    });
  }

  // --- residents ---

  function bukaAnak(l) {
    aktif = l;
    $('nama-lembaga').textContent = l.name;
    $('info-lembaga').textContent = l.address + ' · daya tampung ' + l.capacity + ' anak';
    $('bagian-anak').hidden = false;
    pilihAnak(null);
    muatAnak();
    $('bagian-anak').scrollIntoView();
  }

  function muatAnak() {
    T.api('GET', '/api/lksa/institutions/' + aktif.id + '/residents').then(function (result) {
      if (result.status !== 200) {
        T.gagal(result);
        return;
      }
      var body = $('daftar-anak');
      body.textContent = '';
      $('kosong-anak').hidden = result.data.length > 0;
      result.data.forEach(function (r) {
        var tr = document.createElement('tr');
        T.sel(tr, r.name);
        T.sel(tr, T.kelamin(r.sex));
        T.sel(tr, T.tanggal(r.birthDate));
        T.sel(tr, T.tanggal(r.admittedOn));
        T.sel(tr, r.admissionReasonLabel);
        var status = { PRESENT: 'Hadir', SICK: 'Sakit', LEAVE: 'Izin', ABSENT: 'Tidak hadir' }[r.attendanceToday];
        T.sel(tr, status || 'Belum dicatat');
        T.sel(tr, tombol('Keluarkan', function () { bukaKeluar(r); }));
        body.appendChild(tr);
      });
    });
  }

  function cari(event) {
    event.preventDefault();
    var kata = $('cari').value.trim();
    if (kata.length < 2) {
      T.pesan('Isi NIK atau sedikitnya 2 huruf nama.', true);
      return;
    }
    var digits = kata.replace(/[\s.]/g, '');
    var path = /^\d{16}$/.test(digits) ? '/api/persons?nik=' + digits : '/api/persons?q=' + encodeURIComponent(kata);
    T.api('GET', path).then(function (result) {
      if (result.status !== 200) {
        T.gagal(result);
        return;
      }
      var body = $('daftar-cari');
      body.textContent = '';
      result.data.items.forEach(function (p) {
        var tr = document.createElement('tr');
        T.sel(tr, p.name || '(tanpa nama)');
        T.sel(tr, p.nik);
        T.sel(tr, T.kelamin(p.sex));
        T.sel(tr, T.tanggal(p.birthDate));
        T.sel(tr, tombol('Pilih', function () { pilihAnak(p); }));
        body.appendChild(tr);
      });
      $('hasil-cari').hidden = false;
      T.pesan(result.data.total === 0 ? 'Tidak ada orang yang cocok di wilayah kerja Anda. Daftarkan anak di Data orang.'
        : '');
    });
  }

  function pilihAnak(p) {
    dipilih = p;
    $('anak-dipilih').textContent = p ? (p.name || '(tanpa nama)') + (p.birthDate ? ', lahir ' + T.tanggal(p.birthDate) : '')
      : 'belum ada';
    if (!p) {
      $('form-terima').reset();
      $('cari').value = '';
      $('admittedOn').value = hariIni();
      $('hasil-cari').hidden = true;
      T.galatIsian($('form-terima'));
    }
  }

  function terima(event) {
    event.preventDefault();
    var form = $('form-terima');
    var body = { personId: dipilih ? dipilih.id : null, admittedOn: form.elements.admittedOn.value || null,
      reason: form.elements.reason.value || null, caseNumber: form.elements.caseNumber.value.trim() || null,
      note: form.elements.note.value.trim() || null };
    T.api('POST', '/api/lksa/institutions/' + aktif.id + '/residents', body).then(function (result) {
      if (result.status === 201) {
        T.pesan(result.data.name + ' diterima di ' + aktif.name + '.');
        pilihAnak(null);
        muatAnak();
        muatLembaga().then(muatLaporan);
      } else if (result.status === 409) {
        T.pesan('Anak ini masih tercatat tinggal di lembaga lain. Keluarkan dulu dari lembaga itu.', true);
      } else if (!T.galatIsian(form, result)) {
        T.gagal(result);
      }
    });
  }

  function bukaKeluar(r) {
    keluar = r;
    var form = $('form-keluar');
    form.reset();
    T.galatIsian(form);
    $('nama-keluar').textContent = r.name;
    $('dischargedOn').value = hariIni();
    $('dialog-keluar').showModal();
  }

  function simpanKeluar(event) {
    event.preventDefault();
    var form = $('form-keluar');
    var body = { dischargedOn: form.elements.dischargedOn.value || null,
      destination: form.elements.destination.value || null, note: form.elements.note.value.trim() || null };
    T.api('POST', '/api/lksa/residents/' + keluar.id + '/discharge', body).then(function (result) {
      if (result.status === 200) {
        $('dialog-keluar').close();
        T.pesan(result.data.name + ' keluar dari ' + aktif.name + ' (' + result.data.dischargeDestinationLabel + ').'
          + (result.data.followUpStarted ? ' Pekerja sosial kasus mendapat tugas pemantauan.' : ''));
        muatAnak();
        muatLembaga().then(muatLaporan);
      } else if (result.status === 409) {
        $('dialog-keluar').close();
        T.pesan('Anak ini sudah dikeluarkan. Muat ulang halaman.', true);
      } else if (!T.galatIsian(form, result)) {
        $('dialog-keluar').close();
        T.gagal(result);
      }
    });
  }

  // --- reports ---

  function muatLaporan() {
    T.api('GET', '/api/lksa/reports/occupancy').then(function (result) {
      if (result.status === 200) {
        Grafik.batang($('grafik-keterisian'), { title: 'Keterisian per lembaga',
          labels: result.data.map(function (o) { return o.name; }),
          series: [{ name: 'Anak tinggal', values: result.data.map(function (o) { return o.residents; }) },
            { name: 'Daya tampung', values: result.data.map(function (o) { return o.capacity; }) }] });
      }
    });
    T.api('GET', '/api/lksa/reports/movements').then(function (result) {
      if (result.status === 200) {
        var bulan = [];
        var masuk = {};
        var keluarBulan = {};
        result.data.forEach(function (m) {
          if (bulan.indexOf(m.month) < 0) {
            bulan.push(m.month);
          }
          masuk[m.month] = (masuk[m.month] || 0) + m.admissions;
          keluarBulan[m.month] = (keluarBulan[m.month] || 0) + m.discharges;
        });
        Grafik.batang($('grafik-mutasi'), { title: 'Anak masuk dan keluar per bulan', labels: bulan,
          series: [{ name: 'Masuk', values: bulan.map(function (b) { return masuk[b]; }) },
            { name: 'Keluar', values: bulan.map(function (b) { return keluarBulan[b]; }) }] });
      }
    });
    T.api('GET', '/api/lksa/reports/attendance').then(function (result) {
      if (result.status === 200) {
        Grafik.batang($('grafik-kehadiran'), { title: 'Kelengkapan kehadiran', percent: true,
          labels: result.data.map(function (c) { return c.name; }),
          series: [{ name: 'Kelengkapan', values: result.data.map(function (c) {
            return c.completenessPercent === null ? 0 : c.completenessPercent / 100; }) }] });
      }
    });
  }

  function mulai() {
    $('tombol-baru').addEventListener('click', function () { bukaForm(null); });
    $('batal-lembaga').addEventListener('click', function () { $('bagian-form-lembaga').hidden = true; });
    $('form-lembaga').addEventListener('submit', simpanLembaga);
    $('form-cari').addEventListener('submit', cari);
    $('form-terima').addEventListener('submit', terima);
    $('form-keluar').addEventListener('submit', simpanKeluar);
    $('batal-keluar').addEventListener('click', function () { $('dialog-keluar').close(); });
    T.siap().then(function () {
      return T.api('GET', '/api/lksa/options');
    }).then(function (result) {
      if (result.status !== 200) {
        T.gagal(result);
        return;
      }
      pilihan = result.data;
      isiPilihan($('type'), pilihan.types);
      isiPilihan($('accreditation'), pilihan.accreditations);
      isiPilihan($('reason'), pilihan.admissionReasons);
      isiPilihan($('destination'), pilihan.dischargeDestinations);
      muatLembaga().then(muatLaporan);
    });
  }

  document.addEventListener('DOMContentLoaded', mulai);
})();
