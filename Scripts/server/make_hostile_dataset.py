#!/usr/bin/env python3
"""Writes the hostile-name test fixture (Tests/klyngeTests/Hostile/*.csv; its README explains it).

    python3 Scripts/server/make_hostile_dataset.py Tests/klyngeTests/Hostile

Members, clusters, project titles and a programme whose names try to break out of HTML text,
attributes, an embedding <script> block and links, plus æøå, right-to-left text and a very long
name. Real municipalities and counties (the loader checks them); every name is invented. The
browser test (Scripts/server/browser_test.py) checks that `klynge serve` and `klynge map -o
map.html` show them as text and run none of them.
"""
import csv, os, sys
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
C1 = 'Hostile <b>Cluster</b> & "Co"'
C2 = 'Klynge Vest ÆØÅ'
members = [
 ("h01", "<script>alert(1)</script>", "company", C1+";"+C2, "Vestland", "Bergen", "fall detection;welfare technology"),
 ("h02", '" onmouseover="x', "company", C1, "Oslo", "Oslo", "fall detection;safety alarms"),
 ("h03", "</script><img src=x onerror=alert(2)>", "municipality", C2, "Vestland", "Bergen", "fall detection;welfare technology;digital home care"),
 ("h04", "'; DROP TABLE members; --", "municipality", C2, "Vestland", "Kvam", "welfare technology;safety alarms"),
 ("h05", '<img src=x onerror="window.klyngeInjected=1">', "municipality", C2+";"+C1, "Vestland", "Sveio", "fall detection;dementia care"),
 ("h06", "<svg onload=\"window.klyngeInjected=2\"></svg>", "hospital", C1, "Oslo", "Oslo", "diagnostics;fall detection"),
 ("h07", "Blåbærøya Ærlig Øst – æøå ÆØÅ", "company", C2, "Vestland", "Kvam", "welfare technology;dementia care"),
 ("h08", "مجموعة الرعاية الصحية", "research-institute", C1, "Oslo", "Oslo", "diagnostics;welfare technology"),
 ("h09", "אשכול בריאות \u202egnp.exe\u202c Health", "university", C1+";"+C2, "Troms", "Tromsø", "fall detection;diagnostics"),
 ("h10", "{{7*7}} ${alert(3)} %s &amp; &lt;b&gt;", "user-organisation", C2, "Vestland", "Bergen", "welfare technology"),
 ("h11", "javascript:alert(4)", "public-agency", C1, "Oslo", "Oslo", "safety alarms;welfare technology"),
 ("h12", "Universitetet i " + "Vestlandet og Nordlandet for langt navn " * 7 + "(slutt)", "university", C2, "Vestland", "Bergen", "fall detection;dementia care"),
 ("h13", "Hostile fixture secretariat (synthetic)", "cluster-organisation", C1+";"+C2, "Oslo", "Oslo", "welfare technology"),
]
projects = [
 ("p01", "<script>window.klyngeInjected=3</script> fall sensor pilot", "2019-01-01", "2021-12-31", "fall detection;welfare technology", "Hostile <programme>", "0.5"),
 ("p02", '"><svg onload=alert(5)> dementia & care', "2020-03-01", "2022-06-30", "dementia care;safety alarms", "EU collaboration", "0.4"),
 ("p03", "Ærlig øving – مشروع – פרויקט", "2021-01-01", "2023-12-31", "diagnostics;welfare technology", "Industry R&D", "0.3"),
 ("p04", "javascript:alert(6) ' OR 1=1 --", "2022-01-01", "2024-12-31", "fall detection;digital home care", "Industry R&D", "0.2"),
]
parts = [
 ("p01","h01","coordinator"),("p01","h03","pilot-site"),("p01","h06","partner"),("p01","h09","partner"),
 ("p02","h02","coordinator"),("p02","h05","pilot-site"),("p02","h07","partner"),("p02","h13","advisor"),
 ("p03","h08","coordinator"),("p03","h10","partner"),("p03","h11","partner"),("p03","h12","partner"),("p03","h07","partner"),
 ("p04","h12","coordinator"),("p04","h04","pilot-site"),("p04","h02","partner"),("p04","h13","partner"),
]
rels = [("h01","h03","supplier","3","2021"),("h13","h07","mentoring","2","2022"),("h02","h06","supplier","1","2020")]
def w(name, header, rows):
    with open(os.path.join(out, name), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n"); wr.writerow(header); wr.writerows(rows)
w("members.csv", ["id","name","kind","clusters","county","municipality","topics"], members)
w("projects.csv", ["id","title","start","end","topics","programme","public_share"], projects)
w("participations.csv", ["project","member","role"], parts)
w("relations.csv", ["source","target","type","weight","since"], rels)
