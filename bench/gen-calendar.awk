# Writes a synthetic campaign calendar of N rows (CSV, with a header) for bench/calendar.sh:
#   awk -v rows=10000 -f bench/gen-calendar.awk > big.csv
# Rows cycle through harmless and risky post templates (every text unique), 100 distinct tags,
# 8 markets, 10 zones and two years of dates, with quoted fields, embedded commas and quotes, and
# carried-through columns. With -v global=1 the rows name no markets and no languages (the
# heaviest case: every market's rules and dates, and the language detected per row).
BEGIN {
  srand(42)
  n = split("Fresh sourdough every morning in all our shops|" \
    "Two for one on cinnamon buns, this weekend only|" \
    "New \"seasonal\" menu: pumpkin, pecan, and apple pies|" \
    "Our thoughts are with everyone affected by the storm|" \
    "Hurricane Sandy sale: 20% off everything for the next 36 hours|" \
    "Who's notguilty about eating all the tasty treats they want?!|" \
    "9/11 deal: 11% off every order today only|" \
    "Breakfast in bed kits, order by Friday|" \
    "Happy Diwali from our Mumbai kitchen, saffron rolls this week|" \
    "Pancake Day stacks with lemon and sugar until noon|" \
    "Lamingtons for the long weekend, made fresh this morning|" \
    "Storm season sale on umbrellas and hot chocolate|" \
    "Domestic violence awareness month: we support local shelters|" \
    "Gold medal muffins for the opening ceremony tonight|" \
    "Black Friday: every loaf is half price until noon|" \
    "Sakura mochi for hanami season, in our Shibuya shop from today", texts, "|")
  m = split("US|GB|IN|DE|FR|BR|JP|AU|US;GB|US;IN", regions, "|")
  z = split("America/New_York|Europe/London|Asia/Kolkata|Europe/Berlin|Europe/Paris|" \
    "America/Sao_Paulo|Asia/Tokyo|Australia/Sydney|America/Chicago|UTC", zones, "|")
  c = split("twitter|instagram|facebook|tiktok|linkedin", channels, "|")
  p = split("croissant|baguette|rye loaf|lemon tart|babka|scone|pretzel|focaccia|brioche|" \
    "sourdough|eclair|cinnamon roll|bagel|muffin|shortbread", products, "|")
  print "id,publish_at,timezone,regions,languages,channel,text,owner,notes"
  for (i = 1; i <= rows; i++) {
    t = texts[(i % n) + 1]
    gsub(/"/, "\"\"", t)
    tag = "#campaign" (i % 100)
    day = 1 + (i * 7) % 28
    month = 1 + (i * 5) % 12
    year = 2026 + (i % 2)
    hour = 6 + (i * 3) % 14
    # Every text is unique (a shop number and a product), as in a real calendar; tags repeat.
    printf "bk-%06d,%04d-%02d-%02dT%02d:%02d,%s,%s,%s,%s,\"%s at shop %d: %s %d %s\",owner%d,\"note, with a comma\"\n", \
      i, year, month, day, hour, (i * 13) % 60, zones[(i % z) + 1], \
      (global ? "" : regions[(i % m) + 1]), (global ? "" : "en"), \
      channels[(i % c) + 1], t, 1 + i % 397, products[(i % p) + 1], i, tag, i % 17
  }
}
