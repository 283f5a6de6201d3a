// The public community report page (/lapor): no login. Calls only /api/public/**: region names for the village
// picker, a form token (sent back in X-Form-Token), sending the report, and a report's status by tracking code.
(function () {
  'use strict';

  var formToken = null;

  function $(id) { return document.getElementById(id); }

  function call(method, path, body) {
    var headers = { 'Accept': 'application/json, application/problem+json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (method === 'POST' && formToken) {
      headers['X-Form-Token'] = formToken;
    }
    return fetch(path, { method: method, headers: headers, credentials: 'omit', cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        return response.text().then(function (text) {
          var data = null;
          try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
          return { status: response.status, data: data, retryAfter: response.headers.get('Retry-After') };
        });
      }, function () { return { status: 0, data: null }; });
  }

  function pesan(el, text, salah) {
    el.textContent = text || '';
    el.className = salah ? 'salah' : '';
    el.hidden = !text;
  }

  function menit(detik) {
    var m = Math.max(1, Math.ceil(Number(detik || 3600) / 60));
    return m + ' menit';
  }

  function alasan(result) {
    var code = result.data && result.data.code;
    if (result.status === 0) {
      return 'Tidak ada sambungan internet. Periksa sambungan Anda, lalu coba lagi.';
    }
    if (result.status === 429) {
      return 'Terlalu banyak laporan dari jaringan Anda atau untuk desa ini dalam satu jam terakhir. '
        + 'Silakan coba lagi dalam sekitar ' + menit(result.retryAfter) + '. Bila anak dalam bahaya, hubungi 112 atau SAPA 129.';
    }
    if (result.status === 400 && result.data && result.data.errors) {
      return result.data.errors.map(function (e) { return e.message; }).join(' ');
    }
    if (code === 'FORM_TOO_FAST') {
      return 'Laporan terkirim terlalu cepat. Periksa kembali isian Anda, lalu kirim lagi.';
    }
    if (code === 'FORM_TOKEN_EXPIRED' || code === 'FORM_TOKEN_INVALID') {
      ambilToken();
      return 'Halaman ini sudah terlalu lama terbuka. Silakan kirim sekali lagi.';
    }
    if (result.status === 413) {
      return 'Laporan terlalu panjang. Persingkat uraian Anda.';
    }
    return 'Laporan belum dapat dikirim (' + result.status + '). Silakan coba lagi.';
  }

  function ambilToken() {
    return call('GET', '/api/public/report-form').then(function (result) {
      formToken = result.status === 200 && result.data ? result.data.token : null;
    });
  }

  function isi(select, regions, kosong) {
    select.innerHTML = '';
    var first = document.createElement('option');
    first.value = '';
    first.textContent = kosong;
    select.appendChild(first);
    (regions || []).forEach(function (r) {
      var o = document.createElement('option');
      o.value = r.code;
      o.textContent = r.name;
      select.appendChild(o);
    });
    select.disabled = false;
  }

  function kosongkan(select, teks) {
    select.innerHTML = '';
    var o = document.createElement('option');
    o.value = '';
    o.textContent = teks;
    select.appendChild(o);
    select.disabled = true;
  }

  function wilayah(parent, select, kosong) {
    var path = '/api/public/regions' + (parent ? '?parent=' + encodeURIComponent(parent) : '');
    return call('GET', path).then(function (result) {
      if (result.status === 200) {
        isi(select, result.data, kosong);
      } else {
        kosongkan(select, 'Daftar wilayah tidak dapat dimuat');
      }
    });
  }

  var tingkat = [
    { el: 'provinsi', anak: 'kabupaten', teks: '— pilih kabupaten/kota —' },
    { el: 'kabupaten', anak: 'kecamatan', teks: '— pilih kecamatan —' },
    { el: 'kecamatan', anak: 'villageCode', teks: '— pilih desa/kelurahan —' }
  ];
  tingkat.forEach(function (t, i) {
    $(t.el).addEventListener('change', function () {
      for (var j = i + 1; j < tingkat.length; j++) {
        kosongkan($(tingkat[j].el), '—');
      }
      kosongkan($('villageCode'), '—');
      if ($(t.el).value) {
        wilayah($(t.el).value, $(t.anak), t.teks);
      }
    });
  });

  $('anonymous').addEventListener('change', function () {
    $('kontak').hidden = $('anonymous').checked;
  });

  $('form-lapor').addEventListener('submit', function (event) {
    event.preventDefault();
    var p = $('pesan');
    if (!$('description').value.trim() || !$('category').value || !$('villageCode').value) {
      pesan(p, 'Isi apa yang terjadi, pilih masalahnya, dan pilih desa/kelurahan tempat kejadian.', true);
      return;
    }
    var anonim = $('anonymous').checked;
    var body = {
      description: $('description').value,
      category: $('category').value,
      childInDanger: $('childInDanger').checked,
      villageCode: $('villageCode').value,
      anonymous: anonim,
      contactName: anonim ? null : $('contactName').value,
      contactPhone: anonim ? null : $('contactPhone').value,
      relation: anonim ? null : $('relation').value,
      website: $('website').value
    };
    $('kirim').disabled = true;
    pesan(p, 'Mengirim…', false);
    call('POST', '/api/public/reports', body).then(function (result) {
      $('kirim').disabled = false;
      if (result.status === 201 && result.data) {
        pesan(p, '', false);
        $('form-lapor').hidden = true;
        $('kode-baru').textContent = result.data.trackingCode;
        $('terkirim').hidden = false;
        $('terkirim').focus();
      } else {
        pesan(p, alasan(result), true);
      }
    });
  });

  $('form-status').addEventListener('submit', function (event) {
    event.preventDefault();
    var kode = $('kode').value.trim();
    var s = $('status');
    if (!kode) {
      pesan(s, 'Isi kode pelacakan Anda.', true);
      return;
    }
    call('GET', '/api/public/reports/' + encodeURIComponent(kode)).then(function (result) {
      if (result.status === 200 && result.data) {
        pesan(s, 'Status: ' + result.data.label, false);
      } else if (result.status === 404) {
        pesan(s, 'Kode tidak ditemukan. Periksa kembali kode Anda.', true);
      } else if (result.status === 429) {
        pesan(s, 'Terlalu banyak pengecekan dari jaringan Anda. Coba lagi dalam sekitar ' + menit(result.retryAfter) + '.', true);
      } else {
        pesan(s, 'Status belum dapat dilihat (' + result.status + '). Coba lagi.', true);
      }
    });
  });

  ambilToken();
  wilayah(null, $('provinsi'), '— pilih provinsi —');
}());
