package be.foyer.platform.outbox;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ListableBeanFactory;

/** The collections the relay watches: those named by {@link OutboxCollection} on the service's beans. */
public record OutboxCollections(Set<String> names) {

    public OutboxCollections {
        names = Set.copyOf(names);
    }

    /** Reads the annotations from the bean definitions, without creating the stores (the MongoDB client needs this). */
    static OutboxCollections declaredIn(ListableBeanFactory beans) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(beans.getBeanNamesForAnnotation(OutboxCollection.class))
                .map(bean -> beans.findAnnotationOnBean(bean, OutboxCollection.class, false))
                .forEach(annotation -> names.add(annotation.value()));
        return new OutboxCollections(names);
    }
}
