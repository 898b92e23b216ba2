package be.foyer.platform.web;

import java.math.BigDecimal;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Documents a {@link PageQuery} as what a caller sends, the {@code page} and {@code size} query parameters with
 * the bounds {@link PageQueryArgumentResolver} enforces (the endpoint's {@link PageLimits} when it has some),
 * instead of an object no caller can send. The {@code PageQuery} itself is left out of the document.
 */
class PageParameters implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.getParameterType() == PageQuery.class) {
                PageLimits limits = parameter.getParameterAnnotation(PageLimits.class);
                int maxPage = limits == null ? PageQuery.MAX_PAGE : limits.maxPage();
                int maxSize = limits == null ? PageQuery.MAX_SIZE : limits.maxSize();
                operation.addParametersItem(query("page", "The page, from 0 (the first).", 0, maxPage, 0));
                operation.addParametersItem(query("size", "How many items a page holds.", 1, maxSize,
                        Math.min(PageQuery.DEFAULT_SIZE, maxSize)));
            }
        }
        return operation;
    }

    private static Parameter query(String name, String description, int minimum, int maximum, int byDefault) {
        IntegerSchema schema = new IntegerSchema();
        schema.minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum))
                .setDefault(byDefault);
        return new Parameter().in("query").name(name).required(false).description(description).schema(schema);
    }
}
