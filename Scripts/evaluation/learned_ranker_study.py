#!/usr/bin/env python3
"""The learned-ranker study quoted in the README (`klynge evaluate`, "What was tried").

Can a model trained on earlier years rank the partners of companies better than the best
single link-prediction baseline? Features of every (seeker, candidate) pair are computed
with SciPy on the same time-split protocol as `klynge evaluate` (a check: common
neighbours' MRR equals the table's), for the training splits (split year 2016, test
projects of 2016, on the whole CORDIS table and on norway-h2020; 2015 on the whole table)
and the evaluation splits (norway-h2020, 2017 and 2018). Logistic regression and gradient-
boosted trees (scikit-learn) are trained on the training splits only, on features scaled
to 0…1 within each query, and their MRR is printed as a ratio to the best single baseline.

    Scripts/.venv/bin/python Scripts/evaluation/learned_ranker_study.py   # about 3 minutes
(needs numpy, scipy and scikit-learn: `make bench` creates Scripts/.venv with them; and
.bench-data/cordis-h2020-all from Scripts/datasets/build_cordis_all.py)
"""
import csv
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

warnings.filterwarnings("ignore")
ROOT = Path(__file__).resolve().parents[2]


def load(D):
    rd = lambda f: list(csv.DictReader(open(f'{D}/{f}', encoding='utf-8')))
    members = rd('members.csv'); projects = rd('projects.csv'); parts = rd('participations.csv')
    mid = {r['id']: i for i, r in enumerate(members)}
    pid = {r['id']: i for i, r in enumerate(projects)}
    kind = np.array([r['kind'] for r in members]); country = np.array([r.get('country','') for r in members])
    ids = np.array([r['id'] for r in members])
    py = np.array([int(r['start'][:4]) if r['start'] not in ('', 'unknown') else -1 for r in projects])
    pe = np.array([int(r['end'][:4]) if r.get('end') not in (None, '', 'unknown') else 9999 for r in projects])
    progs = sorted({g for r in projects for g in r['topics'].split(';') if g})
    gid = {g: i for i, g in enumerate(progs)}
    rows=[i for i, r in enumerate(projects) for g in r['topics'].split(';') if g]
    cols=[gid[g] for r in projects for g in r['topics'].split(';') if g]
    PG = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(projects), len(progs)))
    pr = np.array([pid[r['project']] for r in parts]); mr = np.array([mid[r['member']] for r in parts])
    coord = np.array([r['role'] == 'coordinator' for r in parts])
    return dict(ids=ids, kind=kind, country=country, py=py, pe=pe, PG=PG, pr=pr, mr=mr, coord=coord, n=len(members), np=len(projects))
def build(E, Y, tb=None, SK=('company',), TK=('public-agency','municipality')):
    n, npj = E['n'], E['np']; py = E['py']
    tr = (py >= 0) & (py < Y); te = (py >= Y) & ((py < tb) if tb else True)
    sel = tr[E['pr']]
    B = sp.csr_matrix((np.ones(sel.sum()), (E['mr'][sel], E['pr'][sel])), shape=(n, npj))  # member x project (train)
    B.data[:] = 1
    W = (B @ B.T).tocsr(); W.setdiag(0); W.eliminate_zeros()  # weighted ties
    A = W.copy(); A.data[:] = 1
    ing = np.asarray(B.sum(1)).ravel() > 0
    selt = te[E['pr']]
    T = sp.csr_matrix((np.ones(selt.sum()), (E['mr'][selt], E['pr'][selt])), shape=(n, npj)); T.data[:]=1
    C = (T @ T.T).tocsr()
    isS = np.isin(E['kind'], SK) & ing; isT = np.isin(E['kind'], TK) & ing
    queries = []
    for s in np.where(isS)[0]:
        row = C.getrow(s); tg = row.indices[(row.indices != s)]
        tg = tg[isT[tg]]
        tied = set(A.getrow(s).indices)
        tg = [t for t in tg if t not in tied]
        if tg: queries.append((s, set(tg)))
    queries.sort(key=lambda x: E['ids'][x[0]])
    targets = np.where(isT)[0]; targets = targets[np.argsort(E['ids'][targets])]
    # ongoing ties: projects ending >= Y
    on = tr & (E['pe'] >= Y); selo = on[E['pr']]
    Bo = sp.csr_matrix((np.ones(selo.sum()), (E['mr'][selo], E['pr'][selo])), shape=(n, npj)); Bo.data[:]=1
    Ao = (Bo @ Bo.T).tocsr(); Ao.setdiag(0); Ao.eliminate_zeros(); Ao.data[:]=1
    recent = tr & (py >= Y - 2); selr = recent[E['pr']]
    Br = sp.csr_matrix((np.ones(selr.sum()), (E['mr'][selr], E['pr'][selr])), shape=(n, npj)); Br.data[:]=1
    selc = sel & E['coord']
    Bc = sp.csr_matrix((np.ones(selc.sum()), (E['mr'][selc], E['pr'][selc])), shape=(n, npj)); Bc.data[:]=1
    MG = (B @ E['PG']).tocsr()  # member x programme counts
    return dict(E=E, Y=Y, B=B, W=W, A=A, Ao=Ao, Br=Br, Bc=Bc, MG=MG, queries=queries, targets=targets)


