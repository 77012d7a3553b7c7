#!/usr/bin/env node
// Converts the rule data of the npm package date-holidays into hashvet observance files
// (hashvet-core/src/main/resources/dates/holidays/<CC>.yml). Run by scripts/fetch-holidays.sh, which installs the
// pinned package; see docs/dates.md ("Imported public holidays") for what is kept and how.
//
// Usage: node convert.cjs PACKAGE_DIR OUT_DIR CURATED_JSON...
//   PACKAGE_DIR   node_modules folder holding date-holidays and date-holidays-parser
//   OUT_DIR       where <CC>.yml files are written (the folder is emptied first)
//   CURATED_JSON  `hashvet dates --region global --year Y --format json` outputs of the curated
//                 calendar, to skip a holiday that a curated observance already covers
'use strict';

const fs = require('fs');
const path = require('path');

const [pkgDir, outDir, ...curatedFiles] = process.argv.slice(2);
const req = (p) => require(path.join(pkgDir, p));
const Holidays = req('date-holidays');
const ParserMod = req('date-holidays-parser/lib/Parser.cjs');
const Parser = ParserMod.default || ParserMod;
const pkg = req('date-holidays/package.json');
const DATA = req('date-holidays/data/holidays.json');

const YEARS = [2024, 2025, 2026, 2027, 2028, 2029, 2030];
const EXAMPLE_YEARS = [2026, 2027, 2030];
const parser = new Parser();
const skipped = {};
const skip = (why) => { skipped[why] = (skipped[why] || 0) + 1; };

// ---- ISO 3166-1 codes that java.util.Locale knows (Java 17) ------------------------------------
// date-holidays uses a few codes Java does not (XK Kosovo, IC Canary Islands); those are skipped.
const JAVA_ISO = new Set(String(process.env.ISO_COUNTRIES || '').split(/\s+/).filter(Boolean));

// ---- curated observances: {CC or global: [{start, end}]} per year -------------------------------
const curated = [];
for (const f of curatedFiles) {
  for (const row of JSON.parse(fs.readFileSync(f, 'utf8'))) {
    if (!row.date || String(row.source || '').startsWith('date-holidays')) continue;
    // The first day with its window: a holiday on that day is the same observance (an Eid a day
    // apart); a day inside a long span (a holiday during Ramadan) is not.
    const start = addDays(row.date, -(row.window ? row.window.before : 0));
    const end = addDays(row.date, row.window ? row.window.after : 0);
    curated.push({ id: row.id, regions: row.regions, start, end });
  }
}
const curatedIds = new Set(curated.map((c) => c.id));

function addDays(iso, n) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function coveredByCurated(cc, dates) {
  // Covered when one curated observance of the market (or a global one) holds the day in each
  // year of the curated listings (a window counts: an Eid a day apart is the same Eid).
  const years = [...new Set(curatedFiles.map((f) => path.basename(f).match(/(\d{4})/)[1]))];
  if (!years.some((y) => (dates[y] || []).length > 0)) return false;
  const spans = {};
  for (const c of curated) {
    if (c.regions.includes(cc) || c.regions.includes('global')) (spans[c.id] ||= []).push(c);
  }
  return Object.values(spans).some((list) => years.every((y) => (dates[y] || [])
    .every((d) => list.some((c) => d >= c.start && d <= c.end))));
}

// ---- calendars hashvet computes with ICU: the same answers from node's ICU ----------------------
const HIJRI = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura',
  { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
const HEBREW = new Intl.DateTimeFormat('en-u-ca-hebrew',
  { timeZone: 'UTC', month: 'long', day: 'numeric' });
const lunarMemo = new Map();
function lunarYear(kind, year) {
  const key = kind + year;
  if (!lunarMemo.has(key)) {
    const days = [];
    const fmt = kind === 'hijri' ? HIJRI : HEBREW;
    for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year;
      d.setUTCDate(d.getUTCDate() + 1)) {
      const parts = Object.fromEntries(fmt.formatToParts(d).map((p) => [p.type, p.value]));
      days.push({ iso: d.toISOString().slice(0, 10), month: parts.month, day: +parts.day });
    }
    lunarMemo.set(key, days);
  }
  return lunarMemo.get(key);
}

