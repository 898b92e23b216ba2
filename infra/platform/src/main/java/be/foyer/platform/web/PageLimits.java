package be.foyer.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Tighter bounds for one list's {@link PageQuery}: a smaller largest page size, or a single page. */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface PageLimits {

    int maxSize() default PageQuery.MAX_SIZE;

    /** The last page number accepted; 0 for a list of one page (a list of suggestions, the most used first). */
    int maxPage() default PageQuery.MAX_PAGE;
}
