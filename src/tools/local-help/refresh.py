#!/usr/bin/env python3
"""Rebuilds content/local-help/*.tsv (run from the repository root).

    mkdir -p /tmp/da && cd /tmp/da && npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf *.tgz && cd -
    python3 src/tools/local-help/refresh.py /tmp/da/package /work/shared/data/local-help

Inputs: the npm package @etalab/decoupage-administratif (data/communes.json; data Licence Ouverte,
code MIT) and the CSVs gathered in shared/data/local-help (see its README: cpam.csv,
tribunaux_administratifs.csv, france_services.csv). Only the standard library is used.
Output: tab-separated, UTF-8, '#' lines are comments (source, licence, date).
"""
import csv, json, os, sys

PACKAGE, SHARED = sys.argv[1], sys.argv[2]
OUT = 'content/local-help'
NATIONAL_AMELI = 'https://www.ameli.fr/assure/adresses-et-contacts'
version = json.load(open(os.path.join(PACKAGE, 'package.json')))['version']


def rows(name):
    with open(os.path.join(SHARED, name), newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f))


def clean(v):
    return ' '.join((v or '').replace('\t', ' ').split())


def write(name, header, comments, lines):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='\n') as f:
        for c in comments:
            f.write('# ' + c + '\n')
        f.write('\t'.join(header) + '\n')
        for l in lines:
            f.write('\t'.join(clean(x) for x in l).rstrip('\t') + '\n')


cpam = rows('cpam.csv')
covered = {r['dep_code'] for r in cpam}

# 1. communes: commune-actuelle and arrondissement-municipal with their postcodes, in the territories
#    that have a caisse and a tribunal in the data (not 975 and the 98x collectivités).
communes = json.load(open(os.path.join(PACKAGE, 'data', 'communes.json'), encoding='utf-8'))
kept, skipped = [], set()
postcodes_of = {}
for c in communes:
    if c['type'] not in ('commune-actuelle', 'arrondissement-municipal') or not c.get('codesPostaux'):
        continue
    if c['departement'] not in covered:
        skipped.add(c['departement'])
        continue
    postcodes_of[c['code']] = c['codesPostaux']
    kept.append([c['code'], c['departement'], c['nom'], ' '.join(c['codesPostaux']),
                 c['commune'] if c['type'] == 'arrondissement-municipal' else ''])
write('communes.tsv', ['insee', 'dep', 'name', 'postcodes', 'parent'],
      [f'Communes and their postcodes: @etalab/decoupage-administratif {version} (Etalab, INSEE COG 2026, La Poste base officielle des codes postaux)',
       'Licence: Licence Ouverte / Open Licence 2.0 (data), MIT (code). Package published 2026-03-09.',
       'Kept: types commune-actuelle and arrondissement-municipal (parent = the commune of an arrondissement).',
       f'Left out (no caisse or tribunal in the data): {", ".join(sorted(skipped))}. Built by src/tools/local-help/refresh.py'],
      kept)

# 2. caisses: the caisse page only where its ameli slug was seen; otherwise the national page.
lines = []
for r in cpam:
    url = r['ameli_contacts_url'] if r['ameli_slug_status'] == 'seen' else (NATIONAL_AMELI if r['ameli_contacts_url'] else '')
    lines.append([r['dep_code'], r['dep_name'], r['caisse_type'], r['caisse_name'], url,
                  'yes' if r['multiple_caisses'] == 'yes' else 'no', r['name_basis']])
write('caisses.tsv', ['dep', 'dep_name', 'type', 'name', 'url', 'several', 'name_basis'],
      ['Caisses (CPAM, CGSS, CSSM, caisse de prévoyance sociale): shared/data/local-help/cpam.csv, prepared 2026-12-03.',
       'Sources: code de la sécurité sociale art. L752-1 (Légifrance, Licence Ouverte 2.0) for overseas; one CPAM per département elsewhere.',
       'url: the caisse\'s ameli.fr page where its address was seen in a public source, else the national ameli.fr page (asks for the commune).'],
      lines)

# 3. tribunals: the address where a source states it; the website only where it was seen.
lines = []
for r in rows('tribunaux_administratifs.csv'):
    lines.append([r['dep_code'], r['dep_name'], r['ta_name'], r['ta_seat'], r['address'], r['postcode'], r['city'],
                  r['website'] if r['website_status'] == 'seen' else ''])
write('tribunaux.tsv', ['dep', 'dep_name', 'name', 'seat', 'address', 'postcode', 'city', 'website'],
      ['Tribunaux administratifs competent by département: code de justice administrative, art. R221-1, R221-3, R221-7 (Légifrance, Licence Ouverte 2.0).',
       'Prepared 2026-12-03 in shared/data/local-help/tribunaux_administratifs.csv; websites kept only where seen in a stored page.'],
      lines)

# 4. France Services: the two postcodes flagged as wrong are replaced by the commune's only postcode
#    (from the communes file); a row whose postcode cannot be fixed that way is left out.
lines, fixed, hidden = [], [], []
for r in rows('france_services.csv'):
    pc = r['postcode']
    if r['data_note']:
        own = postcodes_of.get(r['commune_insee'], [])
        if len(own) == 1:
            fixed.append(f"{r['id']} {pc}->{own[0]}")
            pc = own[0]
        else:
            hidden.append(r['id'])
            continue
    lines.append([r['id'], r['dep_code'], r['commune_insee'], r['name'], r['address'], r['address_complement'], pc,
                  r['commune'], r['phone'], r['type']])
write('france-services.tsv', ['id', 'dep', 'insee', 'name', 'address', 'complement', 'postcode', 'commune', 'phone', 'type'],
      ['France Services: Agence nationale de la cohésion des territoires (ANCT), Liste des structures France services, data.gouv.fr, mise à jour du 1er août 2024.',
       'Licence Ouverte / Open Licence 2.0. Snapshot github.com/anct-carto/france_services data/liste-fs-20240801.csv @ 77f42ba, via shared/data/local-help.',
       f'Postcodes corrected from the communes file: {", ".join(fixed) or "none"}; rows left out: {", ".join(hidden) or "none"}.'],
      lines)
print('communes', len(kept), 'left out', sorted(skipped), 'fixed', fixed, 'hidden', hidden)
