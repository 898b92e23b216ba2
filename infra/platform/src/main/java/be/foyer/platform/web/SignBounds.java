package be.foyer.platform.web;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springdoc.core.customizers.PropertyCustomizer;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;

/** Shows {@code @PositiveOrZero} and {@code @Positive} on a whole number as its minimum, which the model leaves out. */
class SignBounds implements PropertyCustomizer {

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || type.getCtxAnnotations() == null || property.getMinimum() != null) {
            return property;
        }
        for (Annotation annotation : type.getCtxAnnotations()) {
            if (annotation instanceof PositiveOrZero) {
                property.setMinimum(BigDecimal.ZERO);
            } else if (annotation instanceof Positive) {
                property.setMinimum(BigDecimal.ONE);
            }
        }
        return property;
    }
}
