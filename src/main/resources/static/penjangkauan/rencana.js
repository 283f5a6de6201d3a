// Rencana Penjangkauan: the supervisor's list of outreach rounds (GET /api/outreach/rounds) and the form to plan one
// (POST /api/outreach/rounds): villages picked per district of the unit's regency, the team from the unit's staff
// (GET /api/outreach/team-options), the period and the focus. The API's field errors show next to the fields.
(function () {
  'use strict';
  var T = window.Terpadu;
  var desa = {}; // chosen villages: code -> name

  function muatPutaran() {
    return T.api('GET', '/api/outreach/rounds').then(function (result) {
      if (result.status !== 200) { T.gagal(result); return; }
      var body = T.$('daftar-putaran');
      body.textContent = '';
      result.data.forEach(function (r) {
        var tr = document.createElement('tr');
        T.sel(tr, r.title);
        T.sel(tr, T.tanggal(r.periodStart) + ' s.d. ' + T.tanggal(r.periodEnd));
        T.sel(tr, r.villages.map(function (v) { return v.name; }).join(', '));
        T.sel(tr, r.members.join(', '));
        T.sel(tr, r.focus.map(function (f) { return f.label; }).join(', ')
          + (r.focusOther ? ' (' + r.focusOther + ')' : ''));
        T.sel(tr, r.status === 'OPEN' ? 'Berjalan' : 'Ditutup');
        body.appendChild(tr);
      });
      T.$('tabel-putaran').hidden = result.data.length === 0;
      T.$('tanpa-putaran').hidden = result.data.length > 0;
    });
  }

  function tampilkanDesaTerpilih() {
    var nama = Object.keys(desa).sort().map(function (code) { return desa[code]; });
    T.$('desa-terpilih').textContent = nama.length ? nama.join(', ') : 'belum ada';
  }

  function muatDesa(kecamatan) {
    var wadah = T.$('pilihan-desa');
    wadah.textContent = '';
    if (!kecamatan) { return; }
    T.api('GET', '/api/regions/' + encodeURIComponent(kecamatan) + '/children').then(function (result) {
      if (result.status !== 200) { T.gagal(result); return; }
      result.data.forEach(function (v) {
        var label = document.createElement('label');
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.value = v.code;
        box.checked = !!desa[v.code];
        box.addEventListener('change', function () {
          if (box.checked) { desa[v.code] = v.name; } else { delete desa[v.code]; }
          tampilkanDesaTerpilih();
        });
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + v.name));
        wadah.appendChild(label);
      });
    });
  }

  function muatKecamatan(regency) {
    return T.api('GET', '/api/regions/' + encodeURIComponent(regency) + '/children').then(function (result) {
      if (result.status !== 200) { return; }
      result.data.forEach(function (d) {
        var option = document.createElement('option');
        option.value = d.code;
        option.textContent = d.name;
        T.$('kecamatan').appendChild(option);
      });
    });
  }

  function muatTim() {
    return T.api('GET', '/api/outreach/team-options').then(function (result) {
      if (result.status !== 200) { return false; }
      result.data.forEach(function (m) {
        var label = document.createElement('label');
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.name = 'members';
        box.value = m.userId;
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + m.name + ' (' + m.role + ')'));
        T.$('pilihan-tim').appendChild(label);
      });
      return true;
    });
  }

  function dicentang(name) {
    return Array.prototype.map.call(document.querySelectorAll('input[name=' + name + ']:checked'),
      function (b) { return b.value; });
  }

  function simpan(event) {
    event.preventDefault();
    var form = T.$('form-putaran');
    T.galatIsian(form);
    var body = {
      title: T.$('title').value.trim(), periodStart: T.$('periodStart').value || null,
      periodEnd: T.$('periodEnd').value || null, villageCodes: Object.keys(desa).sort(),
      members: dicentang('members'), focus: dicentang('focus'), focusOther: T.$('focusOther').value.trim() || null
    };
    T.api('POST', '/api/outreach/rounds', body).then(function (result) {
      if (result.status === 201) {
        T.pesan('Putaran "' + result.data.title + '" direncanakan; tim dapat mencatat kunjungan di halaman Penjangkauan.');
        form.reset();
        desa = {};
        tampilkanDesaTerpilih();
        muatDesa('');
        fokusLain();
        muatPutaran();
      } else if (!T.galatIsian(form, result)) {
        T.gagal(result);
      }
    });
  }

  function fokusLain() {
    var lain = T.$('fokus-lain').checked;
    T.$('focusOther').hidden = !lain;
    T.$('label-fokus-lain').hidden = !lain;
  }

  T.$('kecamatan').addEventListener('change', function () { muatDesa(T.$('kecamatan').value); });
  T.$('fokus-lain').addEventListener('change', fokusLain);
  T.$('form-putaran').addEventListener('submit', simpan);

  T.siap().then(function () {
    return Promise.all([muatPutaran(), muatTim(), T.api('GET', '/api/me')]);
  }).then(function (results) {
    var perencana = results[1];
    var me = results[2];
    T.$('rencana').hidden = !perencana;
    if (perencana && me.status === 200) {
      var regencies = {};
      (me.data.scope || []).forEach(function (code) {
        if (code.length >= 4) { regencies[code.substring(0, 4)] = true; }
      });
      Object.keys(regencies).forEach(muatKecamatan);
    }
  });
})();
