package be.foyer.platform.web;

import java.lang.annotation.Annotation;

import jakarta.validation.constraints.Size;

import org.springdoc.core.customizers.PropertyCustomizer;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;

/** Shows a map's {@code @Size} as {@code minProperties}/{@code maxProperties}, which the OpenAPI model leaves out. */
class MapBounds implements PropertyCustomizer {

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || type.getCtxAnnotations() == null || property.getAdditionalProperties() == null) {
            return property;
        }
        for (Annotation annotation : type.getCtxAnnotations()) {
            if (annotation instanceof Size size) {
                if (size.max() < Integer.MAX_VALUE) {
                    property.setMaxProperties(size.max());
                }
                if (size.min() > 0) {
                    property.setMinProperties(size.min());
                }
            }
        }
        return property;
    }
}
