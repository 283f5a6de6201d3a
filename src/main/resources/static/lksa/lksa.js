// The institution staff's phone page (/lksa): today's attendance of each resident with the phone's location.
// API calls, CSRF and messages through window.Terpadu (/umum/terpadu.js).
(function () {
  'use strict';

  var T = window.Terpadu;
  var $ = T.$;
  var api = T.api;
  var pesan = T.pesan;
  var lokasi = null; // {latitude, longitude, accuracy} or null
  var lembaga = [];
  var aktif = null;
  var STATUS = [
    { kode: 'PRESENT', label: 'Hadir' },
    { kode: 'SICK', label: 'Sakit' },
    { kode: 'LEAVE', label: 'Izin' },
    { kode: 'ABSENT', label: 'Tidak hadir' }
  ];

  // The page's own answers (a stay that ended, a location problem); everything else as on every page.
  function gagal(result) {
    if (result.status === 409) {
      pesan('Anak ini sudah tidak tinggal di lembaga hari ini, atau kehadirannya baru saja dicatat dari ponsel lain. '
        + 'Muat ulang halaman.', true);
      return;
    }
    T.gagal(result);
    if (result.status === 400 && result.data
      && (result.data.code === 'LKSA_LOCATION_TOO_FAR' || result.data.code === 'LKSA_LOCATION_MISSING')) {
      $('alasan').focus();
    }
  }

  function ambilLokasi() {
    var status = $('status-lokasi');
    if (!navigator.geolocation) {
      lokasi = null;
      status.textContent = 'Peramban ini tidak dapat membaca lokasi. Isi alasan untuk mencatat kehadiran.';
      return Promise.resolve();
    }
    status.textContent = 'Mengambil lokasi…';
    $('tombol-lokasi').disabled = true;
    return new Promise(function (selesai) {
      navigator.geolocation.getCurrentPosition(function (posisi) {
        lokasi = { latitude: posisi.coords.latitude, longitude: posisi.coords.longitude,
          accuracy: posisi.coords.accuracy };
        status.textContent = 'Lokasi terbaca (akurasi ±' + Math.round(posisi.coords.accuracy) + ' m, pukul '
          + new Date(posisi.timestamp).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' }) + ').';
        $('tombol-lokasi').disabled = false;
        $('tombol-lokasi').textContent = 'Perbarui lokasi';
        selesai();
      }, function (galat) {
        lokasi = null;
        status.textContent = galat.code === 1
          ? 'Izin lokasi ditolak. Izinkan akses lokasi di pengaturan peramban, atau isi alasan.'
          : 'Lokasi tidak terbaca. Coba lagi di luar ruangan, atau isi alasan.';
        $('tombol-lokasi').disabled = false;
        selesai();
      }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 0 });
    });
  }

  function catat(anak, kode, tombol) {
    var body = { status: kode, locationReason: $('alasan').value.trim() || null };
    if (lokasi) {
      body.latitude = lokasi.latitude;
      body.longitude = lokasi.longitude;
      body.accuracy = lokasi.accuracy;
    }
    tombol.disabled = true;
    api('POST', '/api/lksa/residents/' + anak.id + '/attendance', body).then(function (result) {
      tombol.disabled = false;
      if (result.status === 200 || result.status === 201) {
        anak.attendanceToday = result.data.status;
        pesan((anak.name || 'Anak') + ': ' + result.data.statusLabel + ' tercatat pukul '
          + new Date(result.data.recordedAt).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' })
          + (result.data.distanceMeters !== null ? ' (' + result.data.distanceMeters + ' m dari lembaga).' : '.'));
        tampilkanAnak();
      } else {
        gagal(result);
      }
    });
  }

  var daftarAnak = [];

  function tampilkanAnak() {
    var ul = $('anak');
    ul.textContent = '';
    $('kosong').hidden = daftarAnak.length > 0;
    daftarAnak.forEach(function (anak) {
      var li = document.createElement('li');
      var nama = document.createElement('div');
      nama.className = 'nama';
      nama.textContent = anak.name || ('Anak #' + anak.personId);
      li.appendChild(nama);
      var tercatat = document.createElement('div');
      tercatat.className = 'tercatat';
      var pilihan = STATUS.filter(function (s) { return s.kode === anak.attendanceToday; })[0];
      tercatat.textContent = pilihan ? 'Hari ini: ' + pilihan.label : 'Belum dicatat hari ini';
      li.appendChild(tercatat);
      var tombolTombol = document.createElement('div');
      tombolTombol.className = 'pilihan';
      STATUS.forEach(function (s) {
        var b = document.createElement('button');
        b.type = 'button';
        b.textContent = s.label;
        if (anak.attendanceToday === s.kode) {
          b.className = 'terpilih';
        }
        b.addEventListener('click', function () { catat(anak, s.kode, b); });
        tombolTombol.appendChild(b);
      });
      li.appendChild(tombolTombol);
      ul.appendChild(li);
    });
  }

  function bukaLembaga(id) {
    aktif = lembaga.filter(function (l) { return String(l.id) === String(id); })[0];
    if (!aktif) {
      return;
    }
    $('nama-lembaga').textContent = aktif.name;
    $('info-lembaga').textContent = aktif.address + ' · daya tampung ' + aktif.capacity + ' anak';
    $('tanggal').textContent = '(' + new Date().toLocaleDateString('id-ID',
      { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }) + ')';
    api('GET', '/api/lksa/institutions/' + aktif.id + '/residents').then(function (result) {
      if (result.status !== 200) {
        gagal(result);
        return;
      }
      daftarAnak = result.data;
      tampilkanAnak();
    });
  }

  function mulai() {
    $('tombol-lokasi').addEventListener('click', ambilLokasi);
    $('lembaga').addEventListener('change', function () { bukaLembaga(this.value); });
    T.siap().then(function () {
      return api('GET', '/api/lksa/institutions');
    }).then(function (result) {
      if (result.status !== 200) {
        gagal(result);
        return;
      }
      lembaga = result.data;
      if (lembaga.length === 0) {
        pesan('Akun Anda belum terhubung dengan lembaga mana pun. Hubungi administrator.', true);
        return;
      }
      var select = $('lembaga');
      lembaga.forEach(function (l) {
        var o = document.createElement('option');
        o.value = l.id;
        o.textContent = l.name;
        select.appendChild(o);
      });
      $('pilih-lembaga').hidden = lembaga.length < 2;
      bukaLembaga(lembaga[0].id);
      ambilLokasi();
    });
  }

  document.addEventListener('DOMContentLoaded', mulai);
})();