def query_mrr(score, y, q):
    rr = []
    bounds = np.flatnonzero(np.diff(q)) + 1
    for idx in np.split(np.arange(len(q)), bounds):
        o = idx[np.argsort(-score[idx], kind='stable')]
        hits = np.flatnonzero(y[o]==1)
        if len(hits): rr.append(1/(hits[0]+1))
    return np.mean(rr)


def split_features(E, Y, tb, TK, maxq, withppr):
        """The FN features of every (query, candidate) pair of one split (at most maxq queries, drawn with a fixed seed)."""
        t0 = time.time()
        ctx = build(E, Y, tb, TK=TK); A, W, Ao, Bc = ctx['A'], ctx['W'], ctx['Ao'], ctx['B'].tocsr(); B = Bc.tocsc()
        qs = ctx['queries']
        if len(qs) > maxq:
            rng = np.random.default_rng(Y); qs = [qs[i] for i in sorted(rng.choice(len(qs), maxq, replace=False))]
        deg = np.asarray(A.sum(1)).ravel()
        aaw = np.where(deg > 1, 1/np.log(np.maximum(deg, 2)), 0); raw = np.where(deg > 0, 1/np.maximum(deg,1), 0)
        A_aa = (A @ sp.diags(aaw)).tocsr(); A_ra = (A @ sp.diags(raw)).tocsr()
        projc = np.asarray(Bc.sum(1)).ravel(); recc = np.asarray(ctx['Br'].sum(1)).ravel()
        onc = np.asarray(Ao.sum(1)).ravel(); coordc = np.asarray(ctx['Bc'].sum(1)).ravel()
        MG = ctx['MG']; mgn = np.sqrt(np.asarray(MG.multiply(MG).sum(1)).ravel()); mgn[mgn==0]=1
        psize = np.asarray(B.sum(0)).ravel()
        T = ctx['targets']
        AT = A[:, T].tocsc(); AoT = Ao[:, T].tocsc(); MGT = MG[T]; BT = Bc[T]
        if withppr:
            d = np.asarray(W.sum(1)).ravel(); PT = (sp.diags(np.where(d>0,1/np.maximum(d,1e-300),0)) @ W).T.tocsr()
        X=[]; yy=[]; qq=[]
        for qi,(s,truth) in enumerate(qs):
            a = A.getrow(s)
            tiedset = set(a.indices) | {s}
            mask = np.array([t not in tiedset for t in T]); ci = np.flatnonzero(mask); cand = T[ci]
            ATc = AT[:, ci]
            cn = (a @ ATc).toarray().ravel(); aa = (A_aa.getrow(s) @ ATc).toarray().ravel(); ra = (A_ra.getrow(s) @ ATc).toarray().ravel()
            un = deg[s] + deg[cand] - cn; jac = np.where(un>0, cn/np.maximum(un,1), 0)
            w = W.getrow(s); cnw = (w @ ATc).toarray().ravel()
            cnon = (Ao.getrow(s) @ AoT[:, ci]).toarray().ravel()
            p3 = ((a @ A) @ ATc).toarray().ravel()
            ms = MG.getrow(s); topic = (ms @ MGT[ci].T).toarray().ravel()/(mgn[s]*mgn[cand])
            progov = (ms.astype(bool).astype(float) @ MGT[ci].T).toarray().ravel()
            samec = (E['country'][cand]==E['country'][s]).astype(float); cNO = (E['country'][cand]=='NO').astype(float)
            Ps = Bc.getrow(s).indices
            M1 = (B[:, Ps].T @ ATc).toarray(); sz = np.maximum(psize[Ps]-1,1)[:,None]
            maxov = M1.max(0); maxfrac = (M1/sz).max(0); sumsq = (M1**2).sum(0)
            ovP = (a @ B).toarray().ravel(); tsum = BT[ci] @ ovP
            if withppr:
                e = np.zeros(E['n']); e[s]=1; x=e.copy()
                for _ in range(25): x = 0.15*e + 0.85*(PT @ x)
                pv = x[cand]
            else: pv = np.zeros(len(cand))
            X.append(np.column_stack([cn,aa,ra,jac,cnw,cnon,np.log1p(p3),deg[cand],projc[cand],recc[cand],onc[cand],topic,progov,samec,cNO,coordc[cand],maxov,maxfrac,sumsq,tsum,pv]))
            yy.append(np.array([c in truth for c in cand], float)); qq.append(np.full(len(cand), qi))
        X = np.vstack(X); y = np.concatenate(yy); q = np.concatenate(qq)
        print(f"  {E['name']} targets {','.join(TK)} split {Y} test before {tb}: {len(qs)} queries, {len(y)} pairs, "
              f"{time.time() - t0:.0f} s; single-feature MRR: " + ' '.join('%s=%.3f' % (n, query_mrr(X[:, i], y, q)) for i, n in enumerate(FN)),
              file=sys.stderr, flush=True)
        return X, y, q


