// Laporan unit: reads the five reports from /api/reports on the Camunda webapps' session and shows each as a
// chart (grafik.js, SVG) and a table, with year, regency and district filters, CSV/XLSX downloads and printing.
(function () {
  'use strict';

  function $(id) { return document.getElementById(id); }

  var wilayah = []; // regencies of the caller's scope: [{code, name}]

  function api(path) {
    return fetch(path, { headers: { 'Accept': 'application/json, application/problem+json',
      'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin' })
      .then(function (response) {
        return response.text().then(function (text) {
          var data = null;
          try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
          return { status: response.status, data: data };
        });
      });
  }

  function pesan(text, salah) {
    var p = $('pesan');
    p.textContent = text || '';
    p.className = salah ? 'salah' : '';
    p.hidden = !text;
  }

  function gagal(result) {
    if (result.status === 401) {
      pesan('Sesi Anda berakhir. Silakan masuk kembali melalui halaman awal Camunda.', true);
    } else if (result.status === 403) {
      pesan('Laporan hanya untuk supervisor, kepala unit, petugas provinsi dan administrator.', true);
    } else if (result.status === 404) {
      pesan('Wilayah yang dipilih tidak ada dalam cakupan Anda.', true);
    } else if (result.status === 400 && result.data && result.data.errors) {
      pesan(result.data.errors.map(function (e) { return e.message; }).join(' '), true);
    } else {
      pesan('Terjadi kesalahan (' + result.status + '). Coba lagi.', true);
    }
  }

  function angka(v) {
    if (v === null || v === undefined) { return '–'; }
    return typeof v === 'number' ? v.toLocaleString('id-ID') : String(v);
  }

  function persen(v) {
    return v === null || v === undefined ? '–' : Math.round(v * 100) + '%';
  }

  // A table from a header and rows; numbers right-aligned; the last row bold when "jumlah" is set.
  function tabel(container, judul, header, rows, jumlah) {
    container.textContent = '';
    if (judul) {
      var h = document.createElement('h3');
      h.textContent = judul;
      container.appendChild(h);
    }
    var table = document.createElement('table');
    var thead = table.createTHead().insertRow();
    header.forEach(function (text) {
      var th = document.createElement('th');
      th.textContent = text;
      thead.appendChild(th);
    });
    var body = table.createTBody();
    rows.forEach(function (row, i) {
      var tr = body.insertRow();
      if (jumlah && i === rows.length - 1) { tr.className = 'jumlah'; }
      row.forEach(function (cell) {
        var td = tr.insertCell();
        td.textContent = cell;
        if (/^[\d.,–%\s-]+$/.test(String(cell))) { td.className = 'angka'; }
      });
    });
    container.appendChild(table);
  }

  function parameter() {
    var q = ['fromYear=' + encodeURIComponent($('dari').value), 'toYear=' + encodeURIComponent($('sampai').value)];
    if ($('kabupaten').value) { q.push('regencyCode=' + $('kabupaten').value); }
    if ($('kecamatan').value) { q.push('districtCode=' + $('kecamatan').value); }
    if ($('per-kabupaten').checked && !$('kabupaten').value && !$('kecamatan').value) {
      q.push('groupBy=regency');
    }
    return q.join('&');
  }

  function tautanEkspor(q) {
    Array.prototype.forEach.call(document.querySelectorAll('a[data-format]'), function (a) {
      a.href = '/api/reports/' + a.getAttribute('data-laporan') + '?' + q + '&format=' + a.getAttribute('data-format');
      a.setAttribute('download', '');
    });
  }

  function tampilkanKasus(r) {
    Grafik.batang($('grafik-kasus'), {
      title: 'Kasus per kategori dan tahun',
      labels: r.rows.map(function (row) { return row.label; }),
      series: r.years.map(function (y) {
        return { name: String(y), values: r.rows.map(function (row) { return row.counts[String(y)]; }) };
      })
    });
    var header = ['Kategori'].concat(r.years.map(String)).concat(['Jumlah']);
    var rows = r.rows.map(function (row) {
      var values = r.years.map(function (y) { return row.counts[String(y)]; });
      var sum = values.reduce(function (a, b) { return a + b; }, 0);
      return [row.label].concat(values.map(angka)).concat([angka(sum)]);
    });
    rows.push(['Jumlah'].concat(r.years.map(function (y) { return angka(r.totals[String(y)]); }))
      .concat([angka(r.total)]));
    tabel($('tabel-kasus'), null, header, rows, true);
    if (r.regencies) {
      tabel($('tabel-kasus-kabupaten'), 'Per kabupaten/kota', ['Kabupaten/kota'].concat(r.years.map(String))
        .concat(['Jumlah']), r.regencies.map(function (g) {
          return [g.regencyName].concat(r.years.map(function (y) { return angka(g.totals[String(y)]); }))
            .concat([angka(g.total)]);
        }));
    } else {
      $('tabel-kasus-kabupaten').textContent = '';
    }
  }

  function tampilkanPenjangkauan(r) {
    var labels = r.rows.map(function (row) { return String(row.year); });
    Grafik.garis($('grafik-penjangkauan'), {
      title: 'Penjangkauan per tahun', labels: labels, series: [
        { name: 'Desa/kelurahan dikunjungi', values: r.rows.map(function (row) { return row.villages; }) },
        { name: 'Kecamatan dikunjungi', values: r.rows.map(function (row) { return row.districts; }) },
        { name: 'Anak terjangkau', values: r.rows.map(function (row) { return row.children; }) }]
    });
    var rows = r.rows.map(function (row) {
      return [String(row.year), angka(row.villages), angka(row.districts), angka(row.children)];
    });
    rows.push(['Seluruh periode', angka(r.totals.villages), angka(r.totals.districts), angka(r.totals.children)]);
    tabel($('tabel-penjangkauan'), null, ['Tahun', 'Desa/kelurahan dikunjungi', 'Kecamatan dikunjungi',
      'Anak terjangkau'], rows, true);
    if (r.regencies) {
      tabel($('tabel-penjangkauan-kabupaten'), 'Per kabupaten/kota (seluruh periode)', ['Kabupaten/kota',
        'Desa/kelurahan', 'Kecamatan', 'Anak terjangkau'], r.regencies.map(function (g) {
          return [g.regencyName, angka(g.totals.villages), angka(g.totals.districts), angka(g.totals.children)];
        }));
    } else {
      $('tabel-penjangkauan-kabupaten').textContent = '';
    }
  }

  function barisPencegahan(tahun, row, kinds) {
    return [tahun].concat(kinds.map(function (k) { return angka(row.activities[k.code]); }))
      .concat([angka(row.totalActivities), angka(row.boys), angka(row.girls), angka(row.men), angka(row.women),
        angka(row.participants)]);
  }

  function tampilkanPencegahan(r) {
    Grafik.batang($('grafik-pencegahan'), {
      title: 'Kegiatan pencegahan per tahun', stacked: true,
      labels: r.rows.map(function (row) { return String(row.year); }),
      series: r.kinds.map(function (k) {
        return { name: k.label, values: r.rows.map(function (row) { return row.activities[k.code]; }) };
      })
    });
    var header = ['Tahun'].concat(r.kinds.map(function (k) { return k.label; })).concat(['Jumlah kegiatan',
      'Anak laki-laki', 'Anak perempuan', 'Laki-laki dewasa', 'Perempuan dewasa', 'Jumlah peserta']);
    var rows = r.rows.map(function (row) { return barisPencegahan(String(row.year), row, r.kinds); });
    rows.push(barisPencegahan('Seluruh periode', r.totals, r.kinds));
    tabel($('tabel-pencegahan'), null, header, rows, true);
    if (r.regencies) {
      tabel($('tabel-pencegahan-kabupaten'), 'Per kabupaten/kota (seluruh periode)', ['Kabupaten/kota']
        .concat(header.slice(1)), r.regencies.map(function (g) {
          return barisPencegahan(g.regencyName, g.totals, r.kinds);
        }));
    } else {
      $('tabel-pencegahan-kabupaten').textContent = '';
    }
  }

  var HASIL = [
    { key: 'completed', name: 'Selesai', color: '#2e8540' },
    { key: 'notCompleted', name: 'Tidak selesai', color: '#8c6d1f' },
    { key: 'declined', name: 'Ditolak', color: '#b3261e' },
    { key: 'cancelled', name: 'Dibatalkan', color: '#546e7a' },
    { key: 'inProgress', name: 'Dalam proses', color: '#1b5e9b' }];

  function barisRujukan(row) {
    return [row.agencyName, angka(row.sent), angka(row.accepted), angka(row.declined), angka(row.completed),
      angka(row.notCompleted), angka(row.cancelled), angka(row.inProgress), angka(row.overdue),
      angka(row.medianDaysToCompletion)];
  }

  var KOLOM_RUJUKAN = ['Mitra layanan', 'Dikirim', 'Diterima', 'Ditolak', 'Selesai', 'Tidak selesai', 'Dibatalkan',
    'Dalam proses', 'Terlambat', 'Median hari sampai selesai'];

  function tampilkanRujukan(r) {
    Grafik.batang($('grafik-rujukan'), {
      title: 'Hasil rujukan per mitra layanan', stacked: true,
      labels: r.rows.map(function (row) { return row.agencyName; }),
      series: HASIL.map(function (h) {
        return { name: h.name, color: h.color, values: r.rows.map(function (row) { return row[h.key]; }) };
      })
    });
    var rows = r.rows.map(barisRujukan);
    rows.push(barisRujukan(r.totals));
    tabel($('tabel-rujukan'), null, KOLOM_RUJUKAN, rows, true);
    if (r.regencies) {
      tabel($('tabel-rujukan-kabupaten'), 'Per kabupaten/kota', ['Kabupaten/kota'].concat(KOLOM_RUJUKAN.slice(1)),
        r.regencies.map(function (g) { return [g.regencyName].concat(barisRujukan(g.totals).slice(1)); }));
    } else {
      $('tabel-rujukan-kabupaten').textContent = '';
    }
  }

  function tampilkanKetepatan(r) {
    tabel($('tabel-durasi'), 'Waktu sejak pengaduan diterima (hari)', ['Ukuran', 'Jumlah kasus', 'Median',
      'Persentil 90'], r.durations.map(function (d) {
        return [d.label, angka(d.cases), angka(d.medianDays), angka(d.p90Days)];
      }));
    var stages = r.stages.filter(function (s) { return s.completed > 0 || s.open > 0; });
    Grafik.batang($('grafik-ketepatan'), {
      title: 'Porsi tugas selesai tepat waktu per tahap', percent: true,
      labels: stages.map(function (s) { return s.label; }),
      series: [{ name: 'Selesai tepat waktu', color: '#2e8540',
        values: stages.map(function (s) { return s.onTimeShare || 0; }) }]
    });
    tabel($('tabel-tahap'), null, ['Tahap', 'Tugas selesai', 'Tepat waktu', 'Terlambat selesai', 'Masih terbuka',
      'Terbuka lewat tenggat', 'Porsi tepat waktu'], r.stages.map(function (s) {
        return [s.label, angka(s.completed), angka(s.onTime), angka(s.late), angka(s.open), angka(s.openOverdue),
          persen(s.onTimeShare)];
      }));
    if (r.regencies) {
      tabel($('tabel-ketepatan-kabupaten'), 'Per kabupaten/kota (median hari)', ['Kabupaten/kota']
        .concat(r.durations.map(function (d) { return d.label; })), r.regencies.map(function (g) {
          return [g.regencyName].concat(g.durations.map(function (d) { return angka(d.medianDays); }));
        }));
    } else {
      $('tabel-ketepatan-kabupaten').textContent = '';
    }
  }

  function muat() {
    var q = parameter();
    pesan('Memuat laporan…', false);
    tautanEkspor(q);
    var nama = ['case-responses', 'outreach', 'referrals', 'timeliness', 'prevention-activities'];
    return Promise.all(nama.map(function (n) { return api('/api/reports/' + n + '?' + q); }))
      .then(function (results) {
        var salah = results.filter(function (r) { return r.status !== 200; })[0];
        if (salah) {
          $('isi').hidden = true;
          gagal(salah);
          return;
        }
        pesan('', false);
        $('isi').hidden = false;
        tampilkanKasus(results[0].data);
        tampilkanPenjangkauan(results[1].data);
        tampilkanRujukan(results[2].data);
        tampilkanKetepatan(results[3].data);
        tampilkanPencegahan(results[4].data);
        var kab = $('kabupaten'), kec = $('kecamatan');
        $('keterangan-cetak').textContent = 'Tahun ' + $('dari').value + '–' + $('sampai').value + ' · '
          + (kec.value ? kec.options[kec.selectedIndex].text : kab.value ? kab.options[kab.selectedIndex].text
            : wilayah.length === 1 ? wilayah[0].name : 'Semua wilayah dalam cakupan');
        document.body.setAttribute('data-dimuat', 'ya');
      });
  }

  function isiKecamatan() {
    var regency = $('kabupaten').value || (wilayah.length === 1 ? wilayah[0].code : '');
    var select = $('kecamatan');
    select.length = 1;
    select.disabled = !regency;
    if (!regency) { return Promise.resolve(); }
    return api('/api/regions/' + regency + '/children').then(function (result) {
      if (result.status !== 200 || !result.data) { return; }
      result.data.forEach(function (d) {
        var option = document.createElement('option');
        option.value = d.code;
        option.textContent = d.name;
        select.appendChild(option);
      });
    });
  }

  function mulai() {
    var tahun = new Date().getFullYear();
    $('sampai').value = tahun;
    $('dari').value = tahun - 4;
    api('/api/reports/regions').then(function (result) {
      if (result.status !== 200) {
        gagal(result);
        return;
      }
      wilayah = result.data || [];
      var select = $('kabupaten');
      wilayah.forEach(function (r) {
        var option = document.createElement('option');
        option.value = r.code;
        option.textContent = r.name;
        select.appendChild(option);
      });
      $('pilih-kabupaten').hidden = wilayah.length < 2;
      $('pilih-kelompok').hidden = wilayah.length < 2;
      isiKecamatan().then(muat);
    });
    $('kabupaten').addEventListener('change', isiKecamatan);
    $('saring').addEventListener('submit', function (e) {
      e.preventDefault();
      muat();
    });
    $('cetak').addEventListener('click', function () { window.print(); });
  }

  mulai();
})();
