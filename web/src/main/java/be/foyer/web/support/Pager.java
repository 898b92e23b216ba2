package be.foyer.web.support;

import org.springframework.web.util.UriComponentsBuilder;

/** The previous and next links under a list (null where there is none), keeping the list's filters. */
public record Pager(String previous, String next, int pageNumber) {

    public static Pager of(UriComponentsBuilder link, ApiList<?> list) {
        return new Pager(list.hasPrevious() ? page(link, list.page() - 1) : null,
                list.hasNext() ? page(link, list.page() + 1) : null, list.page() + 1);
    }

    private static String page(UriComponentsBuilder link, int page) {
        UriComponentsBuilder copy = link.cloneBuilder();
        if (page > 0) {
            copy.replaceQueryParam("page", page);
        }
        return copy.encode().build().toUriString();
    }

    public boolean isNeeded() {
        return previous != null || next != null;
    }
}
