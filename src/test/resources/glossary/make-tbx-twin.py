import csv, sys
from xml.sax.saxutils import escape
def entries(path):
    order, ents = [], {}
    with open(path, encoding='utf-8-sig', newline='') as f:
        for r in csv.DictReader(f):
            key = (r['type'], r['source'])
            if key not in ents:
                ents[key] = {'type': r['type'], 'sources': [s.strip() for s in r['source'].split('|') if s.strip()], 'langs': [], 'match': '', 'notes': []}
                order.append(key)
            e = ents[key]
            if r.get('match'): e['match'] = r['match']
            n = (r.get('note') or '').strip()
            if n and n not in e['notes']: e['notes'].append(n)
            tg = [t.strip() for t in r['target'].split('|') if t.strip()]
            fb = [t.strip() for t in r['forbidden'].split('|') if t.strip()]
            if tg or fb:
                assert r['target_lang'] != '*'
                e['langs'].append((r['target_lang'], tg, fb))
    return [ents[k] for k in order]

def write(path, ents, form):
    x = lambda s: escape(s, {'"': '&quot;'})
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    if form == 2008:
        out.append('<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">')
        out.append('<martif type="TBX-Basic" xml:lang="en">')
        out.append('  <martifHeader><fileDesc><sourceDesc><p>transdesk desk glossary</p></sourceDesc></fileDesc></martifHeader>')
        entry, lang, tig, cid = 'termEntry', 'langSet', 'tig', 't'
    else:
        out.append('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">')
        out.append('  <tbxHeader><fileDesc><sourceDesc><p>transdesk desk glossary: titles for the sample article</p></sourceDesc></fileDesc></tbxHeader>')
        entry, lang, tig, cid = 'conceptEntry', 'langSec', 'termSec', 'c'
    bad = 'notRecommendedTerm-admn-sts' if form == 2008 else 'deprecatedTerm-admn-sts'
    out.append('  <text>')
    out.append('    <body>')
    for i, e in enumerate(ents, 1):
        out.append(f'      <{entry} id="{cid}{i}">')
        if e['type'] == 'title': out.append('        <descrip type="subjectField">title</descrip>')
        if e['match']: out.append(f'        <admin type="transdesk-match">{e["match"]}</admin>')
        if e['notes']: out.append(f'        <note>{x(" ".join(e["notes"]))}</note>')
        def term(t, status, pos):
            s = f'          <{tig}><term>{x(t)}</term>'
            if pos: s += f'<termNote type="partOfSpeech">{pos}</termNote>'
            if status: s += f'<termNote type="administrativeStatus">{status}</termNote>'
            return s + f'</{tig}>'
        pos = 'properNoun' if e['type'] == 'name' else 'noun'
        out.append(f'        <{lang} xml:lang="en">')
        for s in e['sources']: out.append(term(s, 'preferredTerm-admn-sts', pos))
        out.append(f'        </{lang}>')
        for (l, tg, fb) in e['langs']:
            out.append(f'        <{lang} xml:lang="{l}">')
            for j, t in enumerate(tg): out.append(term(t, 'preferredTerm-admn-sts' if j == 0 else 'admittedTerm-admn-sts', pos))
            for t in fb: out.append(term(t, bad, pos))
            out.append(f'        </{lang}>')
        out.append(f'      </{entry}>')
    out.append('    </body>')
    out.append('  </text>')
    out.append('</martif>' if form == 2008 else '</tbx>')
    open(path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')

write(sys.argv[2], entries(sys.argv[1]), int(sys.argv[3]))
