package be.foyer.web.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The GOV.UK pagination of a list: previous, next, and the page numbers around the current one (first and last
 * always, "…" for the gaps). Pages count from 1 in addresses and on screen, so that "?page=2" is the second page.
 *
 * @param items the numbered links and gaps; empty when everything fits on one page
 */
public record Pagination(int current, int last, String previous, String next, List<Item> items) {

    /** A page link ({@code number}, {@code href}), or a gap ({@code number} 0, no {@code href}). */
    public record Item(int number, String href, boolean current) {
        public boolean isGap() {
            return href == null;
        }

        /** GOV.UK's class for a gap or the current page (in Java: "__" in a template expression is Thymeleaf's). */
        public String modifierClass() {
            return isGap() ? "govuk-pagination__item--ellipses" : current ? "govuk-pagination__item--current" : "";
        }
    }

    /**
     * @param current the page shown, from 1
     * @param base    the address with the search's other parameters; {@code page} is replaced in each link
     */
    public static Pagination of(int current, int size, long total, UriComponentsBuilder base) {
        int last = (int) Math.max(1, (total + size - 1) / size);
        List<Item> items = new ArrayList<>();
        if (last > 1) {
            int previousNumber = 0;
            for (int number = 1; number <= last; number++) {
                boolean shown = number == 1 || number == last || Math.abs(number - current) <= 1;
                if (!shown) {
                    continue;
                }
                if (previousNumber != 0 && number > previousNumber + 1) {
                    items.add(new Item(0, null, false));
                }
                items.add(new Item(number, link(base, number), number == current));
                previousNumber = number;
            }
        }
        return new Pagination(current, last, current > 1 && current <= last ? link(base, current - 1) : null,
                current < last ? link(base, current + 1) : null, items);
    }

    public boolean isNeeded() {
        return last > 1;
    }

    private static String link(UriComponentsBuilder base, int number) {
        return base.cloneBuilder().replaceQueryParam("page", number).build().encode().toUriString();
    }
}