// hashvet's Hebrew month names (ICU order) for date-holidays' spellings; Intl's long names.
const HEBREW_NAMES = {
  Tishrei: ['tishrei', ['Tishri']], Cheshvan: ['heshvan', ['Heshvan']],
  Kislev: ['kislev', ['Kislev']], Tevet: ['tevet', ['Tevet']], Shvat: ['shevat', ['Shevat']],
  Adar: ['adar', ['Adar', 'Adar II']], Nisan: ['nisan', ['Nisan']], Iyyar: ['iyar', ['Iyar']],
  Sivan: ['sivan', ['Sivan']], Tamuz: ['tammuz', ['Tamuz']], Av: ['av', ['Av']],
  Elul: ['elul', ['Elul']],
};
const HIJRI_NAMES = ['muharram', 'safar', 'rabi_al_awwal', 'rabi_al_thani', 'jumada_al_ula',
  'jumada_al_thani', 'rajab', 'shaban', 'ramadan', 'shawwal', 'dhu_al_qidah', 'dhu_al_hijjah'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const pad = (n) => String(n).padStart(2, '0');

/**
 * The hashvet date mapping for a parsed date-holidays rule, or a reason it cannot be converted.
 * Returns {date: {...}, lunar: 'hijri'|'hebrew'|null, hebrewMonth} or {skip: reason}.
 */
function convert(rule, parsed) {
  const [fn, ...rest] = parsed;
  const out = {};
  let lunar = null;
  let hebrewNames = null;
  let hijriMonth = 0;
  let day = 0;
  switch (fn.fn) {
    case 'gregorian':
      if (fn.year) return { skip: 'one-off date (tabled when its years run through 2024-2030)' };
      if (fn.month === 2 && fn.day === 29) return { skip: '29 February' };
      out.fixed = `${pad(fn.month)}-${pad(fn.day)}`;
      break;
    case 'easter':
      out.easter = fn.type === 'orthodox' ? 'orthodox' : 'western';
      if (fn.offset) out.offset = fn.offset;
      break;
    case 'islamic':
      if (fn.day > 29) return { skip: 'Hijri day 30 (not in every month)' };
      out.hijri = { month: HIJRI_NAMES[fn.month - 1], day: fn.day };
      lunar = 'hijri';
      hijriMonth = fn.month;
      day = fn.day;
      break;
    case 'hebrew': {
      const name = rule.match(/\d+\s+([A-Za-z]+)/)[1];
      if (!HEBREW_NAMES[name] || fn.day > 29) return { skip: 'Hebrew month or day not supported' };
      out.hebrew = { month: HEBREW_NAMES[name][0], day: fn.day };
      lunar = 'hebrew';
      hebrewNames = HEBREW_NAMES[name][1];
      day = fn.day;
      break;
    }
    case 'chinese':
      if (fn.leapMonth || fn.solarterm || fn.cycle || fn.year) {
        return { skip: 'Chinese leap month, solar term or cycle year' };
      }
      out.chinese = { month: fn.month, day: fn.day };
      break;
    case 'julian':
      if (fn.year) return { skip: 'one-off date (tabled when its years run through 2024-2030)' };
      out.julian = `${pad(fn.month)}-${pad(fn.day)}`;
      break;
    default:
      return { skip: `calendar '${fn.fn}' not converted` };
  }
  let and = false;
  for (const r of rest) {
    if (r.modifier === 'and') {
      and = true;
    } else if (r.rule === 'dateIfThen') {
      if (and) continue; // the day stays; the extra day off ("and if") is a substitute
      if (!WEEKDAYS.includes(r.then) || !['next', 'previous'].includes(r.direction)) {
        return { skip: 'a move to a time or an unknown direction' };
      }
      out.shift ||= {};
      for (const w of r.if) {
        if (w in out.shift) return { skip: 'a weekday moved twice' };
        const from = WEEKDAYS.indexOf(w);
        const to = WEEKDAYS.indexOf(r.then);
        let n = r.direction === 'next' ? (to - from + 7) % 7 : -((from - to + 7) % 7);
        if (n === 0) n = r.direction === 'next' ? 7 : -7;
        out.shift[w] = n;
      }
    } else if (r.rule === 'dateDir' && fn.fn === 'gregorian' && out.fixed && !out.shift) {
      const anchor = out.fixed;
      delete out.fixed;
      if (r.direction === 'before') {
        out.weekday_before = { date: anchor, weekday: r.weekday, nth: r.count };
      } else if (r.direction === 'after' && fn.day === 1) {
        out.nth_weekday = { month: MONTHS[fn.month - 1], weekday: r.weekday, nth: r.count };
      } else if (r.direction === 'after') {
        out.weekday_from = { date: anchor, weekday: r.weekday, nth: r.count };
      } else {
        return { skip: `weekday rule '${r.direction}'` };
      }
    } else if (r.rule === 'duration') {
      if (r.duration % 24 !== 0) return { skip: 'duration in part-days' };
      if (r.duration / 24 > 1) out.days = r.duration / 24;
    } else if (r.rule === 'time') {
      // the start hour does not change the day
    } else if (r.rule === 'activeFrom' || r.rule === 'activeTo') {
      return { skip: 'in force only from or to a year ("since", "prior to")' };
    } else {
      return { skip: `rule part '${r.rule || r.modifier}' not converted` };
    }
  }
  return { date: out, lunar, hebrewNames, hijriMonth, day, and };
}

// Lunar dates as hashvet computes them (Umm al-Qura and Hebrew via ICU), with the offset and shift.
function lunarDates(conv, year) {
  const hits = lunarYear(conv.lunar, year).filter((d) => d.day === conv.day && (conv.lunar === 'hijri'
    ? +d.month === conv.hijriMonth : conv.hebrewNames.includes(d.month)));
  return hits.map((d) => {
    let iso = addDays(d.iso, conv.date.offset || 0);
    const wd = WEEKDAYS[new Date(iso + 'T00:00:00Z').getUTCDay()];
    if (conv.date.shift && conv.date.shift[wd]) iso = addDays(iso, conv.date.shift[wd]);
    return iso;
  }).filter((iso) => iso.startsWith(String(year)));
}

// The days of a fixed rule with its weekday moves among date-holidays' answers for a year.
function fixedDays(date, year, answers) {
  if (!date.fixed) return answers.slice(0, 1);
  let iso = `${year}-${date.fixed}`;
  const wd = WEEKDAYS[new Date(iso + 'T00:00:00Z').getUTCDay()];
  if (date.shift && date.shift[wd]) iso = addDays(iso, date.shift[wd]);
  return answers.includes(iso) ? [iso] : [];
}

// ---- names and classes --------------------------------------------------------------------------
function names(cc, def) {
  let n = def.name;
  const ref = def._name && DATA.names[def._name];
  if (!n && ref) n = ref.name;
  if (n && ref && !n.en && ref.name.en) n = { ...ref.name, ...n };
  return n || {};
}

function plain(s) {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

const MOURN = /mourning|genocide|massacre|victims|holocaust|martyr|tragedy|remembrance of the dead/i;
const REMEMBER = /memorial|remembrance|commemorat|fallen|in memory|anniversary of the death/i;
const RELIGIOUS = new RegExp(['christmas', 'easter', 'good friday', 'holy', 'saint', '\\bst\\.? ',
  'assumption', 'ascension', 'pentecost', 'whit', 'corpus christi', 'epiphany', 'all saints',
  'all souls', 'immaculate', 'eid', 'id-ul', 'hari raya', 'ramadan', 'ramazan', 'mawlid', 'prophet',
  'ashura', 'islamic new year', 'hijri', 'muharram', 'isra', 'laylat', 'lailat', 'yom kippur',
  'rosh hashana', 'passover', 'pesach', 'shavuot', 'sukkot', 'hanukkah', 'purim', 'diwali',
  'deepavali', 'vesak', 'buddha', 'poya', 'holi\\b', 'thaipusam', 'navratri', 'dussehra', 'durga',
  'janmashtami', 'guru', 'shivaratri', 'ram navami', 'mahavir', 'christ', 'lent', 'reformation',
  'annunciation', 'transfiguration', 'nativity', 'baptism', 'theophany', 'orthodox', 'virgin',
  'our lady', 'lady of', 'maundy', 'ash wednesday', 'trinity', 'sacred heart', 'candlemas',
  'all hallows', 'shrove', 'day of the dead', 'arafat', 'arafah', 'mouloud', 'maulid', 'milad',
  'tabaski', 'korite', 'vesak', 'waisak', 'nyepi', 'galungan', 'kuningan', 'magha', 'asalha',
  'khao phansa', 'ganesh', 'onam', 'pongal', 'vaisakhi', 'baisakhi', 'chhath', 'kwanzaa',
  'st\\.', 'san ', 'santa ', 'sainte', 'saint-', 'hl\\.', 'heilig', 'pfingst', 'ostern',
  'fronleichnam', 'weihnacht', 'allerheiligen', 'bodhi', 'losar', 'wesak', 'esala', 'poson',
].join('|'), 'i');
const POLITICAL = /independence|national day|republic|constitution|revolution|liberation|unity|victory|freedom|democracy|\bking|queen|president|sovereignty|statehood|flag|armed forces|army|heroes|founding|foundation|restoration|union|national|statehood|emancipation|proclamation|treaty|state day|autonomy|armistice/i;

function classify(english, fnName) {
  if (MOURN.test(english)) {
    return { kind: 'remembrance', promo: 'block', plain: 'info', cls: 'mourning' };
  }
  if (REMEMBER.test(english)) {
    return { kind: 'remembrance', promo: 'review', plain: 'info', cls: 'remembrance' };
  }
  if (RELIGIOUS.test(english) || ['easter', 'islamic', 'hebrew', 'julian'].includes(fnName)) {
    return { kind: 'religious', promo: 'review', plain: 'none', cls: 'religious' };
  }
  if (POLITICAL.test(english)) {
    return { kind: 'political', promo: 'info', plain: 'none', cls: 'civic' };
  }
  return { kind: 'holiday', promo: 'info', plain: 'none', cls: 'civic' };
}

const GUIDANCE = {
  mourning: (c) => `A day of mourning in ${c}: no sales or cheerful posts; acknowledge it soberly`
    + ' or stay quiet.',
  remembrance: (c) => `A day of remembrance in ${c}: keep promotions away from it and its symbols;`
    + ' a sober acknowledgement is fine.',
  religious: (c) => `A religious holiday in ${c}: greetings fit, but keep playful or discount posts`
    + ' respectful of the faith, with no jokes about its rites or figures.',
  civic: (c) => `A public holiday in ${c}: holiday offers are normal; keep national symbols`
    + ' (flag, emblem) respectful and check local rules on their commercial use.',
};

function slug(s) {
  return plain(s).toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

// ---- main -------------------------------------------------------------------------------------
const countryName = new Intl.DisplayNames(['en'], { type: 'region' });
let written = 0;
let files = 0;
const perClass = {};
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const index = [];
const zones = []; // "CC zone": date-holidays' first zone of each market written

for (const cc of Object.keys(DATA.holidays).sort()) {
  if (!JAVA_ISO.has(cc)) {
    Object.keys(DATA.holidays[cc].days || {}).forEach(() => skip(`country code not in ISO 3166-1 (${cc})`));
    continue;
  }
  const country = DATA.holidays[cc];
  const langs = country.langs || ['en'];
  const hd = new Holidays(cc);
  const answers = {}; // rule -> year -> [dates] from date-holidays itself, days off excluded
  for (const y of YEARS) {
    for (const h of hd.getHolidays(y, 'en')) {
      if (h.substitute) continue;
      const day = h.date.slice(0, 10);
      ((answers[h.rule] ||= {})[y] ||= []).push(day);
    }
  }
  const entries = [];
  const oneOffs = {}; // english name -> {year -> [dates]}, tabled when they span 2024-2030
  for (const [rule, def] of Object.entries(country.days || {})) {
    if (def.substitute || /^substitutes\b/.test(rule)) { skip('substitute day off (the day itself is kept)'); continue; }
    const type = String(def.type || 'public').toLowerCase();
    if (type === 'bank' || type === 'school') { skip(`type '${type}'`); continue; }
    if (def.enable || def.disable) { skip('moved or cancelled in listed years (enable/disable)'); continue; }
    if (def.active) { skip('in force only for a span of years (active)'); continue; }
    const nm = names(cc, def);
    const english = nm.en || nm[langs[0]] || Object.values(nm)[0];
    if (!english) { skip('no name'); continue; }
    let parsed;
    try { parsed = parser.parse(rule); } catch (e) { parsed = null; }
    if (!parsed || !parsed.length) { skip('rule the parser does not read'); continue; }
    if (parsed[0].fn === 'gregorian' && parsed[0].year && parsed.length === 1) {
      const y = parsed[0].year;
      ((oneOffs[english] ||= { nm, years: {} }).years[y] ||= [])
        .push(`${y}-${pad(parsed[0].month)}-${pad(parsed[0].day)}`);
      continue;
    }
    if (parsed[0].fn === 'bengali-revised' && parsed.length === 1) {
      // The revised Bangla calendar (2019) keeps every day on the same Gregorian day.
      const days = YEARS.map((y) => (answers[rule] || {})[y] || []);
      const md = new Set(days.flat().map((d) => d.slice(5)));
      if (md.size !== 1 || days.some((d) => d.length !== 1)) { skip('bengali-revised date that moves'); continue; }
      const fixed = [...md][0];
      entries.push({ rule, nm, english, date: { fixed }, fn: 'gregorian',
        dates: Object.fromEntries(YEARS.map((y, i) => [y, days[i]])), type,
        note: ` (= ${fixed} every year in the revised Bangla calendar)` });
      continue;
    }
    const conv = convert(rule, parsed);
    if (conv.skip) { skip(conv.skip); continue; }
    // A lunar festival on a fixed Gregorian day is a data error (it moves every year).
    if (parsed[0].fn === 'gregorian' && /poya|vesak|buddha|eid|id-ul|diwali|deepavali|ramadan|ramazan|hari raya|mawlid|milad|thaipusam|holi\b|janmashtami|lunar new year|chinese new year/i.test(english)) {
      skip('lunar festival on a fixed Gregorian day (wrong in other years)');
      continue;
    }
    const dates = {};
    for (const y of YEARS) {
      dates[y] = conv.lunar ? lunarDates(conv, y) : ((answers[rule] || {})[y] || []);
      // "and if sunday then next monday": date-holidays lists the extra day off unflagged; the
      // day itself is the fixed day (with its own move, if any).
      if (!conv.lunar && conv.and) dates[y] = fixedDays(conv.date, y, dates[y]);
    }
    if (conv.lunar === 'hebrew' && YEARS.some((y) => dates[y].length === 0)) {
      skip('Hebrew date missing from a year of 2024-2030'); continue;
    }
    entries.push({ rule, nm, english, date: conv.date, fn: parsed[0].fn, dates, type, lunar: conv.lunar });
  }
  for (const [english, o] of Object.entries(oneOffs)) {
    const ys = Object.keys(o.years).map(Number).sort((a, b) => a - b);
    if (!YEARS.every((y) => o.years[y])) { Object.values(o.years).flat().forEach(() => skip('one-off date (years do not run through 2024-2030)')); continue; }
    let first = 2024;
    while (o.years[first - 1]) first--;
    let last = 2030;
    while (o.years[last + 1]) last++;
    ys.filter((y) => y < first || y > last).forEach(() => skip('one-off date outside the tabled run'));
    const table = {};
    for (let y = first; y <= last; y++) table[y] = o.years[y].sort();
    entries.push({ rule: `dates ${first}-${last}`, nm: o.nm, english, date: { table }, fn: 'table',
      dates: Object.fromEntries(YEARS.map((y) => [y, o.years[y]])), type: 'public' });
  }

  const out = [];
  const ids = new Set();
  for (const e of entries) {
    if (YEARS.every((y) => e.dates[y].length === 0)) { skip('no day in 2024-2030'); continue; }
    if (coveredByCurated(cc, e.dates)) { skip('already a curated observance on that day'); continue; }
    let id = `${cc.toLowerCase()}.${slug(e.english) || 'holiday'}`;
    if (!/^[a-z0-9]+(\.[a-z0-9]+(-[a-z0-9]+)*)+$/.test(id)) id = `${cc.toLowerCase()}.holiday`;
    if (curatedIds.has(id)) { skip('already a curated observance with that id'); continue; }
    for (let i = 2; ids.has(id); i++) id = id.replace(/-\d+$/, '') + `-${i}`;
    ids.add(id);
    const local = langs.filter((l) => l !== 'en').map((l) => e.nm[l]).find((n) => n && n !== e.english);
    const c = classify(e.english, e.fn);
    perClass[c.cls] = (perClass[c.cls] || 0) + 1;
    const examples = {};
    for (const y of EXAMPLE_YEARS) if (e.dates[y].length) examples[y] = e.dates[y];
    out.push({ id, name: local ? `${e.english} (${local})` : e.english, c, e, examples });
  }
  if (!out.length) continue;
  const place = countryName.of(cc);
  const lines = [
    `# Generated by scripts/fetch-holidays.sh from the npm package date-holidays ${pkg.version}`,
    '# (https://github.com/commenthol/date-holidays): code ISC, holiday data CC BY-SA 3.0 (its',
    '# sources are Wikipedia articles); this file is under CC BY-SA 3.0 as well (licenses/date-holidays.txt).',
    '# Do not edit: rerun the script. Curated observances in dates/*.yml take precedence.',
    `description: ${JSON.stringify(`${place}: public holidays and observances from date-holidays ${pkg.version}.`)}`,
    'observances:',
  ];
  for (const o of out) {
    const d = JSON.stringify(o.e.date).replace(/"([a-z_]+)":/g, '$1: ').replace(/,/g, ', ');
    const ex = Object.entries(o.examples).map(([y, ds]) => `${y}: ${ds.length === 1 ? ds[0] : `[${ds.join(', ')}]`}`).join(', ');
    lines.push(
      `  - id: ${o.id}`,
      `    name: ${JSON.stringify(o.name)}`,
      `    regions: [${JSON.stringify(cc)}]`,
      `    kind: ${o.c.kind}`,
      `    date: ${d}`,
      ...(o.e.lunar === 'hijri' ? ['    window: {before: 1, after: 1}'] : []),
      `    promo: ${o.c.promo}`,
      `    plain: ${o.c.plain}`,
      `    guidance: ${JSON.stringify(GUIDANCE[o.c.cls](place)
        + (o.e.lunar === 'hijri' ? ' The date follows the moon and can differ by a day.' : ''))}`,
      `    source: ${JSON.stringify(`date-holidays ${pkg.version}: ${cc} '${o.e.rule}' (${o.e.type})${o.e.note || ''}`)}`,
      `    examples: {${ex}}`,
      '');
  }
  fs.writeFileSync(path.join(outDir, `${cc}.yml`), lines.join('\n'));
  index.push(`holidays/${cc}.yml`);
  zones.push(`${cc} ${(country.zones || [])[0] || ''}`);
  written += out.length;
  files++;
}
fs.writeFileSync(path.join(outDir, 'index.part'), index.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'zones.part'), zones.join('\n') + '\n');
const skippedTotal = Object.values(skipped).reduce((a, b) => a + b, 0);
console.log(`date-holidays ${pkg.version}: wrote ${written} observances for ${files} markets`
  + ` (${Object.entries(perClass).map(([k, v]) => `${v} ${k}`).join(', ')})`);
console.log(`skipped ${skippedTotal} rules:`);
for (const [k, v] of Object.entries(skipped).sort((a, b) => b[1] - a[1])) console.log(`  ${v}\t${k}`);
