// Rapat Kasus Mingguan: the unit's agenda (GET /api/case-meetings/agenda) and the decisions per case
// (POST /api/case-meetings/decisions: a case note and tasks), and starting a case conference
// (POST /api/cases/{id}/conferences).
(function () {
  'use strict';
  var T = window.Terpadu;
  var ALASAN = {
    HIGH_RISK: 'Risiko tinggi',
    OVERDUE_TASKS: 'Tugas lewat tenggat',
    STUCK_REFERRAL: 'Rujukan macet',
    TERMINATION_PROPOSED: 'Usulan terminasi menunggu persetujuan',
    CONFERENCE_AGENDA: 'Diagendakan untuk konferensi kasus'
  };
  var RISIKO = { HIGH: 'Tinggi', MEDIUM: 'Sedang', LOW: 'Rendah' };
  var TAHAP = { TRIAGE: 'Triase', SAFETY: 'Keselamatan', ASSIGNMENT: 'Penunjukan', ASSESSMENT: 'Asesmen',
    PLANNING: 'Rencana layanan', REFERRAL: 'Rujukan', MONITORING: 'Monev', TERMINATION: 'Terminasi' };
  var kasus = null;

  function alasan(item) {
    var teks = item.reasons.map(function (r) {
      if (r === 'OVERDUE_TASKS') {
        return ALASAN[r] + ' (' + item.overdueTasks + ')';
      }
      if (r === 'STUCK_REFERRAL') {
        return ALASAN[r] + ': ' + item.stuckReferrals.map(function (s) {
          return s.agencyCode + ' (target ' + T.tanggal(s.targetDate) + ')';
        }).join(', ');
      }
      return ALASAN[r] || r;
    });
    return teks.join('; ');
  }

  function muat() {
    T.pesan('');
    return T.api('GET', '/api/case-meetings/agenda').then(function (result) {
      var tbody = T.$('baris-agenda');
      tbody.textContent = '';
      if (result.status !== 200) {
        T.gagal(result);
        return;
      }
      T.$('kosong').hidden = result.data.length > 0;
      result.data.forEach(function (item) {
        var tr = document.createElement('tr');
        T.sel(tr, item.caseNumber);
        T.sel(tr, RISIKO[item.riskLevel] || item.riskLevel);
        T.sel(tr, TAHAP[item.stage] || item.stage);
        T.sel(tr, item.caseworkerId);
        T.sel(tr, alasan(item));
        T.sel(tr, String(item.openDecisions));
        var aksi = document.createElement('div');
        aksi.className = 'aksi';
        aksi.appendChild(T.tombol('Catat keputusan', function () { buka(item); }));
        aksi.appendChild(T.tombol('Mulai konferensi kasus', function () { konferensi(item); }));
        T.sel(tr, aksi);
        tbody.appendChild(tr);
      });
    });
  }

  function konferensi(item) {
    T.api('POST', '/api/cases/' + item.caseId + '/conferences', {}).then(function (result) {
      if (result.status === 201) {
        T.pesan('Konferensi kasus ' + item.caseNumber + ' dimulai: jadwalkan di Tasklist (tugas "Jadwalkan '
          + 'konferensi kasus").');
      } else if (result.status === 409 && result.data && result.data.code === 'CONFERENCE_RUNNING') {
        T.pesan('Konferensi kasus ' + item.caseNumber + ' sudah berjalan; lihat Tasklist.', true);
      } else {
        T.gagal(result);
      }
    });
  }

  function barisKeputusan() {
    var i = T.$('daftar-keputusan').children.length;
    var div = document.createElement('fieldset');
    div.innerHTML = '<legend></legend>'
      + '<label>Keputusan</label><textarea rows="2" maxlength="1000" data-isian="text"></textarea>'
      + '<p class="galat" data-galat="decisions[' + i + '].text"></p>'
      + '<div class="baris"><div><label>Penanggung jawab</label><select data-isian="ownerType">'
      + '<option value="USER">Petugas unit (nama pengguna)</option>'
      + '<option value="GROUP">Kelompok unit (mis. supervisor-3504)</option>'
      + '<option value="AGENCY">Mitra layanan (kode, mis. dukcapil)</option></select></div>'
      + '<div><label>Nama pengguna / kelompok / kode mitra</label><input type="text" maxlength="64" data-isian="owner"></div>'
      + '<div><label>Tenggat</label><input type="date" data-isian="dueDate"></div></div>'
      + '<p class="galat" data-galat="decisions[' + i + '].owner"></p>'
      + '<p class="galat" data-galat="decisions[' + i + '].dueDate"></p>';
    div.querySelector('legend').textContent = 'Keputusan ' + (i + 1);
    div.appendChild(T.tombol('Hapus', function () { div.remove(); }));
    T.$('daftar-keputusan').appendChild(div);
  }

  function buka(item) {
    kasus = item;
    T.$('judul-keputusan').textContent = 'Hasil pembahasan kasus ' + item.caseNumber;
    T.$('catatan').value = '';
    T.$('daftar-keputusan').textContent = '';
    T.galatIsian(T.$('form-keputusan'));
    T.$('dialog-keputusan').showModal();
  }

  function simpan(event) {
    event.preventDefault();
    var decisions = Array.prototype.map.call(T.$('daftar-keputusan').children, function (fs) {
      var d = {};
      fs.querySelectorAll('[data-isian]').forEach(function (el) { d[el.getAttribute('data-isian')] = el.value; });
      return d;
    });
    T.api('POST', '/api/case-meetings/decisions', { caseId: kasus.caseId, note: T.$('catatan').value,
      decisions: decisions }).then(function (result) {
      if (result.status === 201) {
        T.$('dialog-keputusan').close();
        var tersimpan = 'Hasil pembahasan kasus ' + kasus.caseNumber + ' tersimpan; ' + result.data.decisionIds.length
          + ' tugas dibuat.';
        // The list is loaded again first: loading clears the message.
        muat().then(function () { T.pesan(tersimpan); });
      } else if (!T.galatIsian(T.$('form-keputusan'), result)) {
        T.gagal(result);
      }
    });
  }

  T.$('muat').addEventListener('click', muat);
  T.$('tambah-keputusan').addEventListener('click', barisKeputusan);
  T.$('simpan-keputusan').addEventListener('click', simpan);
  T.$('batal-keputusan').addEventListener('click', function () { T.$('dialog-keputusan').close(); });
  T.siap().then(muat);
})();
