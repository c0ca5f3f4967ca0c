import KlyngeEcosystem

extension ReportText {
    /// The member kind `kind` in this language ("company" / "bedrift").
    public func kind(_ kind: MemberKind) -> String { self("kind." + kind.rawValue) }

    /// Every English string of the report and trends pages. `{1}`, `{2}`… are filled in.
    static let englishStrings: [String: String] = [
        // The board page.
        "report.title": "{1}: report for the board",
        "lead.synthetic": "SYNTHETIC dataset: memberships, projects and company names are invented.",
        "lead.board":
            "Page one is for the board: the map of the cluster and the key findings in plain words. The analyst sections follow, with a glossary at the end.",
        "board.map": "The supercluster map",
        "board.map.note":
            "Each dot is a member, coloured by its cluster (or kind); lines are shared projects. Hover over a member for its name and figures.",
        "board.findings": "Key findings",
        "board.why": "Why it matters:",
        "board.contents": "Analyst sections",
        "footer.made": "Made by {1}. Click a column heading to sort.",
        "rows.more": "… and {1} more rows (every row is in the JSON and XLSX outputs).",
        "list.and": " and ",
        "rule.brokers":
            "Ranked by brokerage: how many pairs of a member's partners it links who have no tie of their own; ties by member id. The brokers table and the brokers map use the same rule.",

        // Findings.
        "finding.size.clusters":
            "{1} members in {2} clusters ({3} of them in several) have worked together in {4} projects, making {5} collaboration ties.",
        "finding.size.kinds":
            "{1} members of {2} kinds have worked together in {4} projects, making {5} collaboration ties; the dataset names no clusters.",
        "why.size": "This is the baseline that the cluster programme's yearly results are measured against.",
        "finding.connected":
            "{1} of the members ({2} of {3}) can reach each other through collaboration ties; the others are split into {4} smaller groups or stand alone.",
        "why.connected":
            "Members outside the connected core do not hear of partners' work through the network; they need introductions.",
        "finding.cross.clusters":
            "{1} of the collaboration ties join members with no cluster in common ({2} of {3} ties between members that have a cluster).",
        "finding.cross.kinds": "{1} of the collaboration ties join members of different kinds ({2} of {3} ties).",
        "why.cross.clusters":
            "Ties across clusters are what a supercluster is meant to create: this is the figure to raise.",
        "why.cross.kinds":
            "Ties between different kinds of organisation (companies, hospitals, universities, public bodies) are how new solutions reach use.",
        "finding.trend.up.clusters":
            "The share of new ties that cross clusters rose from {1} in {2} to {3} in {4}.",
        "finding.trend.down.clusters":
            "The share of new ties that cross clusters fell from {1} in {2} to {3} in {4}.",
        "finding.trend.flat.clusters":
            "The share of new ties that cross clusters held steady: {1} in {2}, {3} in {4}.",
        "finding.trend.up.kinds":
            "The share of new ties between different kinds of member rose from {1} in {2} to {3} in {4}.",
        "finding.trend.down.kinds":
            "The share of new ties between different kinds of member fell from {1} in {2} to {3} in {4}.",
        "finding.trend.flat.kinds":
            "The share of new ties between different kinds of member held steady: {1} in {2}, {3} in {4}.",
        "why.trend":
            "The year-by-year trend is the yearly result the cluster programme and the European cluster label ask for.",
        "finding.broker":
            "The top broker is {1} ({2}, {4} partners): it links {3} pairs of its partners who have no tie of their own.{5}",
        "finding.broker.next": " Next come {1}.",
        "why.broker":
            "If a broker leaves or loses interest, many members lose their only route to each other: keep the top brokers engaged.",
        "finding.merger":
            "Merging the clusters brings {1} more pairs of members within two steps of each other ({2} of all pairs before, {3} after).",
        "finding.merger.longer":
            "The average distance between connected members rises from {1} to {2} steps only because {4} pairs that could not reach each other inside their clusters now can, most of them at several steps; pairs already connected get closer ({1} → {3} steps).",
        "finding.merger.shorter":
            "The average distance between connected members falls from {1} to {2} steps, and {3} pairs that could not reach each other inside their clusters now can.",
        "finding.merger.same":
            "The average distance between connected members stays at {1} steps; {2} pairs that could not reach each other inside their clusters now can.",
        "why.merger":
            "The supercluster's case rests on connecting members who are apart today; a partner two steps away is one introduction away.",
        "merger.none.noClusters":
            "There is no merger analysis: the dataset names no clusters, so there is nothing to merge.",
        "merger.none.oneCluster":
            "There is no merger analysis: the dataset has a single cluster, so there is nothing to merge.",
        "why.merger.none": "Add each member's clusters to the dataset to measure what merging them would change.",
        "finding.communities.follow":
            "The groups that collaborate most closely largely follow the cluster lines ({1} groups of two or more members).",
        "finding.communities.partly":
            "The groups that collaborate most closely partly follow the cluster lines ({1} groups of two or more members).",
        "finding.communities.across":
            "The groups that collaborate most closely cut across the cluster lines ({1} groups of two or more members).",
        "why.communities":
            "Where working groups cut across clusters, members already collaborate beyond the borders the clusters draw.",
        "finding.risk": "{1} members ({2}) are at risk of isolation: {3} have no collaboration tie and {4} only one.",
        "why.risk": "They are the likeliest to leave; one introduction to a partner is the cheapest help.",

        // Values in words.
        "value.undefined": "undefined",
        "value.noClusters": "undefined: no clusters",
        "value.noPairs": "undefined: no connected pairs",
        "value.notConnected": "not connected",
        "value.noNewTie": "no new tie",

        // Sections.
        "section.notComputed": "Not computed: {1}",
        "measure.degree.title": "Most partners",
        "measure.degree.note": "Partners: the members a member shares at least one project with.",
        "measure.degree.column": "partners",
        "measure.betweenness.title": "On most shortest paths (betweenness)",
        "measure.betweenness.note":
            "Betweenness: the share of shortest paths between other members that run through a member (0 to 1).",
        "measure.betweenness.column": "betweenness",
        "measure.closeness.title": "Closest to everyone (closeness)",
        "measure.closeness.note":
            "Closeness: how few steps a member needs to reach everyone it can reach (Wasserman–Faust; 0 to 1).",
        "measure.closeness.column": "closeness",
        "measure.pagerank.title": "Most central by PageRank",
        "measure.pagerank.note":
            "PageRank: the chance that a random walk along ties is at the member (damping 0.85); the values add up to 1.",
        "measure.pagerank.column": "PageRank",
        "measure.eigenvector.title": "Tied to the well tied (eigenvector)",
        "measure.eigenvector.note": "Eigenvector centrality: high when a member's partners are themselves well tied.",
        "measure.eigenvector.column": "eigenvector",
        "measure.core.title": "In the cohesive core (core number)",
        "measure.core.note":
            "Core number: the largest k such that the member is in a group where everyone has at least k partners inside the group.",
        "measure.core.column": "core number",
        "section.brokers.title.clusters": "Brokers between clusters",
        "section.brokers.title.kinds": "Brokers between kinds",
        "section.brokers.note.clusters":
            "Gould–Fernandez roles split each broker's pairs: coordinator (all three in its cluster), itinerant (the two partners share another cluster), representative and gatekeeper (one partner in its cluster; equal on undirected ties), liaison (three different clusters). Brokerage z above 2: clearly more brokerage than random ties at the same density would give. Low constraint (Burt): partners who are not tied to each other.",
        "section.brokers.note.kinds":
            "The dataset names no clusters, so roles are counted between kinds. Gould–Fernandez roles split each broker's pairs: coordinator (all three of its kind), itinerant (the two partners share another kind), representative and gatekeeper (one partner of its kind; equal on undirected ties), liaison (three different kinds). Brokerage z above 2: clearly more brokerage than random ties at the same density would give. Low constraint (Burt): partners who are not tied to each other.",
        "section.brokers.multi":
            "{1} members belong to several clusters; each counts in its first listed cluster for the roles and in all of them for sole bridges.",
        "section.bridges.title.clusters": "Connections between clusters",
        "section.bridges.title.kinds": "Connections between kinds",
        "section.bridges.note.clusters":
            "For each pair of clusters: members in both; collaboration ties between a member of one and a member of the other (neither in both); the fewest steps between them (0: a shared member); the members every shortest connection runs through (without any of them the clusters drift apart); and the members with most ties across the pair.",
        "section.bridges.note.kinds":
            "For each pair of kinds: collaboration ties between a member of one and a member of the other; the fewest steps between them; the members every shortest connection runs through; and the members with most ties across the pair.",
        "section.communities.title": "Communities against clusters",
        "section.communities.note":
            "Communities are groups found in the collaboration ties alone (Louvain and Leiden, seed {1}, resolution 1). NMI and adjusted Rand index compare them with each member's first cluster: 1 when communities and clusters coincide, about 0 when they are unrelated.",
        "section.communities.noClusters": "The dataset names no clusters, so NMI and ARI are undefined.",
        "section.communities.title.noClusters": "Communities in the collaboration ties",
        "section.merger.title.none": "Supercluster merger: not analysed",
        "section.composition.title": "Leiden communities",
        "section.composition.note.clusters":
            "Each community of two or more members: its main cluster and that cluster's share, its public share, and its best-connected member.",
        "section.composition.note.kinds":
            "Each community of two or more members: its main kind and that kind's share, its public share, and its best-connected member.",
        "section.merger.title": "What the supercluster merger gains",
        "section.merger.note":
            "Before: each cluster is a network of its own (paths only through members of a cluster both belong to). After: one network. Pairs of members that have a cluster; the share row is in per cent, distances in steps.",
        "merger.reachable": "member pairs joined by a path",
        "merger.withinTwo": "member pairs within two steps",
        "merger.withinTwoShare": "share of all {1} pairs within two steps (%)",
        "merger.meanSame": "mean steps between pairs joined before",
        "merger.meanAll": "mean steps between all joined pairs",
        "section.risk.title": "Members at risk of isolation",
        "section.risk.note":
            "Members with no collaboration tie, or a single one (losing that partner cuts them off): {1} of {2}.",
        "section.trend.title.clusters": "New ties across clusters, year by year",
        "section.trend.title.kinds": "New ties across kinds, year by year",
        "section.trend.note.clusters":
            "A new tie of a year: two members sharing a project running that year and none in an earlier year. It crosses clusters when both members have clusters and none in common; ties with a member without a cluster are left out of the share.",
        "section.trend.note.kinds":
            "A new tie of a year: two members sharing a project running that year and none in an earlier year. The dataset names no clusters, so the share counts new ties between members of different kinds.",
        "chart.trend.title.clusters": "New ties across clusters",
        "chart.trend.title.kinds": "New ties across kinds",
        "chart.trend.unit": "% of new ties",
        "chart.year": "year",
        "section.glossary.title": "Glossary",

        // Columns.
        "col.rank": "rank",
        "col.member": "member",
        "col.name": "name",
        "col.kind": "kind",
        "col.groups.clusters": "clusters",
        "col.group.clusters": "cluster",
        "col.group.kinds": "kind",
        "col.otherGroup.clusters": "other cluster",
        "col.otherGroup.kinds": "other kind",
        "col.coordinator": "coordinator",
        "col.itinerant": "itinerant",
        "col.representative": "representative",
        "col.gatekeeper": "gatekeeper",
        "col.liaison": "liaison",
        "col.brokerage": "brokerage",
        "col.brokerageZ": "brokerage z",
        "col.constraint": "constraint",
        "col.betweenness": "betweenness",
        "col.partners": "partners",
        "col.soleBridges": "sole bridges",
        "col.shared": "shared members",
        "col.tiesAcross": "ties across",
        "col.distance": "distance (steps)",
        "col.mostAcross": "most ties across",
        "col.method": "method",
        "col.communities": "communities",
        "col.communities2": "with 2+ members",
        "col.modularity": "modularity",
        "col.nmi": "NMI with clusters",
        "col.ari": "ARI with clusters",
        "col.community": "community",
        "col.members": "members",
        "col.mainGroup.clusters": "main cluster",
        "col.mainGroup.kinds": "main kind",
        "col.mainShare.clusters": "main cluster's share",
        "col.mainShare.kinds": "main kind's share",
        "col.publicShare": "public share",
        "col.bestConnected": "best connected",
        "col.measure": "measure",
        "col.before": "before",
        "col.after": "after",
        "col.change": "change",
        "col.onlyPartner": "only partner",
        "col.year": "year",
        "col.newTies": "new ties",
        "col.grouped.clusters": "new ties, both with a cluster",
        "col.grouped.kinds": "new ties",
        "col.across.clusters": "across clusters",
        "col.across.kinds": "across kinds",
        "col.acrossShare.clusters": "share across clusters",
        "col.acrossShare.kinds": "share across kinds",
        "col.term": "term",
        "col.meaning": "meaning",
        "col.sector": "sector",
        "col.share": "share",
        "col.public": "public",
        "col.private": "private",
        "col.jaccard": "Jaccard",
        "col.county": "county",
        "col.projects": "projects",
        "col.publicPrivate": "public–private",
        "col.what": "what",
        "col.count": "count",
        "col.value": "value",

        // The dataset summary.
        "stats.title": "{1}: {2} members, {3} projects, {4} participations",
        "stats.kinds.title": "Members by kind",
        "stats.noCluster": "(no cluster)",
        "stats.clusters.title": "Members by cluster",
        "stats.clusters.note": "A member of several clusters counts in each. Members of several clusters: {1}.",
        "stats.overlap.title": "Cluster overlap",
        "stats.overlap.note": "Shared members of each pair of clusters; Jaccard = shared members / members of either.",
        "stats.unknownCounty": "(unknown)",
        "stats.counties.title": "Members by county",
        "stats.years.title": "Projects by start year",
        "stats.years.note": "Public–private: projects with at least one public and one private member.",
        "stats.unknownYear": "unknown",
        "stats.mix.mixedProjects": "projects: public and private members",
        "stats.mix.publicProjects": "projects: public members only",
        "stats.mix.privateProjects": "projects: private members only",
        "stats.mix.publicPrivateTies": "ties: public–private",
        "stats.mix.publicTies": "ties: public–public",
        "stats.mix.privateTies": "ties: private–private",
        "stats.mix.crossTies": "ties across clusters (no cluster in common)",
        "stats.mix.title": "Public–private mix and cross-cluster ties",
        "stats.mix.title.noClusters": "Public–private mix",
        "stats.mix.note":
            "Ties are pairs of members sharing at least one project. The cross-cluster share is of ties whose two members both have a cluster.",
        "stats.mix.note.noClusters": "Ties are pairs of members sharing at least one project.",
        "stats.graph.title": "Collaboration graph",
        "stats.graph.members": "members (nodes)",
        "stats.graph.ties": "ties (edges)",
        "stats.graph.density": "density",
        "stats.graph.components": "separate groups (components)",
        "stats.graph.largest": "largest group",
        "stats.graph.isolated": "members without a tie",
        "stats.graph.degreeMin": "partners: fewest",
        "stats.graph.degreeQ1": "partners: lower quartile",
        "stats.graph.degreeMedian": "partners: median",
        "stats.graph.degreeQ3": "partners: upper quartile",
        "stats.graph.degreeMean": "partners: mean",
        "stats.graph.degreeMax": "partners: most",
        "sector.public": "public",
        "sector.private": "private",

        // Kinds.
        "kind.company": "company",
        "kind.municipality": "municipality",
        "kind.county-authority": "county authority",
        "kind.hospital": "hospital",
        "kind.university": "university",
        "kind.research-institute": "research institute",
        "kind.user-organisation": "user organisation",
        "kind.investor": "investor",
        "kind.public-agency": "public agency",
        "kind.cluster-organisation": "cluster organisation",
        "kind.other": "other",

        // Glossary.
        "glossary.partners.term": "partners",
        "glossary.partners.meaning": "The members a member shares at least one project with (its degree).",
        "glossary.tie.term": "collaboration tie",
        "glossary.tie.meaning": "Two members sharing at least one project.",
        "glossary.betweenness.term": "betweenness",
        "glossary.betweenness.meaning":
            "The share of shortest paths between other members that run through a member (NetworkX betweenness_centrality, normalised).",
        "glossary.closeness.term": "closeness",
        "glossary.closeness.meaning":
            "One over the average number of steps to the members a member can reach, scaled by how many it can reach (Wasserman–Faust).",
        "glossary.pagerank.term": "PageRank",
        "glossary.pagerank.meaning": "The chance that a random walk along the ties is at a member (damping 0.85).",
        "glossary.eigenvector.term": "eigenvector centrality",
        "glossary.eigenvector.meaning": "High when a member's partners are themselves well tied.",
        "glossary.core.term": "core number",
        "glossary.core.meaning":
            "The largest k such that the member belongs to a group where everyone has at least k partners inside the group.",
        "glossary.brokerage.term": "brokerage",
        "glossary.brokerage.meaning":
            "How many ordered pairs of a member's partners it links who have no tie of their own; the rule that ranks the top brokers (ties by member id).",
        "glossary.gouldFernandez.term": "Gould–Fernandez roles",
        "glossary.gouldFernandez.meaning":
            "Brokerage split by the groups of the three members: coordinator, itinerant, representative, gatekeeper, liaison (Gould and Fernandez 1989).",
        "glossary.zscore.term": "z-score",
        "glossary.zscore.meaning":
            "How many standard deviations a count is above what random ties at the same density would give; above 2 is clearly more than chance.",
        "glossary.constraint.term": "constraint",
        "glossary.constraint.meaning":
            "Burt's measure of how much a member's partners are tied to each other; low constraint means access to separate groups.",
        "glossary.soleBridge.term": "sole bridge",
        "glossary.soleBridge.meaning":
            "A member every shortest connection between two clusters runs through; without it the clusters drift apart.",
        "glossary.community.term": "community",
        "glossary.community.meaning":
            "A group of members with more ties inside than chance would give, found by the Louvain or Leiden method.",
        "glossary.modularity.term": "modularity",
        "glossary.modularity.meaning":
            "How much more the ties fall inside communities than at random (from −0.5 to 1; above 0.3 is a clear structure).",
        "glossary.nmi.term": "NMI",
        "glossary.nmi.meaning":
            "Normalised mutual information: 1 when communities and clusters coincide, 0 when they are unrelated.",
        "glossary.ari.term": "ARI",
        "glossary.ari.meaning":
            "Adjusted Rand index: 1 when communities and clusters coincide, about 0 for a random match.",
        "glossary.steps.term": "steps",
        "glossary.steps.meaning":
            "The number of ties on the shortest path between two members: 1 for partners, 2 for partners of partners.",

        // klynge trends.
        "trends.title": "Trends of {1}",
        "trends.col.activeMembers": "active members",
        "trends.col.firstProjectMembers": "first-project members",
        "trends.col.ties": "ties",
        "trends.col.newTies": "new ties",
        "trends.col.crossGroupShare.clusters": "new ties across clusters (%)",
        "trends.col.crossGroupShare.kinds": "new ties across kinds (%)",
        "trends.col.publicPrivateShare": "public–private ties (%)",
        "trends.col.largestComponentShare": "largest connected (%)",
        "trends.col.meanDistance": "mean distance (steps)",
        "trends.col.window": "years counted",
        "trends.col.margin": "mean distance ± (95 %)",
        "trends.col.betweennessBefore": "betweenness before",
        "trends.col.difference": "difference",
        "trends.chart.activeMembers": "Active members",
        "trends.chart.firstProjectMembers": "Members in their first project",
        "trends.chart.ties": "Collaboration ties",
        "trends.chart.newTies": "New ties",
        "trends.chart.crossGroupShare.clusters": "New ties across clusters",
        "trends.chart.crossGroupShare.kinds": "New ties across kinds",
        "trends.chart.publicPrivateShare": "Public–private ties",
        "trends.chart.largestComponentShare": "Members in the largest connected group",
        "trends.chart.meanDistance": "Mean distance in the largest group",
        "trends.unit.activeMembers": "members",
        "trends.unit.firstProjectMembers": "members",
        "trends.unit.ties": "ties",
        "trends.unit.newTies": "ties",
        "trends.unit.crossGroupShare": "% of new ties",
        "trends.unit.publicPrivateShare": "% of ties",
        "trends.unit.largestComponentShare": "% of active members",
        "trends.unit.meanDistance": "steps",
        "trends.undefined.noClusteredNewTie": "no new tie with clusters",
        "trends.undefined.noTie": "no tie",
        "trends.undefined.noMember": "no member",
        "trends.lead.year":
            "Each year counts the projects running in it: from their start year to their end year, or in their start year alone when they have no end.",
        "trends.lead.window":
            "Each year counts the projects running in any of the {1} years up to it (from their start year to their end year, or in their start year alone when they have no end).",
        "trends.lead.new":
            "New ties and first-project members are new in the year itself: never in a running project before.",
        "trends.lead.cross.clusters":
            "A new tie crosses clusters when its two members have no cluster in common; ties with a member without clusters are left out of the share.",
        "trends.lead.cross.kinds":
            "The dataset names no cluster, so the share counts new ties between members of different kinds.",
        "trends.lead.undated.one": "1 project has an unknown start and is left out.",
        "trends.lead.undated": "{1} projects have an unknown start and are left out.",
        "trends.lead.sampled":
            "Mean distances over {1} members are estimated from {2} sampled members, ± the 95 % margin shown.",
        "trends.years.title": "Year by year",
        "trends.years.note":
            "Ties are pairs of members sharing a running project; the largest connected share is the part of the active members who can reach each other through ties; the mean distance counts the steps between two members of that group.",
        "trends.movers.rose": "rose",
        "trends.movers.fell": "fell",
        "trends.movers.title": "Biggest changes in betweenness",
        "trends.movers.note":
            "The members whose betweenness (the share of shortest paths between other members through them, normalised as NetworkX does) rose and fell most since the year before; 0 in a year without a running project.",
        "trends.noValue": "no value",
        "trends.yes": "yes",
        "trends.no": "no",
        "trends.tooFewYears": "too few years",
        "trends.compare.title": "Before and after {1}",
        "trends.compare.note":
            "Means of the years {1} against {2}. A difference is beyond year-to-year variation when it is larger than twice the standard deviation of the changes from one year to the next: a rule of thumb, not a significance test.",
        "trends.compare.before": "before {1} (mean)",
        "trends.compare.after": "from {1} on (mean)",
        "trends.compare.sd": "s.d. of year-to-year changes",
        "trends.compare.beyond": "beyond year-to-year variation",
    ]
}
