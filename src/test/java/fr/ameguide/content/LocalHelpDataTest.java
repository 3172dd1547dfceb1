package fr.ameguide.content;

import fr.ameguide.content.LocalHelp.Area;
import fr.ameguide.content.LocalHelp.Lookup;
import fr.ameguide.content.LocalHelp.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data of content/local-help: every postcode leads to a caisse and a tribunal; known cases; bad input. */
class LocalHelpDataTest {
    static LocalHelp help;

    @BeforeAll
    static void load() {
        List<String> problems = new ArrayList<>();
        help = LocalHelp.load(RepositoryContent.open(Map.of()), problems);
        assertEquals(List.of(), problems);
        System.out.println("local-help data loaded in " + help.loadMillis() + " ms: " + help.communeCount() + " communes, "
                + help.postcodes().size() + " postcodes, " + help.caisseCount() + " caisses, " + help.tribunalCount()
                + " tribunals, " + help.franceServiceCount() + " France Services");
    }

    /** 01 to 95 with Corsica as 2A and 2B, the five overseas départements, Saint-Barthélemy and Saint-Martin. */
    static Set<String> expectedDepartements() {
        Set<String> deps = new TreeSet<>();
        for (int i = 1; i <= 95; i++) {
            if (i != 20) {
                deps.add(String.format("%02d", i));
            }
        }
        deps.addAll(List.of("2A", "2B", "971", "972", "973", "974", "976", "977", "978"));
        return deps;
    }

