package be.foyer.platform.web;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

/**
 * The {@code page} (from 0) and {@code size} query parameters of every list. Controllers declare it as a
 * parameter (with {@link PageLimits} where a list has tighter bounds); missing values default to the first page of
 * {@value #DEFAULT_SIZE}. Out of range, both are named in one 400: never a 500, never silently another page.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far beyond any list's end, low enough that {@link #offset()} cannot overflow. */
    public static final int MAX_PAGE = 100_000;

    public PageQuery {
        FieldChecks checks = new FieldChecks();
        check(page, size, MAX_PAGE, MAX_SIZE, checks);
        checks.throwIfAny();
    }

    /** Writes into {@code checks} what is wrong with {@code page} and {@code size} against these bounds. */
    static void check(long page, long size, int maxPage, int maxSize, FieldChecks checks) {
        if (page < 0) {
            checks.reject("page", FieldErrorCode.TOO_SMALL, "must be 0 or more (pages count from 0)");
        } else if (page > maxPage) {
            checks.reject("page", FieldErrorCode.TOO_LARGE, maxPage == 0
                    ? "must be 0: this list has a single page" : "must be at most " + maxPage);
        }
        if (size < 1 || size > maxSize) {
            checks.reject("size", FieldErrorCode.INVALID, "must be a whole number between 1 and " + maxSize);
        }
    }

    /**
     * For a list of one page (suggestions, most used first) that takes no {@link PageQuery}: a {@code page} other
     * than 0 is named rather than silently answered with the first page.
     */
    public static void checkSinglePage(String page, FieldChecks checks) {
        checks.require(page == null || page.isBlank() || page.strip().matches("[+-]?0+"), "page",
                FieldErrorCode.TOO_LARGE, "must be 0: this list has a single page");
    }

    public int offset() {
        return page * size;
    }
}
