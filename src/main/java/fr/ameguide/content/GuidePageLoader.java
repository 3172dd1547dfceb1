package fr.ameguide.content;

import fr.ameguide.content.Files.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.ameguide.content.Files.orEmpty;

/**
 * The guide's pages of content/pages.yaml, block by block, each page with its sources and the day it was
 * last verified, so that a page never links to one that does not exist nor asks for a block no view draws.
 */
final class GuidePageLoader {
    /** The blocks the guide's views draw from data rather than from the page's text; any other would draw nothing. */
    private static final Set<String> SPECIALS = Set.of("ceilings", "documents", "services", "glossary", "check_start");

    private final YamlReader read;
    private final List<String> problems;

    GuidePageLoader(YamlReader read, List<String> problems) {
        this.read = read;
        this.problems = problems;
    }

    @SuppressWarnings("unchecked")
    List<GuidePage> pages(Map<String, Source> sources) {
        PagesFile file = read.read("content/pages.yaml", PagesFile.class);
        List<GuidePage> pages = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        file.pages().forEach(p -> ids.add(p.id()));
        for (PageRow p : file.pages()) {
            String where = "content/pages.yaml " + p.id();
            if (p.lastVerified() == null) {
                problems.add(where + ": lastVerified is missing");
            }
            if (orEmpty(p.sources()).isEmpty()) {
                problems.add(where + ": no source");
            }
            orEmpty(p.sources()).stream().filter(s -> !sources.containsKey(s))
                    .forEach(s -> problems.add(where + ": unknown source " + s));
            List<GuidePage.Block> blocks = new ArrayList<>();
            for (Map<String, Object> b : orEmpty(p.blocks())) {
                if (b.size() != 1) {
                    problems.add(where + ": a block has one kind: " + b);
                    continue;
                }
                Map.Entry<String, Object> e = b.entrySet().iterator().next();
                String kind = e.getKey();
                Object v = e.getValue();
                switch (kind) {
                    case "p", "h2", "note" -> blocks.add(new GuidePage.Block(kind, List.of(String.valueOf(v)), null, null, null));
                    case "ul", "ol" -> blocks.add(new GuidePage.Block(kind,
                            ((List<Object>) v).stream().map(String::valueOf).toList(), null, null, null));
                    case "link" -> {
                        Map<String, Object> link = (Map<String, Object>) v;
                        String page = (String) link.get("page");
                        if (page != null && !ids.contains(page)) {
                            problems.add(where + ": link to unknown page " + page);
                        }
                        blocks.add(new GuidePage.Block(kind, List.of(String.valueOf(link.get("text"))), page,
                                (String) link.get("url"), null));
                    }
                    case "special" -> {
                        if (!SPECIALS.contains(String.valueOf(v))) {
                            problems.add(where + ": unknown special block " + v);
                        }
                        blocks.add(new GuidePage.Block(kind, List.of(), null, null, String.valueOf(v)));
                    }
                    default -> problems.add(where + ": unknown block kind " + kind);
                }
            }
            pages.add(new GuidePage(p.id(), p.slug(), p.lastVerified(), orEmpty(p.sources()), List.copyOf(blocks)));
        }
        return pages;
    }
}
