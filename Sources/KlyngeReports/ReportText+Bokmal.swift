extension ReportText {
    /// Every bokmål string of the report and trends pages, key for key the twin of
    /// ``englishStrings``.
    static let bokmalStrings: [String: String] = [
        // Styresiden.
        "report.title": "{1}: rapport til styret",
        "lead.synthetic": "SYNTETISK datasett: medlemskap, prosjekter og bedriftsnavn er oppdiktet.",
        "lead.board":
            "Side én er for styret: kartet over klyngen og nøkkelfunnene med enkle ord. Deretter følger analysedelene, med en ordliste til slutt.",
        "board.map": "Kart over superklyngen",
        "board.map.note":
            "Hvert punkt er et medlem, farget etter klynge (eller type); linjene er felles prosjekter. Hold pekeren over et medlem for navn og tall.",
        "board.findings": "Nøkkelfunn",
        "board.why": "Hvorfor det betyr noe:",
        "board.contents": "Analysedeler",
        "footer.made": "Laget av {1}. Klikk på en kolonneoverskrift for å sortere.",
        "rows.more": "… og {1} rader til (alle radene står i JSON- og XLSX-utdataene).",
        "list.and": " og ",
        "rule.brokers":
            "Rangert etter megling: hvor mange par av et medlems partnere det knytter sammen som ikke har noe samarbeidsbånd seg imellom; likt antall etter medlems-id. Meglertabellen og meglerkartet bruker samme regel.",

        // Funn.
        "finding.size.clusters":
            "{1} medlemmer i {2} klynger ({3} av dem i flere) har samarbeidet i {4} prosjekter og har {5} samarbeidsbånd.",
        "finding.size.kinds":
            "{1} medlemmer av {2} typer har samarbeidet i {4} prosjekter og har {5} samarbeidsbånd; datasettet angir ingen klynger.",
        "why.size": "Dette er utgangspunktet som klyngeprogrammets årlige resultater måles mot.",
        "finding.connected":
            "{1} av medlemmene ({2} av {3}) kan nå hverandre gjennom samarbeidsbånd; resten er delt i {4} mindre grupper eller står alene.",
        "why.connected":
            "Medlemmer utenfor den sammenhengende kjernen får ikke høre om partneres arbeid gjennom nettverket; de trenger introduksjoner.",
        "finding.cross.clusters":
            "{1} av samarbeidsbåndene knytter sammen medlemmer uten felles klynge ({2} av {3} bånd mellom medlemmer som har en klynge).",
        "finding.cross.kinds": "{1} av samarbeidsbåndene knytter sammen medlemmer av ulik type ({2} av {3} bånd).",
        "why.cross.clusters":
            "Bånd på tvers av klynger er det en superklynge skal skape: dette er tallet som skal opp.",
        "why.cross.kinds":
            "Bånd mellom ulike typer organisasjoner (bedrifter, sykehus, universiteter, offentlige etater) er veien nye løsninger tas i bruk.",
        "finding.trend.up.clusters": "Andelen nye samarbeidsbånd på tvers av klynger steg fra {1} i {2} til {3} i {4}.",
        "finding.trend.down.clusters":
            "Andelen nye samarbeidsbånd på tvers av klynger falt fra {1} i {2} til {3} i {4}.",
        "finding.trend.flat.clusters":
            "Andelen nye samarbeidsbånd på tvers av klynger holdt seg stabil: {1} i {2}, {3} i {4}.",
        "finding.trend.up.kinds":
            "Andelen nye samarbeidsbånd mellom medlemmer av ulik type steg fra {1} i {2} til {3} i {4}.",
        "finding.trend.down.kinds":
            "Andelen nye samarbeidsbånd mellom medlemmer av ulik type falt fra {1} i {2} til {3} i {4}.",
        "finding.trend.flat.kinds":
            "Andelen nye samarbeidsbånd mellom medlemmer av ulik type holdt seg stabil: {1} i {2}, {3} i {4}.",
        "why.trend":
            "Utviklingen år for år er det årlige resultatet klyngeprogrammet og den europeiske klyngemerkingen spør etter.",
        "finding.broker":
            "Den viktigste megleren er {1} ({2}, {4} partnere): den knytter sammen {3} par av sine partnere som ikke har noe bånd seg imellom.{5}",
        "finding.broker.next": " Deretter følger {1}.",
        "why.broker":
            "Hvis en megler trekker seg ut eller mister interessen, mister mange medlemmer sin eneste vei til hverandre: hold de viktigste meglerne engasjert.",
        "finding.merger":
            "En sammenslåing av klyngene bringer {1} flere par av medlemmer innen to steg fra hverandre ({2} av alle par før, {3} etter).",
        "finding.merger.longer":
            "Gjennomsnittsavstanden mellom medlemmer som henger sammen øker fra {1} til {2} steg bare fordi {4} par som ikke nådde hverandre innenfor klyngene sine nå gjør det, de fleste over flere steg; par som allerede hang sammen kommer nærmere ({1} → {3} steg).",
        "finding.merger.shorter":
            "Gjennomsnittsavstanden mellom medlemmer som henger sammen faller fra {1} til {2} steg, og {3} par som ikke nådde hverandre innenfor klyngene sine gjør det nå.",
        "finding.merger.same":
            "Gjennomsnittsavstanden mellom medlemmer som henger sammen blir stående på {1} steg; {2} par som ikke nådde hverandre innenfor klyngene sine gjør det nå.",
        "why.merger":
            "Superklyngens begrunnelse er å knytte sammen medlemmer som står langt fra hverandre i dag; en partner to steg unna er én introduksjon unna.",
        "merger.none.noClusters":
            "Det er ingen analyse av sammenslåingen: datasettet angir ingen klynger, så det er ingenting å slå sammen.",
        "merger.none.oneCluster":
            "Det er ingen analyse av sammenslåingen: datasettet har bare én klynge, så det er ingenting å slå sammen.",
        "why.merger.none": "Legg inn medlemmenes klynger i datasettet for å måle hva en sammenslåing ville endre.",
        "finding.communities.follow":
            "Gruppene som samarbeider tettest følger stort sett klyngegrensene ({1} grupper med to eller flere medlemmer).",
        "finding.communities.partly":
            "Gruppene som samarbeider tettest følger delvis klyngegrensene ({1} grupper med to eller flere medlemmer).",
        "finding.communities.across":
            "Gruppene som samarbeider tettest går på tvers av klyngegrensene ({1} grupper med to eller flere medlemmer).",
        "why.communities":
            "Der arbeidsgruppene går på tvers av klyngene, samarbeider medlemmene allerede utover grensene klyngene trekker.",
        "finding.risk":
            "{1} medlemmer ({2}) står i fare for å bli isolert: {3} har ikke noe samarbeidsbånd og {4} bare ett.",
        "why.risk":
            "De er de mest sannsynlige til å falle fra; én introduksjon til en partner er den billigste hjelpen.",

        // Verdier i ord.
        "value.undefined": "udefinert",
        "value.noClusters": "udefinert: ingen klynger",
        "value.noPairs": "udefinert: ingen par henger sammen",
        "value.notConnected": "ikke forbundet",
        "value.noNewTie": "ingen nye bånd",

        // Deler.
        "section.notComputed": "Ikke beregnet: {1}",
        "measure.degree.title": "Flest partnere",
        "measure.degree.note": "Partnere: medlemmene et medlem deler minst ett prosjekt med.",
        "measure.degree.column": "partnere",
        "measure.betweenness.title": "På flest korteste veier (betweenness)",
        "measure.betweenness.note":
            "Betweenness: andelen av de korteste veiene mellom andre medlemmer som går gjennom et medlem (0 til 1).",
        "measure.betweenness.column": "betweenness",
        "measure.closeness.title": "Nærmest alle (closeness)",
        "measure.closeness.note":
            "Closeness: hvor få steg et medlem trenger for å nå alle det kan nå (Wasserman–Faust; 0 til 1).",
        "measure.closeness.column": "closeness",
        "measure.pagerank.title": "Mest sentrale etter PageRank",
        "measure.pagerank.note":
            "PageRank: sannsynligheten for at en tilfeldig vandring langs båndene er hos medlemmet (demping 0,85); verdiene summerer seg til 1.",
        "measure.pagerank.column": "PageRank",
        "measure.eigenvector.title": "Knyttet til de godt knyttede (egenvektor)",
        "measure.eigenvector.note": "Egenvektorsentralitet: høy når et medlems partnere selv har mange bånd.",
        "measure.eigenvector.column": "egenvektor",
        "measure.core.title": "I den tette kjernen (kjernetall)",
        "measure.core.note":
            "Kjernetall: den største k slik at medlemmet er i en gruppe der alle har minst k partnere innenfor gruppen.",
        "measure.core.column": "kjernetall",
        "section.brokers.title.clusters": "Meglere mellom klynger",
        "section.brokers.title.kinds": "Meglere mellom typer",
        "section.brokers.note.clusters":
            "Gould–Fernandez-rollene deler hver meglers par: koordinator (alle tre i dens klynge), omreisende (de to partnerne deler en annen klynge), representant og portvokter (én partner i dens klynge; like på urettede bånd), forbindelsesledd (tre ulike klynger). Megling-z over 2: klart mer megling enn tilfeldige bånd med samme tetthet ville gi. Lav begrensning (Burt): partnere som ikke er knyttet til hverandre.",
        "section.brokers.note.kinds":
            "Datasettet angir ingen klynger, så rollene telles mellom typer. Gould–Fernandez-rollene deler hver meglers par: koordinator (alle tre av dens type), omreisende (de to partnerne deler en annen type), representant og portvokter (én partner av dens type; like på urettede bånd), forbindelsesledd (tre ulike typer). Megling-z over 2: klart mer megling enn tilfeldige bånd med samme tetthet ville gi. Lav begrensning (Burt): partnere som ikke er knyttet til hverandre.",
        "section.brokers.multi":
            "{1} medlemmer hører til flere klynger; hvert teller i sin første klynge for rollene og i alle for eneste broer.",
        "section.bridges.title.clusters": "Forbindelser mellom klynger",
        "section.bridges.title.kinds": "Forbindelser mellom typer",
        "section.bridges.note.clusters":
            "For hvert par av klynger: medlemmer i begge; samarbeidsbånd mellom et medlem av den ene og et medlem av den andre (ingen av dem i begge); færrest steg mellom dem (0: et felles medlem); medlemmene hver korteste forbindelse går gjennom (uten noen av dem glir klyngene fra hverandre); og medlemmene med flest bånd på tvers av paret.",
        "section.bridges.note.kinds":
            "For hvert par av typer: samarbeidsbånd mellom et medlem av den ene og et medlem av den andre; færrest steg mellom dem; medlemmene hver korteste forbindelse går gjennom; og medlemmene med flest bånd på tvers av paret.",
        "section.communities.title": "Fellesskap mot klynger",
        "section.communities.note":
            "Fellesskap er grupper funnet i samarbeidsbåndene alene (Louvain og Leiden, frø {1}, oppløsning 1). NMI og justert Rand-indeks sammenligner dem med hvert medlems første klynge: 1 når fellesskap og klynger faller sammen, omtrent 0 når de ikke henger sammen.",
        "section.communities.noClusters": "Datasettet angir ingen klynger, så NMI og ARI er udefinerte.",
        "section.communities.title.noClusters": "Fellesskap i samarbeidsbåndene",
        "section.merger.title.none": "Sammenslåing til superklynge: ikke analysert",
        "section.composition.title": "Leiden-fellesskap",
        "section.composition.note.clusters":
            "Hvert fellesskap med to eller flere medlemmer: hovedklyngen og dens andel, den offentlige andelen og det best tilknyttede medlemmet.",
        "section.composition.note.kinds":
            "Hvert fellesskap med to eller flere medlemmer: hovedtypen og dens andel, den offentlige andelen og det best tilknyttede medlemmet.",
        "section.merger.title": "Hva sammenslåingen til en superklynge gir",
        "section.merger.note":
            "Før: hver klynge er et eget nettverk (veier bare gjennom medlemmer av en klynge begge hører til). Etter: ett nettverk. Par av medlemmer som har en klynge; andelsraden er i prosent, avstander i steg.",
        "merger.reachable": "par av medlemmer forbundet med en vei",
        "merger.withinTwo": "par av medlemmer innen to steg",
        "merger.withinTwoShare": "andel av alle {1} par innen to steg (%)",
        "merger.meanSame": "gjennomsnittlig antall steg mellom par forbundet før",
        "merger.meanAll": "gjennomsnittlig antall steg mellom alle forbundne par",
        "section.risk.title": "Medlemmer i fare for å bli isolert",
        "section.risk.note":
            "Medlemmer uten samarbeidsbånd, eller med bare ett (mister de den partneren, er de koblet fra): {1} av {2}.",
        "section.trend.title.clusters": "Nye bånd på tvers av klynger, år for år",
        "section.trend.title.kinds": "Nye bånd på tvers av typer, år for år",
        "section.trend.note.clusters":
            "Et nytt bånd i et år: to medlemmer som deler et prosjekt som pågår det året og ingen i et tidligere år. Det går på tvers av klynger når begge medlemmene har klynger og ingen felles; bånd med et medlem uten klynge holdes utenfor andelen.",
        "section.trend.note.kinds":
            "Et nytt bånd i et år: to medlemmer som deler et prosjekt som pågår det året og ingen i et tidligere år. Datasettet angir ingen klynger, så andelen teller nye bånd mellom medlemmer av ulik type.",
        "chart.trend.title.clusters": "Nye bånd på tvers av klynger",
        "chart.trend.title.kinds": "Nye bånd på tvers av typer",
        "chart.trend.unit": "% av nye bånd",
        "chart.year": "år",
        "section.glossary.title": "Ordliste",

        // Kolonner.
        "col.rank": "plass",
        "col.member": "medlem",
        "col.name": "navn",
        "col.kind": "type",
        "col.groups.clusters": "klynger",
        "col.group.clusters": "klynge",
        "col.group.kinds": "type",
        "col.otherGroup.clusters": "annen klynge",
        "col.otherGroup.kinds": "annen type",
        "col.coordinator": "koordinator",
        "col.itinerant": "omreisende",
        "col.representative": "representant",
        "col.gatekeeper": "portvokter",
        "col.liaison": "forbindelsesledd",
        "col.brokerage": "megling",
        "col.brokerageZ": "megling z",
        "col.constraint": "begrensning",
        "col.betweenness": "betweenness",
        "col.partners": "partnere",
        "col.soleBridges": "eneste broer",
        "col.shared": "felles medlemmer",
        "col.tiesAcross": "bånd på tvers",
        "col.distance": "avstand (steg)",
        "col.mostAcross": "flest bånd på tvers",
        "col.method": "metode",
        "col.communities": "fellesskap",
        "col.communities2": "med 2+ medlemmer",
        "col.modularity": "modularitet",
        "col.nmi": "NMI mot klynger",
        "col.ari": "ARI mot klynger",
        "col.community": "fellesskap",
        "col.members": "medlemmer",
        "col.mainGroup.clusters": "hovedklynge",
        "col.mainGroup.kinds": "hovedtype",
        "col.mainShare.clusters": "hovedklyngens andel",
        "col.mainShare.kinds": "hovedtypens andel",
        "col.publicShare": "offentlig andel",
        "col.bestConnected": "best tilknyttet",
        "col.measure": "mål",
        "col.before": "før",
        "col.after": "etter",
        "col.change": "endring",
        "col.onlyPartner": "eneste partner",
        "col.year": "år",
        "col.newTies": "nye bånd",
        "col.grouped.clusters": "nye bånd, begge med klynge",
        "col.grouped.kinds": "nye bånd",
        "col.across.clusters": "på tvers av klynger",
        "col.across.kinds": "på tvers av typer",
        "col.acrossShare.clusters": "andel på tvers av klynger",
        "col.acrossShare.kinds": "andel på tvers av typer",
        "col.term": "begrep",
        "col.meaning": "betydning",
        "col.sector": "sektor",
        "col.share": "andel",
        "col.public": "offentlige",
        "col.private": "private",
        "col.jaccard": "Jaccard",
        "col.county": "fylke",
        "col.projects": "prosjekter",
        "col.publicPrivate": "offentlig–privat",
        "col.what": "hva",
        "col.count": "antall",
        "col.value": "verdi",

        // Oversikten over datasettet.
        "stats.title": "{1}: {2} medlemmer, {3} prosjekter, {4} deltakelser",
        "stats.kinds.title": "Medlemmer etter type",
        "stats.noCluster": "(ingen klynge)",
        "stats.clusters.title": "Medlemmer etter klynge",
        "stats.clusters.note": "Et medlem av flere klynger telles i hver. Medlemmer av flere klynger: {1}.",
        "stats.overlap.title": "Overlapp mellom klynger",
        "stats.overlap.note":
            "Felles medlemmer for hvert par av klynger; Jaccard = felles medlemmer / medlemmer av minst én.",
        "stats.unknownCounty": "(ukjent)",
        "stats.counties.title": "Medlemmer etter fylke",
        "stats.years.title": "Prosjekter etter startår",
        "stats.years.note": "Offentlig–privat: prosjekter med minst ett offentlig og ett privat medlem.",
        "stats.unknownYear": "ukjent",
        "stats.mix.mixedProjects": "prosjekter: offentlige og private medlemmer",
        "stats.mix.publicProjects": "prosjekter: bare offentlige medlemmer",
        "stats.mix.privateProjects": "prosjekter: bare private medlemmer",
        "stats.mix.publicPrivateTies": "bånd: offentlig–privat",
        "stats.mix.publicTies": "bånd: offentlig–offentlig",
        "stats.mix.privateTies": "bånd: privat–privat",
        "stats.mix.crossTies": "bånd på tvers av klynger (ingen felles klynge)",
        "stats.mix.title": "Offentlig–privat-fordeling og bånd på tvers av klynger",
        "stats.mix.title.noClusters": "Offentlig–privat-fordeling",
        "stats.mix.note":
            "Bånd er par av medlemmer som deler minst ett prosjekt. Andelen på tvers av klynger er regnet av bånd der begge medlemmene har en klynge.",
        "stats.mix.note.noClusters": "Bånd er par av medlemmer som deler minst ett prosjekt.",
        "stats.graph.title": "Samarbeidsnettverket",
        "stats.graph.members": "medlemmer (noder)",
        "stats.graph.ties": "bånd (kanter)",
        "stats.graph.density": "tetthet",
        "stats.graph.components": "adskilte grupper (komponenter)",
        "stats.graph.largest": "største gruppe",
        "stats.graph.isolated": "medlemmer uten bånd",
        "stats.graph.degreeMin": "partnere: færrest",
        "stats.graph.degreeQ1": "partnere: nedre kvartil",
        "stats.graph.degreeMedian": "partnere: median",
        "stats.graph.degreeQ3": "partnere: øvre kvartil",
        "stats.graph.degreeMean": "partnere: gjennomsnitt",
        "stats.graph.degreeMax": "partnere: flest",
        "sector.public": "offentlig",
        "sector.private": "privat",

        // Typer.
        "kind.company": "bedrift",
        "kind.municipality": "kommune",
        "kind.county-authority": "fylkeskommune",
        "kind.hospital": "sykehus",
        "kind.university": "universitet",
        "kind.research-institute": "forskningsinstitutt",
        "kind.user-organisation": "brukerorganisasjon",
        "kind.investor": "investor",
        "kind.public-agency": "offentlig etat",
        "kind.cluster-organisation": "klyngeorganisasjon",
        "kind.other": "annet",

        // Ordliste.
        "glossary.partners.term": "partnere",
        "glossary.partners.meaning": "Medlemmene et medlem deler minst ett prosjekt med (gradtallet).",
        "glossary.tie.term": "samarbeidsbånd",
        "glossary.tie.meaning": "To medlemmer som deler minst ett prosjekt.",
        "glossary.betweenness.term": "betweenness (mellomliggende sentralitet)",
        "glossary.betweenness.meaning":
            "Andelen av de korteste veiene mellom andre medlemmer som går gjennom et medlem (NetworkX betweenness_centrality, normalisert).",
        "glossary.closeness.term": "closeness (nærhetssentralitet)",
        "glossary.closeness.meaning":
            "Én delt på gjennomsnittlig antall steg til medlemmene et medlem kan nå, skalert etter hvor mange det kan nå (Wasserman–Faust).",
        "glossary.pagerank.term": "PageRank",
        "glossary.pagerank.meaning":
            "Sannsynligheten for at en tilfeldig vandring langs båndene er hos et medlem (demping 0,85).",
        "glossary.eigenvector.term": "egenvektorsentralitet",
        "glossary.eigenvector.meaning": "Høy når et medlems partnere selv har mange bånd.",
        "glossary.core.term": "kjernetall",
        "glossary.core.meaning":
            "Den største k slik at medlemmet hører til en gruppe der alle har minst k partnere innenfor gruppen.",
        "glossary.brokerage.term": "megling",
        "glossary.brokerage.meaning":
            "Hvor mange ordnede par av et medlems partnere det knytter sammen som ikke har noe bånd seg imellom; regelen som rangerer de viktigste meglerne (likt antall etter medlems-id).",
        "glossary.gouldFernandez.term": "Gould–Fernandez-roller",
        "glossary.gouldFernandez.meaning":
            "Megling delt etter gruppene til de tre medlemmene: koordinator, omreisende, representant, portvokter, forbindelsesledd (Gould og Fernandez 1989).",
        "glossary.zscore.term": "z-verdi",
        "glossary.zscore.meaning":
            "Hvor mange standardavvik et antall ligger over det tilfeldige bånd med samme tetthet ville gi; over 2 er klart mer enn tilfeldig.",
        "glossary.constraint.term": "begrensning (constraint)",
        "glossary.constraint.meaning":
            "Burts mål på hvor mye et medlems partnere er knyttet til hverandre; lav begrensning betyr tilgang til adskilte grupper.",
        "glossary.soleBridge.term": "eneste bro",
        "glossary.soleBridge.meaning":
            "Et medlem som hver korteste forbindelse mellom to klynger går gjennom; uten det glir klyngene fra hverandre.",
        "glossary.community.term": "fellesskap",
        "glossary.community.meaning":
            "En gruppe medlemmer med flere bånd innad enn tilfeldig, funnet med Louvain- eller Leiden-metoden.",
        "glossary.modularity.term": "modularitet",
        "glossary.modularity.meaning":
            "Hvor mye mer båndene ligger innenfor fellesskapene enn tilfeldig (fra −0,5 til 1; over 0,3 er en tydelig struktur).",
        "glossary.nmi.term": "NMI",
        "glossary.nmi.meaning":
            "Normalisert gjensidig informasjon: 1 når fellesskap og klynger faller sammen, 0 når de ikke henger sammen.",
        "glossary.ari.term": "ARI",
        "glossary.ari.meaning":
            "Justert Rand-indeks: 1 når fellesskap og klynger faller sammen, omtrent 0 ved tilfeldig samsvar.",
        "glossary.steps.term": "steg",
        "glossary.steps.meaning":
            "Antall bånd på den korteste veien mellom to medlemmer: 1 for partnere, 2 for partneres partnere.",

        // klynge trends.
        "trends.title": "Utvikling i {1}",
        "trends.col.activeMembers": "aktive medlemmer",
        "trends.col.firstProjectMembers": "medlemmer i sitt første prosjekt",
        "trends.col.ties": "bånd",
        "trends.col.newTies": "nye bånd",
        "trends.col.crossGroupShare.clusters": "nye bånd på tvers av klynger (%)",
        "trends.col.crossGroupShare.kinds": "nye bånd på tvers av typer (%)",
        "trends.col.publicPrivateShare": "offentlig–private bånd (%)",
        "trends.col.largestComponentShare": "største sammenhengende gruppe (%)",
        "trends.col.meanDistance": "gjennomsnittsavstand (steg)",
        "trends.col.window": "år som telles",
        "trends.col.margin": "gjennomsnittsavstand ± (95 %)",
        "trends.col.betweennessBefore": "betweenness før",
        "trends.col.difference": "differanse",
        "trends.chart.activeMembers": "Aktive medlemmer",
        "trends.chart.firstProjectMembers": "Medlemmer i sitt første prosjekt",
        "trends.chart.ties": "Samarbeidsbånd",
        "trends.chart.newTies": "Nye bånd",
        "trends.chart.crossGroupShare.clusters": "Nye bånd på tvers av klynger",
        "trends.chart.crossGroupShare.kinds": "Nye bånd på tvers av typer",
        "trends.chart.publicPrivateShare": "Offentlig–private bånd",
        "trends.chart.largestComponentShare": "Medlemmer i den største sammenhengende gruppen",
        "trends.chart.meanDistance": "Gjennomsnittsavstand i den største gruppen",
        "trends.unit.activeMembers": "medlemmer",
        "trends.unit.firstProjectMembers": "medlemmer",
        "trends.unit.ties": "bånd",
        "trends.unit.newTies": "bånd",
        "trends.unit.crossGroupShare": "% av nye bånd",
        "trends.unit.publicPrivateShare": "% av båndene",
        "trends.unit.largestComponentShare": "% av aktive medlemmer",
        "trends.unit.meanDistance": "steg",
        "trends.undefined.noClusteredNewTie": "ingen nye bånd med klynger",
        "trends.undefined.noTie": "ingen bånd",
        "trends.undefined.noMember": "ingen medlemmer",
        "trends.lead.year":
            "Hvert år teller prosjektene som pågår i det: fra startåret til sluttåret, eller bare i startåret når de ikke har noen slutt.",
        "trends.lead.window":
            "Hvert år teller prosjektene som pågår i noen av de {1} årene fram til det (fra startåret til sluttåret, eller bare i startåret når de ikke har noen slutt).",
        "trends.lead.new":
            "Nye bånd og medlemmer i sitt første prosjekt er nye i selve året: aldri før i et pågående prosjekt.",
        "trends.lead.cross.clusters":
            "Et nytt bånd går på tvers av klynger når de to medlemmene ikke har noen felles klynge; bånd med et medlem uten klynge holdes utenfor andelen.",
        "trends.lead.cross.kinds":
            "Datasettet angir ingen klynger, så andelen teller nye bånd mellom medlemmer av ulik type.",
        "trends.lead.undated.one": "1 prosjekt har ukjent start og er holdt utenfor.",
        "trends.lead.undated": "{1} prosjekter har ukjent start og er holdt utenfor.",
        "trends.lead.sampled":
            "Gjennomsnittsavstander over {1} medlemmer er anslått fra {2} tilfeldig valgte medlemmer, ± den viste feilmarginen på 95 %.",
        "trends.years.title": "År for år",
        "trends.years.note":
            "Bånd er par av medlemmer som deler et pågående prosjekt; den største sammenhengende andelen er delen av de aktive medlemmene som kan nå hverandre gjennom bånd; gjennomsnittsavstanden teller stegene mellom to medlemmer i den gruppen.",
        "trends.movers.rose": "økte",
        "trends.movers.fell": "falt",
        "trends.movers.title": "Største endringer i betweenness",
        "trends.movers.note":
            "Medlemmene med størst økning og nedgang i betweenness (andelen av de korteste veiene mellom andre medlemmer som går gjennom dem, normalisert som i NetworkX) siden året før; 0 i et år uten pågående prosjekt.",
        "trends.noValue": "ingen verdi",
        "trends.yes": "ja",
        "trends.no": "nei",
        "trends.tooFewYears": "for få år",
        "trends.compare.title": "Før og etter {1}",
        "trends.compare.note":
            "Gjennomsnitt for årene {1} mot {2}. En differanse er utover variasjonen fra år til år når den er større enn to ganger standardavviket til endringene fra ett år til det neste: en tommelfingerregel, ikke en signifikanstest.",
        "trends.compare.before": "før {1} (gjennomsnitt)",
        "trends.compare.after": "fra {1} (gjennomsnitt)",
        "trends.compare.sd": "standardavvik for endringer fra år til år",
        "trends.compare.beyond": "utover variasjonen fra år til år",
    ]
}