FN = ['cn', 'aa', 'ra', 'jac', 'cnw', 'cn_on', 'p3', 'degc', 'projc', 'recc', 'onc', 'topic', 'progov', 'samec', 'cNO', 'coordc',
      'maxov', 'maxfrac', 'sumsq', 'tsum', 'ppr']
BASELINES = ('cn', 'aa', 'ra', 'jac', 'ppr', 'topic', 'degc')   # degc: preferential attachment for a fixed seeker


def qnorm(X, q):
    """log1p, then divided by the query's largest value (0…1 within each query)."""
    Z = np.log1p(np.maximum(X, 0)); R = np.zeros_like(Z)
    for idx in np.split(np.arange(len(q)), np.flatnonzero(np.diff(q)) + 1):
        m = Z[idx].max(0); m[m == 0] = 1; R[idx] = Z[idx] / m
    return R


def main():
    norway = load(str(ROOT / 'Datasets/norway-h2020')); norway['name'] = 'norway-h2020'
    cordis = load(str(ROOT / '.bench-data/cordis-h2020-all')); cordis['name'] = 'cordis-h2020-all'
    use = [i for i, n in enumerate(FN) if n != 'ppr']
    for fam, TK in (('agencies + municipalities', ('public-agency', 'municipality')), ('universities', ('university',))):
        train = [split_features(cordis, 2016, 2017, TK, 600, False), split_features(cordis, 2015, 2017, TK, 600, False),
                 split_features(norway, 2016, 2017, TK, 10 ** 6, False)]
        tests = {Y: split_features(norway, Y, None, TK, 10 ** 6, True) for Y in (2017, 2018)}
        Xtr = np.vstack([qnorm(X[:, use], q) for X, _, q in train]); ytr = np.concatenate([y for _, y, _ in train])
        models = [(f'logistic regression C={C}', LogisticRegression(C=C, max_iter=5000)) for C in (0.01, 0.1, 1)]
        models += [(f'gradient-boosted trees depth {d}', HistGradientBoostingClassifier(max_iter=150, learning_rate=0.05, max_depth=d,
                    min_samples_leaf=100, l2_regularization=1.0, random_state=0)) for d in (2, 3)]
        print(f'| companies → {fam} | 2017 MRR | ÷ best baseline | 2018 MRR | ÷ best baseline |')
        print('|---|---:|---:|---:|---:|')
        for Y, (X, y, q) in tests.items():
            best = max(BASELINES, key=lambda n: query_mrr(X[:, FN.index(n)], y, q))
            tests[Y] = (X, y, q, best, query_mrr(X[:, FN.index(best)], y, q))
        print('| best single baseline | ' + ' | '.join(f'{t[4]:.4f} | 1 ({t[3]})' for t in tests.values()) + ' |')
        for name, m in models:
            m.fit(Xtr, ytr)
            cells = []
            for X, y, q, _, b in tests.values():
                r = query_mrr(m.predict_proba(qnorm(X[:, use], q))[:, 1], y, q)
                cells.append(f'{r:.4f} | {r / b:.2f}×')
            print(f'| {name} | ' + ' | '.join(cells) + ' |', flush=True)
        print()


if __name__ == '__main__':
    main()


