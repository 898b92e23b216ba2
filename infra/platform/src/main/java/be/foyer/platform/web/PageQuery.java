package be.foyer.platform.web;

import be.foyer.platform.problem.BadRequestException;
import be.foyer.platform.problem.FieldErrorCode;

/**
 * The {@code page} (from 0) and {@code size} query parameters of every list. Controllers declare it as a
 * parameter; missing values default to the first page of {@value #DEFAULT_SIZE}.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageQuery {
        if (page < 0) {
            throw BadRequestException.onField("page", FieldErrorCode.TOO_SMALL, "must be 0 or more (pages count from 0)");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw BadRequestException.onField("size", FieldErrorCode.INVALID, "must be between 1 and " + MAX_SIZE);
        }
    }

    public int offset() {
        return page * size;
    }
}
