// The person registry pages (/orang) use the shared page helpers (/umum/terpadu.js) under the name Orang.
window.Orang = window.Terpadu;
