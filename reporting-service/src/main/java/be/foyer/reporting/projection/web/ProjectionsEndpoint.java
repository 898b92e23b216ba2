package be.foyer.reporting.projection.web;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import be.foyer.platform.security.Roles;
import be.foyer.reporting.projection.messaging.ProjectionRebuild;

/**
 * {@code POST /actuator/projections}: rebuild the projections. The gateway routes only {@code /api/**} and
 * {@code /v3/api-docs}, so this is reached on the service's own port only; that port is published on the local
 * platform, so it is not trusted to be private: the caller needs a token with the {@code platform-operator} role
 * (the platform's security already refuses Actuator to anyone else: 401 without a token, 403 without the role; the
 * check here keeps the endpoint safe if that rule is ever loosened). A rebuild changes no figure, it only costs time.
 */
@Component
@Endpoint(id = "projections")
public class ProjectionsEndpoint {

    private static final String REQUIRED_AUTHORITY = "ROLE_" + Roles.PLATFORM_OPERATOR;

    private final ProjectionRebuild rebuild;

    public ProjectionsEndpoint(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @WriteOperation
    public WebEndpointResponse<Object> rebuild() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean allowed = caller != null && caller.getAuthorities().stream()
                .anyMatch(authority -> REQUIRED_AUTHORITY.equals(authority.getAuthority()));
        if (!allowed) {
            return new WebEndpointResponse<>(Map.of("title", "Forbidden",
                    "detail", "Rebuilding the projections needs the platform-operator role"),
                    HttpStatus.FORBIDDEN.value());
        }
        return new WebEndpointResponse<>(rebuild.rebuild(), HttpStatus.ACCEPTED.value());
    }
}
