package fr.ameguide.guide;

import java.util.List;

/** The parts of a guidance page drawn from data: sources, ceilings, catalogues, glossary. */
public record GuideView(
        String lastVerified,
        List<SourceLink> sources,
        List<CeilingRow> ceilings,
        String ceilingsMetropoleFrom,
        String ceilingsOverseasFrom,
        List<Entry> documents,
        List<Entry> services,
        List<Entry> glossary,
        java.util.Map<String, String> pageLinks) {

    public String href(String pageId) {
        return pageLinks.get(pageId);
    }

    public record SourceLink(String title, String url) {
    }

    public record CeilingRow(String size, String metropole, String overseas) {
    }

    /** A catalogue entry: a document (with its alternatives), a service (with its address) or a glossary term. */
    public record Entry(String title, String text, List<String> items, String url, String extra, String lang) {
    }
}
