package be.foyer.platform.test;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import be.foyer.platform.security.Roles;
import be.foyer.platform.validation.MultiLineText;
import be.foyer.platform.validation.PlausibleDate;
import be.foyer.platform.validation.SingleLineText;
import be.foyer.platform.web.PageQuery;

/**
 * A service's endpoints and request bodies as its tests walk them, so that a rule of the issue 13 hardening (role
 * before body, bounded lists, clean text, plausible dates, page bounds) is checked on every endpoint, including
 * the ones added later.
 */
public final class ApiSurface {

    private static final List<String> ROLES = List.of(Roles.STAFF, Roles.COORDINATOR, Roles.VOLUNTEER,
            Roles.FACILITATOR, Roles.FEDERATION_ANALYST);

    private final RequestMappingHandlerMapping mapping;

    public ApiSurface(RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    /** One way to call an endpoint: method and path, with every path variable given as {@code x}. */
    public record Endpoint(RequestMethod method, String path, HandlerMethod handler) {

        public String samplePath() {
            return path.replaceAll("\\{[^}]+}", "x");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The endpoints under {@code /api/} that write (POST, PUT, PATCH, DELETE). */
    public List<Endpoint> writeEndpoints() {
        return endpoints().filter(endpoint -> endpoint.method() != RequestMethod.GET).toList();
    }

    /** The endpoints under {@code /api/} that take a {@link PageQuery}. */
    public List<Endpoint> pagedEndpoints() {
        return endpoints().filter(endpoint -> Stream.of(endpoint.handler().getMethodParameters())
                .anyMatch(parameter -> parameter.getParameterType() == PageQuery.class)).toList();
    }

    /** The endpoints under {@code /api/}, each method of a path apart. */
    public Stream<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String path : entry.getKey().getPatternValues()) {
                if (path.startsWith("/api/")) {
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        endpoints.add(new Endpoint(method, path, entry.getValue()));
                    }
                }
            }
        }
        return endpoints.stream().sorted(java.util.Comparator.comparing(Endpoint::toString));
    }

    /** A realm role that the endpoint's {@code @PreAuthorize} refuses, or null when it refuses none. */
    public String refusedRole(Endpoint endpoint) {
        return firstRole(endpoint, false);
    }

    /** A realm role that the endpoint's {@code @PreAuthorize} allows, or null when it allows none. */
    public String allowedRole(Endpoint endpoint) {
        return firstRole(endpoint, true);
    }

    private String firstRole(Endpoint endpoint, boolean granted) {
        PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();
        HandlerMethod handler = endpoint.handler();
        SimpleMethodInvocation call = new SimpleMethodInvocation(handler.getBeanType(), handler.getMethod(),
                new Object[handler.getMethod().getParameterCount()]);
        for (String role : ROLES) {
            AuthorizationResult decision = preAuthorize.authorize(
                    () -> new TestingAuthenticationToken("someone", "n/a", "ROLE_" + role), call) ;
            if ((decision == null || decision.isGranted()) == granted) {
                return role;
            }
        }
        return null;
    }

    /** Every type a request body is made of: the bodies and the records their lists, maps and fields hold. */
    public Set<Class<?>> requestTypes() {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (HandlerMethod handler : mapping.getHandlerMethods().values()) {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    collect(parameter.getParameterType(), types);
                }
            }
        }
        return types;
    }

    private static void collect(Class<?> type, Set<Class<?>> types) {
        if (!type.isRecord() || !types.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            collect(component.getType(), types);
            if (component.getAnnotatedType() instanceof AnnotatedParameterizedType generic) {
                for (AnnotatedType argument : generic.getAnnotatedActualTypeArguments()) {
                    if (argument.getType() instanceof Class<?> element) {
                        collect(element, types);
                    }
                }
            }
        }
    }

    /**
     * What the request records lack, one line each: a String (or a list's String) with neither
     * {@link SingleLineText}, {@link MultiLineText} nor a {@link Pattern}; a list, set, map or array without a
     * {@link Size} maximum; a date without {@link PlausibleDate}.
     */
    public List<String> unboundedRequestFields() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : requestTypes()) {
            for (RecordComponent component : type.getRecordComponents()) {
                String name = type.getSimpleName() + "." + component.getName();
                Class<?> raw = component.getType();
                if (raw == String.class && !isText(component.getAnnotatedType())) {
                    missing.add(name + ": text without @SingleLineText, @MultiLineText or @Pattern");
                }
                if ((Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw.isArray())
                        && !hasMaximum(component)) {
                    missing.add(name + ": list without @Size(max = ...)");
                }
                if (component.getAnnotatedType() instanceof AnnotatedParameterizedType generic) {
                    for (AnnotatedType argument : generic.getAnnotatedActualTypeArguments()) {
                        if (argument.getType() == String.class && !isText(argument)) {
                            missing.add(name + ": listed text without @SingleLineText or @Pattern");
                        }
                    }
                }
                if (isDate(raw) && !component.isAnnotationPresent(PlausibleDate.class)
                        && !component.getAnnotatedType().isAnnotationPresent(PlausibleDate.class)) {
                    missing.add(name + ": date without @PlausibleDate");
                }
            }
        }
        return missing;
    }

    private static boolean isText(AnnotatedType type) {
        return has(type, SingleLineText.class) || has(type, MultiLineText.class) || has(type, Pattern.class);
    }

    private static boolean has(AnnotatedType type, Class<? extends Annotation> annotation) {
        return type.isAnnotationPresent(annotation);
    }

    private static boolean hasMaximum(RecordComponent component) {
        Size size = component.getAnnotation(Size.class);
        if (size == null) {
            size = component.getAnnotatedType().getAnnotation(Size.class);
        }
        return size != null && size.max() < Integer.MAX_VALUE;
    }

    private static boolean isDate(Class<?> type) {
        return type == LocalDate.class || type == LocalDateTime.class || type == OffsetDateTime.class
                || type == ZonedDateTime.class || type == Instant.class || type == YearMonth.class;
    }
}