    @Test
    void everyPostcodeLeadsToADepartementWithACaisseAndATribunal() {
        Set<String> reached = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (String postcode : help.postcodes()) {
            Lookup l = help.lookup(postcode);
            if (!l.found() || l.areas().isEmpty()) {
                wrong.add(postcode + " not found");
                continue;
            }
            for (Area a : l.areas()) {
                reached.add(a.departement().code());
                if (a.caisses().isEmpty() || a.caisse().name() == null) {
                    wrong.add(postcode + ": no caisse in " + a.departement().code());
                }
                if (a.tribunal() == null || !a.tribunal().name().startsWith("Tribunal administratif ")) {
                    wrong.add(postcode + ": no tribunal in " + a.departement().code());
                }
                if (a.departement().name() == null || a.communes().isEmpty()) {
                    wrong.add(postcode + ": no département name or no commune");
                }
                for (LocalHelp.Caisse c : a.caisses()) {
                    if (c.url() != null && !c.url().startsWith("https://www.ameli.fr/")) {
                        wrong.add(postcode + ": " + c.url());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(expectedDepartements(), reached, "every département of the data, and only those");
        assertEquals(expectedDepartements(), new TreeSet<>(help.departements().keySet()));
        assertTrue(help.postcodes().size() > 6000, "La Poste has about 6,000 postcodes: " + help.postcodes().size());
    }

    @ParameterizedTest(name = "{0} → {1}, {2}, {3}")
    @CsvSource(delimiter = '|', textBlock = """
            93200 | 93  | CPAM de la Seine-Saint-Denis | Tribunal administratif de Montreuil
            92000 | 92  | CPAM des Hauts-de-Seine | Tribunal administratif de Cergy-Pontoise
            95000 | 95  | CPAM du Val-d'Oise | Tribunal administratif de Cergy-Pontoise
            97300 | 973 | Caisse générale de sécurité sociale (CGSS) de la Guyane | Tribunal administratif de la Guyane
            20000 | 2A  | CPAM de la Corse-du-Sud | Tribunal administratif de Bastia
            20200 | 2B  | CPAM de la Haute-Corse | Tribunal administratif de Bastia
            75012 | 75  | CPAM de Paris | Tribunal administratif de Paris
            69001 | 69  | CPAM du Rhône | Tribunal administratif de Lyon
            97150 | 978 | Caisse générale de sécurité sociale (CGSS) de la Guadeloupe | Tribunal administratif de Saint-Martin
            97133 | 977 | Caisse de prévoyance sociale de Saint-Barthélemy (caisse de proximité d'une caisse de MSA) | Tribunal administratif de Saint-Barthélemy
            97600 | 976 | Caisse de sécurité sociale de Mayotte (CSSM) | Tribunal administratif de Mayotte
            97400 | 974 | Caisse générale de sécurité sociale (CGSS) de La Réunion | Tribunal administratif de La Réunion
            77000 | 77  | CPAM de Seine-et-Marne | Tribunal administratif de Melun
            """)
    void knownCases(String postcode, String dep, String caisse, String tribunal) {
        Lookup l = help.lookup(postcode);
        assertTrue(l.found(), postcode);
        assertEquals(1, l.areas().size(), postcode + " lies in one département");
        Area a = l.areas().get(0);
        assertEquals(dep, a.departement().code());
        assertEquals(caisse, a.caisse().name());
        assertEquals(tribunal, a.tribunal().name());
    }

    @Test
    void corsicaAndParisAndTheTerritories() {
        Area ajaccio = help.lookup("20000").areas().get(0);
        assertEquals(List.of("Ajaccio"), ajaccio.communes().stream().map(LocalHelp.Commune::name).toList(),
                "20000 is Ajaccio, in Corse-du-Sud (2A); the TA de Bastia is competent for both Corsican départements (R221-3)");
        Lookup paris = help.lookup("75012");
        assertEquals(List.of("Paris 12e Arrondissement"), paris.communes().stream().map(LocalHelp.Commune::name).toList(),
                "an arrondissement stands for its commune");
        assertTrue(help.lookup("97600").areas().get(0).mayotte());
        assertNull(help.lookup("97600").areas().get(0).caisse().url(), "no sourced page for the CSSM: left out");
        assertTrue(help.lookup("97133").areas().get(0).unverified());
        assertTrue(help.lookup("97150").areas().get(0).unverified());
        assertFalse(help.lookup("97300").areas().get(0).unverified());
        assertEquals("https://www.ameli.fr/seine-saint-denis/assure/adresses-et-contacts",
                help.lookup("93200").areas().get(0).caisse().url());
        assertEquals("Palais des juridictions administratives, 184, rue Duguesclin, 69433 Lyon Cedex 03",
                help.lookup("69001").areas().get(0).tribunal().fullAddress());
        assertNull(help.lookup("93200").areas().get(0).tribunal().fullAddress(), "no address sourced for Montreuil");
    }

    @Test
    void aPostcodeOfSeveralCommunesAndSeveralDepartements() {
        Lookup l = help.lookup("01200");
        Set<String> deps = new TreeSet<>();
        l.areas().forEach(a -> deps.add(a.departement().code()));
        assertEquals(Set.of("01", "74"), deps, "01200 has communes in Ain and Haute-Savoie");
        assertTrue(l.communes().size() > 1);
        for (Area a : l.areas()) {
            a.communes().forEach(c -> assertEquals(a.departement().code(), c.dep()));
        }
        assertTrue(help.lookup("02300").communes().size() > 20, "02300 has many communes");
    }

    @Test
    void departementsWithSeveralCaissesListThemAll() {
        assertEquals(4, help.lookup("59000").areas().get(0).caisses().size(), "Nord");
        assertEquals(2, help.lookup("62000").areas().get(0).caisses().size(), "Pas-de-Calais");
        assertTrue(help.lookup("59000").areas().get(0).severalCaisses());
        assertFalse(help.lookup("93200").areas().get(0).severalCaisses());
    }

    @Test
    void franceServicesOfTheCommuneComeFirst() {
        int checked = 0;
        for (String postcode : help.postcodes()) {
            Lookup l = help.lookup(postcode);
            for (Area a : l.areas()) {
                Set<String> insee = new TreeSet<>();
                a.communes().forEach(c -> insee.add(c.insee()));
                a.inCommunes().forEach(s -> assertTrue(insee.contains(s.insee()), postcode + " " + s.name()));
                a.inDepartement().forEach(s -> {
                    assertFalse(insee.contains(s.insee()), postcode + " " + s.name());
                    assertEquals(a.departement().code(), s.dep());
                });
                assertTrue(a.inCommunes().size() <= LocalHelp.MAX_IN_COMMUNE);
                assertTrue(a.inCommunes().size() + a.inDepartement().size() <= Math.max(LocalHelp.MIN_SHOWN, a.inCommunes().size()));
                assertEquals(help.franceServices(a.departement().code()).size(), a.departementTotal());
                checked++;
            }
        }
        assertTrue(checked > 6000);
        Area valserhone = help.lookup("01200").areas().stream().filter(a -> a.departement().code().equals("01")).findFirst().orElseThrow();
        assertTrue(valserhone.inCommunes().stream().anyMatch(s -> s.name().equals("France services de Valserhône")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcde", "9320", "932000", "93-200", "75O12", "9 3 2 0", "<b>93200"})
    void malformed(String typed) {
        assertEquals(Problem.FORMAT, help.lookup(typed).problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000", "99999", "20001", "97500"})
    void unknown(String typed) {
        Lookup l = help.lookup(typed);
        assertEquals(Problem.UNKNOWN, l.problem());
        assertTrue(l.areas().isEmpty());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missing(String typed) {
        assertEquals(Problem.MISSING, help.lookup(typed).problem());
    }

    @Test
    void spacesAreForgiven() {
        assertTrue(help.lookup(" 93 200 ").found());
        assertEquals("93200", help.lookup(" 93 200 ").postcode());
    }

    @Test
    void eachFileSaysTheDateOfItsData() {
        assertEquals(LocalDate.of(2026, 3, 9), help.dates().communes());
        assertEquals(LocalDate.of(2026, 12, 3), help.dates().caisses());
        assertEquals(LocalDate.of(2026, 12, 3), help.dates().tribunaux());
        assertEquals(LocalDate.of(2024, 8, 1), help.dates().franceServices());
    }

    @Test
    void aCommuneInADepartementWithoutTribunalStopsTheStart() {
        String tribunaux = RepositoryContent.read("content/local-help/tribunaux.tsv");
        String withoutBastia = String.join("\n", tribunaux.lines().filter(l -> !l.startsWith("2B\t")).toList());
        List<String> problems = new ArrayList<>();
        LocalHelp.load(RepositoryContent.open(Map.of("content/local-help/tribunaux.tsv", withoutBastia)), problems);
        assertFalse(problems.isEmpty());
        assertTrue(problems.get(0).contains("2B"), problems.get(0));
        problems.clear();
        LocalHelp.load(RepositoryContent.open(Map.of("content/local-help/caisses.tsv", "# nothing\n")), problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("no header")), problems.toString());
    }
}
