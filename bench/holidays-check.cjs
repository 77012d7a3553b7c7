// Compares hashvet's imported holidays with date-holidays' answers; see bench/holidays-check.sh.
'use strict';
const fs = require('fs');
const path = require('path');

const [pkgDir, ...listings] = process.argv.slice(2);
const Holidays = require(path.join(pkgDir, 'date-holidays'));

// hashvet: imported observance -> {year: [start days]}, with its country and date-holidays rule.
const ours = new Map();
for (const f of listings) {
  const year = path.basename(f).match(/(\d{4})/)[1];
  for (const row of JSON.parse(fs.readFileSync(f, 'utf8'))) {
    const m = String(row.source || '').match(/^date-holidays [\d.]+: ([A-Z]{2}) '(.*)' \(/);
    if (!m) continue;
    const o = ours.get(row.id) || { id: row.id, cc: m[1], rule: m[2], name: row.name,
      islamic: /^\d+ [A-Z][a-z-]+( [a-z-]+)*( P\dD)?( and .*)?$/.test(m[2]) && !/Nisan|Tishrei|Iyyar|Sivan|Tamuz|Av|Elul|Kislev|Tevet|Shvat|Adar|Cheshvan/.test(m[2]),
      years: {} };
    if (row.date) (o.years[year] ||= []).push(row.date);
    ours.set(row.id, o);
  }
}

// date-holidays: country -> year -> rule -> [days]; one-off dates also by English name.
const theirs = {};
function answers(cc, year) {
  const byYear = (theirs[cc] ||= {});
  if (!byYear[year]) {
    const rules = { all: [] };
    const days = require(path.join(pkgDir, 'date-holidays/data/holidays.json')).holidays[cc].days;
    for (const h of new Holidays(cc).getHolidays(+year, 'en')) {
      if (h.substitute || (days[h.rule] || {}).substitute) continue;
      rules.all.push(h.date.slice(0, 10));
      const day = h.date.slice(0, 10);
      (rules[h.rule] ||= []).push(day);
      if (/^\d{4}-\d{2}-\d{2}$/.test(h.rule)) (rules[`name:${h.name}`] ||= []).push(day);
    }
    byYear[year] = rules;
  }
  return byYear[year];
}

const years = listings.map((f) => path.basename(f).match(/(\d{4})/)[1]).sort();
let agree = 0;
let differ = 0;
let islamicDayApart = 0;
let extraDays = 0;
let sameDayOtherRule = 0;
const lines = [];
const dayDiff = (a, b) => Math.abs((new Date(a) - new Date(b)) / 86400000);
for (const o of [...ours.values()].sort((a, b) => a.id.localeCompare(b.id))) {
  for (const y of years) {
    const mine = (o.years[y] || []).filter((d) => d.startsWith(y)).sort();
    const key = o.rule.startsWith('dates ') ? `name:${o.name.replace(/ \(.*\)$/, '')}` : o.rule;
    const theirDays = [...new Set(answers(o.cc, y)[key] || [])].sort();
    // An "and if sunday then next monday" rule: date-holidays lists the day and the day off;
    // hashvet keeps the day itself.
    const ok = mine.length > 0 ? mine.every((d) => theirDays.includes(d))
      && (theirDays.length === mine.length || / and if /.test(o.rule))
      : theirDays.length === 0;
    // date-holidays lists one holiday per day: Orthodox Easter on the Western Easter Sunday
    // appears once, under the other rule.
    const merged = !ok && theirDays.length === 0 && mine.length > 0
      && mine.every((d) => answers(o.cc, y).all.includes(d));
    if (merged) sameDayOtherRule++;
    if (ok || merged) {
      agree++;
      extraDays += Math.max(0, theirDays.length - mine.length);
      continue;
    }
    differ++;
    const apart = o.islamic && mine.length === theirDays.length
      && mine.every((d, i) => dayDiff(d, theirDays[i]) <= 1);
    if (apart) islamicDayApart++;
    lines.push(`${apart ? 'islamic±1 ' : 'MISMATCH  '}${o.id} ${y}: hashvet ${mine.join(',') || '-'}`
      + ` date-holidays ${theirDays.join(',') || '-'} (${o.cc} '${o.rule}')`);
  }
}
lines.forEach((l) => console.log(l));
console.log(`\n${ours.size} imported observances, years ${years[0]}-${years[years.length - 1]}:`
  + ` ${agree} observance-years agree, ${differ} differ (${islamicDayApart} of them Islamic dates`
  + ` a day apart, ${differ - islamicDayApart} other); ${extraDays} extra days off that`
  + ' date-holidays lists for "and if" rules are not imported; ' + sameDayOtherRule
  + ' agree with a day date-holidays lists under another rule of the country');
process.exit(differ - islamicDayApart > 0 ? 1 : 0);
