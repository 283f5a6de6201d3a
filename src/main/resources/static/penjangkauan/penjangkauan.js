// The outreach team's phone page /penjangkauan: record visits of an outreach round, also without a connection.
// Every visit is first put in the queue in this browser's localStorage under an id generated here
// (crypto.randomUUID); the queue is sent whenever the connection returns ("online" event), at page load and with the
// button. The server treats a resent id as the same visit (PUT /api/outreach/visits/{id}), so sending twice never
// records twice; a sent visit leaves the queue only when the server has confirmed it.
(function () {
  'use strict';

  var T = window.Terpadu;
  var $ = T.$;
  var ANTREAN = 'terpadu.penjangkauan.antrean.v1';
  var PUTARAN = 'terpadu.penjangkauan.putaran.v1';
  var rounds = [];
  var sending = false;
  var again = false;

  function baca(key, fallback) {
    try {
      var v = JSON.parse(localStorage.getItem(key));
      return v === null || v === undefined ? fallback : v;
    } catch (e) {
      return fallback;
    }
  }

  function tulis(key, value) {
    localStorage.setItem(key, JSON.stringify(value));
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).substring(1); }).join('');
    return h.substring(0, 8) + '-' + h.substring(8, 12) + '-' + h.substring(12, 16) + '-' + h.substring(16, 20) + '-'
      + h.substring(20);
  }

  function hariIni() {
    var d = new Date();
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  }

  function koneksi() {
    var p = $('koneksi');
    p.textContent = navigator.onLine ? 'Tersambung' : 'Tidak ada sambungan — kunjungan disimpan di ponsel';
    p.className = 'koneksi ' + (navigator.onLine ? 'hidup' : 'mati');
  }

  function putaranTerpilih() {
    var id = Number($('putaran').value);
    return rounds.filter(function (r) { return r.id === id; })[0] || null;
  }

  function namaDesa(round, code) {
    var v = round ? round.villages.filter(function (x) { return x.code === code; })[0] : null;
    return v ? v.name : code;
  }

  // --- rounds ---------------------------------------------------------------------------------------------------

  function tampilkanPutaran() {
    var select = $('putaran');
    var chosen = select.value || localStorage.getItem(PUTARAN + '.pilih');
    select.innerHTML = '';
    rounds.forEach(function (r) {
      var o = document.createElement('option');
      o.value = r.id;
      o.textContent = r.title + ' (' + T.tanggal(r.periodStart) + ' s.d. ' + T.tanggal(r.periodEnd) + ')';
      select.appendChild(o);
    });
    if (chosen && rounds.some(function (r) { return String(r.id) === String(chosen); })) {
      select.value = chosen;
    }
    $('tanpa-putaran').hidden = rounds.length > 0;
    $('form-kunjungan').hidden = rounds.length === 0;
    pilihPutaran();
  }

  function pilihPutaran() {
    var round = putaranTerpilih();
    var desa = $('desa');
    desa.innerHTML = '';
    if (!round) {
      $('info-putaran').textContent = '';
      return;
    }
    localStorage.setItem(PUTARAN + '.pilih', String(round.id));
    round.villages.forEach(function (v) {
      var o = document.createElement('option');
      o.value = v.code;
      o.textContent = v.name + ' (' + v.code + ')';
      desa.appendChild(o);
    });
    $('info-putaran').textContent = 'Fokus: ' + round.focus.map(function (f) { return f.label; }).join(', ')
      + (round.focusOther ? ' (' + round.focusOther + ')' : '') + '. Tim: ' + round.members.join(', ') + '.';
    muatKunjungan();
  }

  function muatPutaran() {
    return T.api('GET', '/api/outreach/rounds?status=OPEN').then(function (result) {
      if (result.status === 200) {
        rounds = result.data;
        tulis(PUTARAN, rounds);
      } else {
        T.gagal(result);
      }
      tampilkanPutaran();
    }, function () {
      rounds = baca(PUTARAN, []);
      tampilkanPutaran();
    });
  }

  // --- visits already on the server -----------------------------------------------------------------------------

  function muatKunjungan() {
    var round = putaranTerpilih();
    if (!round || !navigator.onLine) {
      return;
    }
    T.api('GET', '/api/outreach/rounds/' + round.id).then(function (result) {
      if (result.status !== 200) {
        return;
      }
      var list = $('kunjungan');
      list.innerHTML = '';
      result.data.visits.slice().reverse().forEach(function (v) { list.appendChild(kunjunganTercatat(round, v)); });
      $('kunjungan-kosong').hidden = result.data.visits.length > 0;
    }, function () { /* offline: keep what is shown */ });
  }

  function kunjunganTercatat(round, v) {
    var li = document.createElement('li');
    li.dataset.visit = v.id;
    var head = document.createElement('div');
    head.textContent = T.tanggal(v.visitDate) + ' · ' + namaDesa(round, v.villageCode) + ' · ' + v.childrenReached
      + ' anak · dicatat ' + v.createdBy;
    li.appendChild(head);
    v.children.forEach(function (c) {
      var d = document.createElement('div');
      d.className = 'anak-terkirim';
      d.textContent = c.name + ', ' + c.age + ' th, ' + T.kelamin(c.sex) + '. '
        + (c.personId ? 'Tertaut di registri. ' : 'Belum tertaut di registri. ');
      if (!c.personId && c.candidates && c.candidates.length) {
        c.candidates.forEach(function (k) {
          var b = document.createElement('button');
          b.type = 'button';
          b.textContent = 'Tautkan ke ' + k.name + ' (skor ' + k.score + ')';
          b.addEventListener('click', function () { tautkan(v.id, c.index, k.personId); });
          d.appendChild(b);
        });
        var baru = document.createElement('button');
        baru.type = 'button';
        baru.textContent = 'Daftarkan sebagai orang baru';
        baru.addEventListener('click', function () { tautkan(v.id, c.index, null); });
        d.appendChild(baru);
      }
      if (c.caseId) {
        var s = document.createElement('span');
        s.className = 'tercatat';
        s.textContent = ' Sudah menjadi pengaduan (kasus #' + c.caseId + ').';
        d.appendChild(s);
      } else if (c.actionNeeded) {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'utama';
        b.textContent = 'Jadikan pengaduan';
        b.addEventListener('click', function () { jadikanPengaduan(v.id, c.index, b); });
        d.appendChild(b);
      }
      li.appendChild(d);
    });
    return li;
  }

  function tautkan(visitId, index, personId) {
    T.api('PUT', '/api/outreach/visits/' + visitId + '/children/' + index + '/person', { personId: personId })
      .then(function (result) {
        if (result.status === 200) {
          T.pesan('Anak tertaut di registri orang.');
          muatKunjungan();
        } else {
          T.gagal(result);
        }
      }, function () { T.pesan('Tidak ada sambungan. Coba lagi nanti.', true); });
  }

  function jadikanPengaduan(visitId, index, button) {
    button.disabled = true;
    T.api('POST', '/api/outreach/visits/' + visitId + '/children/' + index + '/complaint', {}).then(function (result) {
      if (result.status === 201 || result.status === 200) {
        T.pesan(result.status === 201
          ? 'Pengaduan ' + result.data.caseNumber + ' dibuat; menunggu telaah supervisor.'
          : 'Temuan ini sudah menjadi pengaduan (kasus #' + result.data.caseId + ').');
        muatKunjungan();
      } else {
        button.disabled = false;
        T.gagal(result);
      }
    }, function () {
      button.disabled = false;
      T.pesan('Tidak ada sambungan. Pengaduan dapat dibuat setelah tersambung kembali.', true);
    });
  }

  // --- the queue --------------------------------------------------------------------------------------------------

  function antrean() {
    return baca(ANTREAN, []);
  }

  function tampilkanAntrean() {
    var list = $('antrean');
    list.innerHTML = '';
    var entries = antrean();
    entries.forEach(function (e) {
      var li = document.createElement('li');
      li.dataset.client = e.clientId;
      var round = rounds.filter(function (r) { return r.id === e.body.roundId; })[0];
      var text = document.createElement('div');
      text.textContent = T.tanggal(e.body.visitDate) + ' · ' + namaDesa(round, e.body.villageCode) + ' · '
        + e.body.children.length + ' anak · ';
      var status = document.createElement('span');
      status.className = e.error ? 'gagal' : 'menunggu';
      status.textContent = e.error ? 'gagal dikirim: ' + e.error : 'menunggu dikirim';
      text.appendChild(status);
      li.appendChild(text);
      if (e.error) {
        var hapus = document.createElement('button');
        hapus.type = 'button';
        hapus.textContent = 'Hapus dari antrean';
        hapus.addEventListener('click', function () {
          if (window.confirm('Hapus kunjungan ini dari ponsel? Data yang belum terkirim akan hilang.')) {
            tulis(ANTREAN, antrean().filter(function (x) { return x.clientId !== e.clientId; }));
            tampilkanAntrean();
          }
        });
        li.appendChild(hapus);
      }
      list.appendChild(li);
    });
    $('antrean-kosong').hidden = entries.length > 0;
    $('kirim').hidden = entries.length === 0;
  }

  function ubahEntri(clientId, change) {
    tulis(ANTREAN, antrean().map(function (x) { return x.clientId === clientId ? change(x) : x; }));
  }

  function kirimSatu(entry) {
    return T.api('PUT', '/api/outreach/visits/' + entry.clientId, entry.body).then(function (result) {
      if (result.status === 201 || result.status === 200) {
        tulis(ANTREAN, antrean().filter(function (x) { return x.clientId !== entry.clientId; }));
        return 'terkirim';
      }
      if (result.status === 400 || result.status === 409 || result.status === 404 || result.status === 403) {
        var why = result.data && result.data.errors
          ? result.data.errors.map(function (e) { return e.message; }).join(' ')
          : result.status === 409 && result.data && result.data.code === 'OUTREACH_ROUND_CLOSED'
            ? 'putaran sudah ditutup.'
            : result.status === 403 ? 'Anda bukan anggota tim putaran ini.' : 'ditolak server (' + result.status + ').';
        ubahEntri(entry.clientId, function (x) { x.error = why; return x; });
        return 'ditolak';
      }
      T.gagal(result);
      return 'tunda';
    }, function () {
      return 'tunda';
    });
  }

  function kirimAntrean() {
    koneksi();
    var entries = antrean().filter(function (e) { return !e.error; });
    if (sending) {
      again = true;
      return Promise.resolve();
    }
    if (entries.length === 0 || !navigator.onLine) {
      tampilkanAntrean();
      return Promise.resolve();
    }
    sending = true;
    var sent = 0;
    var held = 0;
    return entries.reduce(function (chain, entry) {
      return chain.then(function () {
        return kirimSatu(entry).then(function (outcome) {
          if (outcome === 'terkirim') {
            sent++;
          } else if (outcome === 'tunda') {
            held++;
          }
        });
      });
    }, Promise.resolve()).then(function () {
      sending = false;
      tampilkanAntrean();
      if (again && held === 0) {
        // A visit saved (or a connection regained) while this round of sending ran: send what it added.
        again = false;
        return kirimAntrean();
      }
      again = false;
      if (sent > 0) {
        T.pesan(sent + ' kunjungan terkirim ke server.'
          + (held > 0 ? ' ' + held + ' masih menunggu sambungan.' : ''));
        muatKunjungan();
      } else if (held > 0) {
        T.pesan('Belum tersambung ke server; kunjungan tetap tersimpan di ponsel dan dikirim otomatis nanti.', true);
      }
    });
  }

  // --- the form ---------------------------------------------------------------------------------------------------

  function tambahAnak() {
    var node = document.getElementById('templat-anak').content.firstElementChild.cloneNode(true);
    node.querySelector('.hapus-anak').addEventListener('click', function () {
      node.remove();
      nomori();
    });
    $('anak').appendChild(node);
    nomori();
    node.querySelector('[data-f=name]').focus();
  }

  function nomori() {
    Array.prototype.forEach.call($('anak').children, function (f, i) {
      f.querySelector('legend').textContent = 'Anak ' + (i + 1);
    });
  }

  function nilai(fieldset, name) {
    var el = fieldset.querySelector('[data-f=' + name + ']');
    return el.type === 'checkbox' ? el.checked : el.value.trim();
  }

  function simpan(event) {
    event.preventDefault();
    var round = putaranTerpilih();
    if (!round) {
      T.pesan('Pilih putaran penjangkauan.', true);
      return;
    }
    var problems = [];
    var children = Array.prototype.map.call($('anak').children, function (f, i) {
      var c = { name: nilai(f, 'name'), age: nilai(f, 'age') === '' ? null : Number(nilai(f, 'age')),
        sex: nilai(f, 'sex'), nik: nilai(f, 'nik') || null, findings: nilai(f, 'findings') || null,
        actionNeeded: nilai(f, 'actionNeeded'), category: nilai(f, 'category') || null };
      if (!c.name) { problems.push('Anak ' + (i + 1) + ': nama wajib diisi.'); }
      if (c.age === null || c.age < 0 || c.age > 17) { problems.push('Anak ' + (i + 1) + ': umur 0–17 tahun.'); }
      if (!c.sex) { problems.push('Anak ' + (i + 1) + ': pilih jenis kelamin.'); }
      if (c.nik && !/^\d{16}$/.test(c.nik)) { problems.push('Anak ' + (i + 1) + ': NIK harus 16 angka.'); }
      if (c.actionNeeded && (!c.findings || c.findings.length < 10)) {
        problems.push('Anak ' + (i + 1) + ': uraikan temuan yang perlu tindak lanjut.');
      }
      return c;
    });
    if (!$('tanggal').value) { problems.push('Tanggal kunjungan wajib diisi.'); }
    if (problems.length) {
      T.pesan(problems.join(' '), true);
      return;
    }
    var entry = { clientId: uuid(), savedAt: new Date().toISOString(), body: { roundId: round.id,
      visitDate: $('tanggal').value, villageCode: $('desa').value, notes: $('catatan').value.trim() || null,
      children: children } };
    var entries = antrean();
    entries.push(entry);
    tulis(ANTREAN, entries);
    $('catatan').value = '';
    $('anak').innerHTML = '';
    tampilkanAntrean();
    T.pesan('Kunjungan disimpan di ponsel' + (navigator.onLine ? '; mengirim…' : ' dan menunggu dikirim.'));
    kirimAntrean();
  }

  function mulai() {
    $('tanggal').value = hariIni();
    $('putaran').addEventListener('change', pilihPutaran);
    $('tambah-anak').addEventListener('click', tambahAnak);
    $('form-kunjungan').addEventListener('submit', simpan);
    $('kirim').addEventListener('click', kirimAntrean);
    window.addEventListener('online', kirimAntrean);
    window.addEventListener('offline', koneksi);
    koneksi();
    tampilkanAntrean();
    T.siap().then(muatPutaran, muatPutaran).then(function () {
      tampilkanAntrean();
      return kirimAntrean();
    });
  }

  mulai();
})();
