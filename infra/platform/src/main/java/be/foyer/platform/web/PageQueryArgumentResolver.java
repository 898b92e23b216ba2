package be.foyer.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;

/**
 * Reads {@link PageQuery} from the query string, answering one 400 that names {@code page} and {@code size}
 * for what is not a whole number in range (the endpoint's {@link PageLimits} when it has some).
 */
class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageQuery.class.equals(parameter.getParameterType());
    }

    @Override
    public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        PageLimits limits = parameter.getParameterAnnotation(PageLimits.class);
        int maxPage = limits == null ? PageQuery.MAX_PAGE : limits.maxPage();
        int maxSize = limits == null ? PageQuery.MAX_SIZE : limits.maxSize();
        FieldChecks checks = new FieldChecks();
        Long page = number(request, "page", 0, checks);
        Long size = number(request, "size", Math.min(PageQuery.DEFAULT_SIZE, maxSize), checks);
        PageQuery.check(page == null ? 0 : page, size == null ? 1 : size, maxPage, maxSize, checks);
        checks.throwIfAny();
        return new PageQuery(page.intValue(), size.intValue());
    }

    /** The parameter as a number (far out of range when it has too many digits), or null when not one. */
    private static Long number(NativeWebRequest request, String name, int fallback, FieldChecks checks) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return (long) fallback;
        }
        String digits = value.strip();
        if (!digits.matches("[+-]?[0-9]{1,100}")) {
            checks.reject(name, FieldErrorCode.NOT_A_NUMBER, "must be a whole number");
            return null;
        }
        String magnitude = digits.replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
        if (magnitude.length() > 12) {
            return digits.startsWith("-") ? -1L : Long.MAX_VALUE;
        }
        return Long.parseLong(digits);
    }
}
